// Icons and patterns drawn on a canvas at run time: no sprite sheet to fetch, one shape per
// incident type, and a dashed ring on contested ones.
import { INCIDENT_STYLES, INCIDENT_TYPES, iconName, type IconShape } from '../layers/incidentTypes.ts';
import { HATCH_IMAGE } from '../layers/controlLayers.ts';

const SIZE = 48; // drawn at pixelRatio 2 → 24 CSS pixels

/** Each shape as SVG path data around the icon's centre; `fill` shapes are filled, others stroked. */
const SHAPES: Record<IconShape, { d: string; fill?: boolean }> = {
  cross: { d: 'M-8 -8L8 8M8 -8L-8 8' },
  chevron: { d: 'M-7 5L0 -5L7 5' },
  double: { d: 'M-8 -6L-1 0L-8 6M0 -6L7 0L0 6' },
  back: { d: 'M8 0L-7 0M-2 -6L-8 0L-2 6' },
  triangle: { d: 'M-9 -6L9 -6L0 9Z', fill: true },
  target: { d: 'M8 0A8 8 0 1 1 -8 0A8 8 0 1 1 8 0M3 0A3 3 0 1 1 -3 0A3 3 0 1 1 3 0' },
  burst: {
    d: 'M11 0L3.7 1.5L7.8 7.8L1.5 3.7L0 11L-1.5 3.7L-7.8 7.8L-3.7 1.5L-11 0L-3.7 -1.5L-7.8 -7.8L-1.5 -3.7L0 -11L1.5 -3.7L7.8 -7.8L3.7 -1.5Z',
    fill: true,
  },
  bar: { d: 'M-9 -3H9V3H-9Z', fill: true },
  plus: { d: 'M0 -9V9M-9 0H9' },
  diamond: { d: 'M0 -10L8 0L0 10L-8 0Z', fill: true },
  person: { d: 'M4 -6A4 4 0 1 1 -4 -6A4 4 0 1 1 4 -6ZM-7 9L-4 1H4L7 9Z', fill: true },
};

let shared: CanvasRenderingContext2D | null = null;

/** One canvas for every image, cleared and reset for each (a new canvas and context each cost more). */
function canvas(size: number): CanvasRenderingContext2D {
  // Read back at once (getImageData): a canvas kept in memory, not one the GPU draws and must
  // send back (a stall in software WebGL).
  shared ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  // Setting the size clears the canvas and resets the context's state (transform, dashes, styles).
  shared.canvas.width = shared.canvas.height = size;
  return shared;
}

function incidentIcon(type: string, contested: boolean): ImageData {
  const style = INCIDENT_STYLES[type as keyof typeof INCIDENT_STYLES] ?? {
    colour: '#555',
    shape: 'target' as const,
  };
  const ctx = canvas(SIZE);
  ctx.translate(SIZE / 2, SIZE / 2);
  ctx.beginPath();
  ctx.arc(0, 0, contested ? 17 : 19, 0, Math.PI * 2);
  ctx.fillStyle = style.colour;
  ctx.fill();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  if (contested) {
    // A dashed dark ring on a white one: readable without colour through its dashes, on the light
    // map and on the dark panels alike (dark dashes alone vanish there).
    ctx.beginPath();
    ctx.arc(0, 0, 21, 0, Math.PI * 2);
    ctx.lineWidth = 5.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = '#111';
    ctx.setLineDash([5, 4]);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  const shape = SHAPES[style.shape];
  ctx.strokeStyle = ctx.fillStyle = '#ffffff';
  ctx.lineWidth = 4;
  ctx.lineCap = ctx.lineJoin = 'round';
  if (shape.fill) ctx.fill(new Path2D(shape.d));
  else ctx.stroke(new Path2D(shape.d));
  return ctx.getImageData(0, 0, SIZE, SIZE);
}

function hatch(): ImageData {
  const n = 16;
  const ctx = canvas(n);
  ctx.strokeStyle = 'rgba(40,40,40,0.85)';
  ctx.lineWidth = 2.2;
  ctx.stroke(new Path2D(`M0 ${n}L${n} 0M${-n} ${n}L0 0M${n} ${n}L${2 * n} 0`));
  return ctx.getImageData(0, 0, n, n);
}

const drawn = new Map<string, ImageData | null>();

/**
 * The image named `id` (`hatch`, `incident-<type>[-contested]`), or null if we do not draw it.
 * Drawn once: the legend and the map share it.
 */
export function drawImage(id: string): ImageData | null {
  let image = drawn.get(id);
  if (image === undefined) {
    const m = id.match(/^incident-(.+?)(-contested)?$/);
    image = id === HATCH_IMAGE ? hatch() : m ? incidentIcon(m[1]!, Boolean(m[2])) : null;
    drawn.set(id, image);
  }
  return image;
}

/** Every image the style can ask for by a known name: the hatch and each type's two icons. */
export function knownImageIds(): string[] {
  return [HATCH_IMAGE, ...INCIDENT_TYPES.flatMap((t) => [iconName(t, false), iconName(t, true)])];
}
