// Words for a territorial figure ("400 km² in two days") and what our zones show for it, and
// for an axis of advance, as the zone panel and the date control print them.
import type { ControlAxis, ControlClaimFigure } from '../../types/model.ts';
import { SIDE_NAMES } from '../layers/styleParts.ts';
import { thousands } from '../panels/format.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function short(day: string): string {
  const [, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]}`;
}

function period(from: string | null | undefined, to: string): string {
  if (!from || from === to) return `by ${short(to)}`;
  return `${short(from)} – ${short(to)}`;
}

/**
 * A reported extent beside what the map shows for the same side and days.
 *
 * @example
 * figureText({ what: 'km2', value: 400, qualifier: 'about', unit: 'km2', side: 'opposition', from: '2024-11-27', date: '2024-11-28', mapped: 392, … });
 * // 'about 400 km² taken by the Opposition (HTS-led), 27 Nov – 28 Nov; the map shows 392 km²'
 * figureText({ what: 'locations', value: 70, unit: 'places', attribution: 'foreign media', mapped: 4, mappedKm2: 580, km2PerPlace: 8, … });
 * // 'about 70 locations taken by …, 27 Nov – 29 Nov (said by foreign media); the map shows 580 km², the ground of about 73 at 8 km² each, naming 4'
 */
export function figureText(f: ControlClaimFigure): string {
  const area = f.unit === 'km2' || f.what === 'km2';
  const amount = `${f.qualifier ? `${f.qualifier} ` : ''}${thousands(f.value)} ${area ? 'km²' : f.what}`;
  const who = f.side ? ` taken by the ${SIDE_NAMES[f.side] ?? f.side}` : '';
  const said = f.attribution ? ` (said by ${f.attribution})` : '';
  let shown = '';
  if (f.mapped !== undefined && area) shown = `; the map shows ${thousands(f.mapped)} km²`;
  else if (f.mappedKm2 !== undefined && f.km2PerPlace)
    // Our settlements are sparser than a report's villages: a count is compared as ground.
    shown =
      `; the map shows ${thousands(f.mappedKm2)} km², the ground of about ` +
      `${thousands(f.mappedKm2 / f.km2PerPlace)} at ${f.km2PerPlace} km² each` +
      (f.mapped !== undefined ? `, naming ${thousands(f.mapped)}` : '');
  else if (f.mapped !== undefined) shown = `; the map names ${thousands(f.mapped)}`;
  return `${amount}${who}, ${period(f.from, f.date)}${said}${shown}`;
}

/**
 * An axis of advance in words.
 *
 * @example axisText({ from: 'Urum al-Kubra', to: 'Rashidin', days: ['2024-11-27', '2024-11-29'], … }); // 'Urum al-Kubra → Rashidin, 27 Nov – 29 Nov'
 */
export function axisText(a: ControlAxis): string {
  return `${a.from} → ${a.to}, ${period(a.days[0], a.days[1])}`;
}
