// Incident rows in columns, for the trip from the data worker to the page: typed arrays moved
// (not copied) and each distinct string (type, day, place, article, actor) sent once. A
// structured clone of 100,000 row objects costs the page seconds of deserialising and a string
// per field per row; this costs it one loop that builds the rows from shared strings.
import type { Actor, IncidentStatus, IncidentType } from '../../types/model.ts';
import type { IncidentRow, IncidentRowFeature } from './incidentRow.ts';
import { representativePoint } from './representativePoint.ts';

export interface IncidentColumns {
  count: number;
  ids: string;
  strings: string[];
  type: Uint32Array;
  status: Uint32Array;
  date: Int32Array;
  place: Uint32Array;
  flags: Uint8Array;
  sources: Uint32Array;
  lonLat: Float64Array;
  /** Articles of row i: `articles[articleStart[i] .. articleStart[i+1]]` (string indices). */
  articleStart: Uint32Array;
  articles: Uint32Array;
  /** Actors of row i, as [side, name] string index pairs. */
  actorStart: Uint32Array;
  actors: Uint32Array;
  /** Rows with a window or a progress, by row index (rare). */
  extra: Record<number, Pick<IncidentRow, 'dateRange' | 'progress'>>;
}

const BACKGROUND = 1;
const NO_POINT = 2;

/**
 * The rows as columns, and the buffers to transfer.
 *
 * @example
 * const { columns, transfer } = toColumns(rows); worker.postMessage(columns, transfer);
 */
export function toColumns(rows: readonly IncidentRowFeature[]): {
  columns: IncidentColumns;
  transfer: ArrayBuffer[];
} {
  const n = rows.length;
  const index = new Map<string, number>();
  const strings: string[] = [];
  const s = (v: string) => {
    let i = index.get(v);
    if (i === undefined) index.set(v, (i = strings.push(v) - 1));
    return i;
  };
  const type = new Uint32Array(n);
  const status = new Uint32Array(n);
  const date = new Int32Array(n);
  const place = new Uint32Array(n);
  const flags = new Uint8Array(n);
  const sources = new Uint32Array(n);
  const lonLat = new Float64Array(2 * n);
  const articleStart = new Uint32Array(n + 1);
  const actorStart = new Uint32Array(n + 1);
  const articles: number[] = [];
  const actors: number[] = [];
  const extra: IncidentColumns['extra'] = {};
  const ids: string[] = [];
  rows.forEach((f, i) => {
    const p = f.properties;
    ids.push(p.id);
    type[i] = s(p.type);
    status[i] = s(p.status);
    date[i] = p.date === null ? -1 : s(p.date);
    place[i] = s(p.place);
    sources[i] = p.sources;
    // Incidents are points at their place; any other shape travels as its representative point.
    const pt = f.geometry ? representativePoint(f.geometry) : null;
    if (pt) {
      lonLat[2 * i] = pt[0]!;
      lonLat[2 * i + 1] = pt[1]!;
    } else flags[i] |= NO_POINT;
    if (p.background) flags[i] |= BACKGROUND;
    articleStart[i] = articles.length;
    for (const a of p.articles) articles.push(s(a));
    actorStart[i] = actors.length;
    for (const a of p.actors) actors.push(s(a.side), s(a.name));
    if (p.dateRange || p.progress)
      extra[i] = {
        ...(p.dateRange ? { dateRange: p.dateRange } : {}),
        ...(p.progress ? { progress: p.progress } : {}),
      };
  });
  articleStart[n] = articles.length;
  actorStart[n] = actors.length;
  const columns: IncidentColumns = {
    count: n,
    ids: ids.join('\n'),
    strings,
    type,
    status,
    date,
    place,
    flags,
    sources,
    lonLat,
    articleStart,
    articles: Uint32Array.from(articles),
    actorStart,
    actors: Uint32Array.from(actors),
    extra,
  };
  const transfer = [
    type,
    status,
    date,
    place,
    flags,
    sources,
    lonLat,
    articleStart,
    columns.articles,
    actorStart,
    columns.actors,
  ].map((a) => a.buffer as ArrayBuffer);
  return { columns, transfer };
}

/**
 * The rows back from columns, each at a point (incidents without a geometry come back without one).
 */
export function fromColumns(c: IncidentColumns): IncidentRowFeature[] {
  const ids = c.count ? c.ids.split('\n') : [];
  const str = c.strings;
  const out: IncidentRowFeature[] = new Array(c.count);
  for (let i = 0; i < c.count; i++) {
    const articles: string[] = [];
    for (let k = c.articleStart[i]!; k < c.articleStart[i + 1]!; k++) articles.push(str[c.articles[k]!]!);
    const actors: Actor[] = [];
    for (let k = c.actorStart[i]!; k < c.actorStart[i + 1]!; k += 2)
      actors.push({ side: str[c.actors[k]!]! as Actor['side'], name: str[c.actors[k + 1]!]! });
    const properties: IncidentRow = {
      id: ids[i]!,
      type: str[c.type[i]!]! as IncidentType,
      date: c.date[i]! < 0 ? null : str[c.date[i]!]!,
      status: str[c.status[i]!]! as IncidentStatus,
      place: str[c.place[i]!]!,
      background: (c.flags[i]! & BACKGROUND) !== 0,
      sources: c.sources[i]!,
      articles,
      actors,
      ...c.extra[i],
    };
    out[i] = {
      type: 'Feature',
      geometry:
        c.flags[i]! & NO_POINT
          ? (null as never)
          : { type: 'Point', coordinates: [c.lonLat[2 * i]!, c.lonLat[2 * i + 1]!] },
      properties,
    };
  }
  return out;
}
