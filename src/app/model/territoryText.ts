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
 */
export function figureText(f: ControlClaimFigure): string {
  const area = f.unit === 'km2' || f.what === 'km2';
  const amount = `${f.qualifier ? `${f.qualifier} ` : ''}${thousands(f.value)} ${area ? 'km²' : f.what}`;
  const who = f.side ? ` taken by the ${SIDE_NAMES[f.side] ?? f.side}` : '';
  const shown =
    f.mapped === undefined
      ? ''
      : area
        ? `; the map shows ${thousands(f.mapped)} km²`
        : `; the map names ${thousands(f.mapped)}`;
  return `${amount}${who}, ${period(f.from, f.date)}${shown}`;
}

/**
 * An axis of advance in words.
 *
 * @example axisText({ from: 'Urum al-Kubra', to: 'Rashidin', days: ['2024-11-27', '2024-11-29'], … }); // 'Urum al-Kubra → Rashidin, 27 Nov – 29 Nov'
 */
export function axisText(a: ControlAxis): string {
  return `${a.from} → ${a.to}, ${period(a.days[0], a.days[1])}`;
}
