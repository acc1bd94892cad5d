// Data credits shown in the map's attribution control, written from the gazetteer's sources.
import { GAZETTEER_SOURCES, type DataSource } from '../../gazetteer/sources.ts';

function credit(s: DataSource): string {
  const name = s.url ? `<a href="${s.url}" target="_blank" rel="noopener">${s.short}</a>` : s.short;
  return `${name} (${s.licence.replace(/ \(.*\)$/, '')})`;
}

function line(label: string, group: DataSource['credit']): string {
  const list = GAZETTEER_SOURCES.filter((s) => s.credit === group).map(credit);
  const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0];
  return `${label}: ${joined}`;
}

/** One line per kind of data the map draws. */
export const CREDITS = [line('Places and divisions', 'places'), line('Land and borders', 'land')];
