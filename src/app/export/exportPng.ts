// The map as a PNG with what a reader needs beside it: a title with the date, the legend of what
// is shown (zones in their map colours, incident icons, the contested and cluster marks) and
// the data credits. Drawn on a canvas; loaded only when the user exports.
import { drawImage } from '../map/mapImages.ts';
import { zoneSwatch } from '../layers/controlLayers.ts';
import { INCIDENT_TYPES, iconName, incidentLabel } from '../layers/incidentTypes.ts';
import { SIDE_COLOURS, SIDE_NAMES } from '../layers/styleParts.ts';

export interface PngLegend {
  title: string;
  /** "As of Sat 30 Nov 2024". */
  date: string;
  sides: string[];
  types: string[];
  credits: string[];
}

const LEGEND_W = 280;
const FONT = "'Noto Sans', 'Noto Sans Arabic', sans-serif";

/**
 * A canvas with `map` on the left and the legend column on the right, at the map's scale.
 * Returns the canvas and the lines of text written on it.
 */
export function composePng(map: HTMLCanvasElement, legend: PngLegend, scale = window.devicePixelRatio || 1) {
  const out = document.createElement('canvas');
  out.width = map.width + Math.round(LEGEND_W * scale);
  out.height = Math.max(map.height, Math.round(520 * scale));
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, 0);
  ctx.scale(scale, scale);
  const x0 = map.width / scale + 14;
  let y = 26;
  const lines: string[] = [];
  const text = (s: string, size: number, colour = '#1d1d1f', x = x0, bold = false) => {
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT}`;
    ctx.fillStyle = colour;
    ctx.fillText(s, x, y);
    lines.push(s);
  };
  text(legend.title, 16, '#1d1d1f', x0, true);
  y += 20;
  text(legend.date, 14);
  y += 26;
  if (legend.sides.length) {
    text('Control zones', 12.5, '#1d1d1f', x0, true);
    y += 6;
    for (const side of legend.sides) {
      y += 18;
      ctx.fillStyle = zoneSwatch(side);
      ctx.fillRect(x0, y - 11, 18, 12);
      ctx.strokeStyle = SIDE_COLOURS[side] ?? '#999';
      ctx.strokeRect(x0 + 0.5, y - 10.5, 17, 11);
      text(SIDE_NAMES[side] ?? side, 12, '#1d1d1f', x0 + 26);
    }
    y += 18;
    const hatch = drawImage('hatch');
    if (hatch) {
      const c = document.createElement('canvas');
      c.width = hatch.width;
      c.height = hatch.height;
      c.getContext('2d')!.putImageData(hatch, 0, 0);
      ctx.drawImage(c, x0, y - 11, 18, 12);
    }
    text('Claimed or contested (hatched)', 12, '#1d1d1f', x0 + 26);
    y += 26;
  }
  const types = INCIDENT_TYPES.filter((t) => legend.types.includes(t));
  if (types.length) {
    text('Incidents', 12.5, '#1d1d1f', x0, true);
    y += 6;
    const icon = (id: string) => {
      const img = drawImage(id);
      if (!img) return;
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      c.getContext('2d')!.putImageData(img, 0, 0);
      ctx.drawImage(c, x0, y - 13, 16, 16);
    };
    for (const t of types) {
      y += 20;
      icon(iconName(t, false));
      text(incidentLabel(t), 12, '#1d1d1f', x0 + 26);
    }
    y += 20;
    icon(iconName(types[0]!, true));
    text('Dashed ring: contested', 12, '#1d1d1f', x0 + 26);
    y += 20;
    ctx.beginPath();
    ctx.arc(x0 + 8, y - 5, 7, 0, Math.PI * 2);
    ctx.fillStyle = '#3b3b58';
    ctx.fill();
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = '#f0c800';
    ctx.stroke();
    text('Group; yellow ring: contains contested', 12, '#1d1d1f', x0 + 26);
    y += 26;
  }
  // The credits at the foot, each wrapped to the column (a line wider than it was cut off).
  ctx.font = `9.5px ${FONT}`;
  const creditLines = legend.credits.flatMap((c) =>
    wrapText(c, LEGEND_W - 28, (s) => ctx.measureText(s).width),
  );
  y = out.height / scale - 12 - 14 * (creditLines.length - 1);
  for (const c of creditLines) {
    text(c, 9.5, '#5f6368');
    y += 14;
  }
  return { canvas: out, lines };
}

/**
 * `text` broken into lines no wider than `max` (as `width` measures them), between words; a
 * word wider than `max` alone is a line of its own.
 *
 * @example
 * wrapText('Land and borders: Natural Earth', 110, (s) => s.length * 6); // ['Land and borders:', 'Natural Earth']
 */
export function wrapText(text: string, max: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && width(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
