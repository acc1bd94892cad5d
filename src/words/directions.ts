// Compass words and their bearings ("north-western Syria", "west of Aleppo").
import { wordTable } from './wordTable.ts';

/** Compass words → bearing in degrees. */
export const DIRECTIONS: Record<string, number> = wordTable({
  north: 0, northern: 0, northeast: 45, northeastern: 45, east: 90, eastern: 90, southeast: 135,
  southeastern: 135, south: 180, southern: 180, southwest: 225, southwestern: 225, west: 270, western: 270,
  northwest: 315, northwestern: 315,
}); // prettier-ignore

/** Canonical direction name of a bearing ("northwest"). */
export function directionName(bearing: number): string {
  return ['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'][
    Math.round((((bearing % 360) + 360) % 360) / 45) % 8
  ];
}
