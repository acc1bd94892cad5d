// One report's sentences → its places. Read top to bottom, like runPipeline: each pass takes
// plain data and returns plain data; nothing is changed in place between passes. A report's
// places depend on its own text and the gazetteer alone, never on other reports.
import type {
  PlaceFeature,
  ReportedFrom,
  ResolvedMention,
  SegmentedArticle,
  UnplacedName,
} from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { NameSpan } from './find/NameSpan.ts';
import { nameIndexFor } from './index/NameIndex.ts'; // every name of the gazetteer, folded, built once
import { lowercaseWords } from './text/lowercaseWords.ts'; // the words the report writes in lowercase
import { findNames } from './find/findNames.ts'; // 1. find names: spans, country votes, unmatched runs
import { datelineAreas, datelineFocus } from './dateline/datelineAreas.ts'; //    the state a dateline names ("COLUMBIA, Ky."), its country
import { firstResolution } from './resolve/firstResolution.ts'; // 2. first resolution in the report's context
import { focusAndAnchors } from './resolve/focusAndAnchors.ts'; // 3. focus country and anchor places
import { looseMatches } from './loose/looseMatches.ts'; // 4. loose matches of names the index lacks
import { finalResolution } from './resolve/finalResolution.ts'; // 5. final resolution, main town, descriptions
import { datelinePlaces, reportedFrom } from './dateline/datelinePlaces.ts'; // 6. where the report was filed from
import { unplacedNames } from './unplaced/unplacedNames.ts'; // 7. names read as places but left off the map
import { approximatePlaces } from './approximate/approximatePlaces.ts'; // 8. places the gazetteer lacks, where the text anchors them
import { placeFeatures } from './place/placeFeatures.ts'; //    places as GeoJSON features, mentions

/** What one report names: its places, every resolved mention, where it was filed from, what stayed off the map. */
export interface ReportPlaces {
  /** One feature per place, with this report's mentions of it (the dateline's with `role: 'dateline'`); sorted by id. */
  places: PlaceFeature[];
  /** Every resolved mention with its sentence, in text order (read by the incident stage). */
  mentions: ResolvedMention[];
  /** The dateline's places: where the reporter was, not where anything happened. */
  reportedFrom: ReportedFrom[];
  /** Names the words call places that no resolution covers, with the reason. */
  unplaced: UnplacedName[];
}

/**
 * Finds and resolves every place one report names.
 *
 * @example
 * const { places } = geoparseReport(segment({ id: 'a', text: 'Rebels entered Aleppo.' }), gaz);
 * places.map((p) => p.properties.name); // ['Aleppo']
 */
export function geoparseReport(doc: SegmentedArticle, gazetteer: Gazetteer): ReportPlaces {
  const index = nameIndexFor(gazetteer);
  const found = findNames(doc, index, lowercaseWords(doc));
  const areas = datelineAreas(doc, index);
  const first = firstResolution(found, index, areas);
  const context = focusAndAnchors(first.context, first.resolutions, datelineFocus(doc, index));
  const spans = looseMatches(found, first.resolutions, context, gazetteer, index);
  const final = finalResolution(found, spans, context, index);
  const datelines = datelinePlaces(doc, index, final.context, areas);
  const placed: NameSpan[] = [];
  for (const r of final.resolutions) placed.push(r.span);
  const left = unplacedNames(doc, found, spans, placed, final.context);
  const approx = approximatePlaces(
    doc.article.text,
    found,
    left,
    final.resolutions,
    datelines.length
      ? Object.assign({}, final.context, { filedFrom: new Set(datelines.map((r) => r.entry.id)) })
      : final.context,
    gazetteer,
  );
  const resolutions = approx.resolutions.length
    ? [...final.resolutions, ...approx.resolutions].sort(
        (a, b) => a.span.start - b.span.start || a.span.end - b.span.end,
      )
    : final.resolutions;
  const { places, mentions } = placeFeatures(doc, resolutions, datelines);
  return { places, mentions, reportedFrom: reportedFrom(doc, datelines), unplaced: approx.unplaced };
}
