// The state, province, region or country a dateline names after its city ("EDMONTON, Ky.
// (Station) –", "TRIPOLI, Lebanon —", "WAD MADANI, Sudan, Jan 12 (Agency) -", "RAMALLAH, West Bank —"). A state is the report's area,
// so "Edmonton" in the body is the Kentucky town, not the Alberta city; a country only says
// which namesake the dateline's own city is (the report's places decide its focus).
import type { GazetteerEntry, SegmentedArticle } from '../../types/model.ts';
import type { NameIndex } from '../index/NameIndex.ts';
import { foldKey } from '../index/fold.ts';
import { stateCode } from '../../words/stateAbbreviations.ts';
import { isNamedAs } from '../../gazetteer/admin1Names.ts';
import { liesIn } from '../index/liesIn.ts';

/** After the dateline's last city: ", Area" up to a comma, a bracket or the dash. */
const AREA_AFTER_CITY = /^\s*,\s*(\p{Lu}[\p{L}.'’ ]{0,40}?)\.?\s*(?=,|\(|[–—-])/u;

/**
 * First-level areas named by the article's dateline after its city, e.g. Kentucky for
 * "COLUMBIA, Ky. (WBKO) -".
 * @example datelineAreas(segment({ id: 'a', text: 'EDMONTON, Ky. (WBKO) - ...' }), index) // [Kentucky]
 */
export function datelineAreas(doc: SegmentedArticle, index: NameIndex): GazetteerEntry[] {
  return datelineAreaEntries(doc, index).filter((e) => e.kind === 'admin1' && e.admin1);
}

/**
 * The country a dateline names after its city ("TRIPOLI, Lebanon —"), if it names one.
 * @example datelineCountry(segment({ id: 'a', text: 'TRIPOLI, Lebanon — ...' }), index)?.country // 'LB'
 */
export function datelineCountry(doc: SegmentedArticle, index: NameIndex): GazetteerEntry | undefined {
  return datelineAreaEntries(doc, index).find((e) => e.kind === 'country');
}

/**
 * A region of one country a dateline names after its city ("KHAN YUNIS, Gaza Strip —",
 * "RAMALLAH, West Bank —"), if it names one: a dateline place, and its country the city's.
 * @example datelineRegion(segment({ id: 'a', text: 'RAMALLAH, West Bank — ...' }), index)?.name // 'West Bank'
 */
export function datelineRegion(doc: SegmentedArticle, index: NameIndex): GazetteerEntry | undefined {
  return datelineAreaEntries(doc, index).find((e) => e.kind === 'region');
}

/**
 * The country the dateline places the reporter in: the country after its city, else that of the
 * city's largest namesake by its own name ("MOSCOW —" → RU). Only a fallback for a report whose
 * own words and places name no country.
 * @example datelineFocus(segment({ id: 'a', text: 'MOSCOW — ...' }), index) // 'RU'
 */
export function datelineFocus(doc: SegmentedArticle, index: NameIndex): string | undefined {
  const named = datelineAreaEntries(doc, index)[0];
  if (named) return named.country || undefined;
  const city = doc.datelinePlaces[doc.datelinePlaces.length - 1];
  if (!city) return undefined;
  const key = foldKey(doc.article.text.slice(city.start, city.end));
  let best: GazetteerEntry | undefined;
  for (const h of key ? index.exact(key) : [])
    if (h.primary && h.entry.kind === 'settlement' && (!best || h.entry.population > best.population))
      best = h.entry;
  return best?.country || undefined;
}

function datelineAreaEntries(doc: SegmentedArticle, index: NameIndex): GazetteerEntry[] {
  const m = datelineAreaSpan(doc);
  if (!m) return [];
  const code = stateCode(m.text);
  const state = code ? index.admin1ByCode(code) : undefined;
  if (state) return [state];
  const key = foldKey(m.text);
  if (!key) return [];
  const areas = index
    .exact(key)
    .map((h) => h.entry)
    .filter(
      (e) => (e.kind === 'admin1' && e.admin1) || e.kind === 'country' || (e.kind === 'region' && e.country),
    );
  // Folding is lossy ("Nigeria" and Nickerie, "Somalia" and the Somali Region share a key): an
  // area named as written is the one meant.
  const named = areas.filter((e) => isNamedAs(e, m.text));
  const written = named.length ? named : areas;
  // "NIAMEY, Niger" is the country that holds Niamey, not Nigeria's Niger State; "ATLANTA,
  // Georgia" the state that holds Atlanta, not the country.
  const city = doc.datelinePlaces[doc.datelinePlaces.length - 1];
  const cityKey = city ? foldKey(doc.article.text.slice(city.start, city.end)) : '';
  const towns = cityKey ? index.exact(cityKey).filter((h) => h.entry.kind === 'settlement') : [];
  const holding = written.filter((a) => towns.some((h) => liesIn(h.entry, a)));
  return holding.length ? holding : written;
}

/** Where the dateline names its area after the city ("Ky." in "COLUMBIA, Ky. (WBKO) -"), if it does. */
export function datelineAreaSpan(
  doc: SegmentedArticle,
): { start: number; end: number; text: string } | undefined {
  const line = doc.excluded.find((e) => e.reason === 'dateline');
  const city = doc.datelinePlaces[doc.datelinePlaces.length - 1];
  if (!line || !city || city.end > line.end) return undefined;
  const text = doc.article.text;
  const m = AREA_AFTER_CITY.exec(text.slice(city.end, line.end));
  if (!m) return undefined;
  const start = city.end + m.index + m[0].indexOf(m[1]);
  const dot = text[start + m[1].length] === '.' ? 1 : 0;
  return { start, end: start + m[1].length + dot, text: m[1] };
}
