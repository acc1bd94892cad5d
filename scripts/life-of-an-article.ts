// npx tsx scripts/life-of-an-article.ts ["text"] — prints what one report looks like after each
// named pass of geoparseReport() and of the pipeline, with the world gazetteer the CLI uses.
// docs/life-of-an-article.md shows its output for the sentence below (our own words); run it
// again after changing a pass and paste what changed.
import { loadGazetteer } from './lib/loadGazetteer.ts';
import { segment } from '../src/geoparse/text/segment.ts';
import { nameIndexFor } from '../src/geoparse/index/NameIndex.ts';
import { lowercaseWords } from '../src/geoparse/text/lowercaseWords.ts';
import { findNames } from '../src/geoparse/find/findNames.ts';
import { datelineAreas, datelineFocus } from '../src/geoparse/dateline/datelineAreas.ts';
import { firstResolution } from '../src/geoparse/resolve/firstResolution.ts';
import { focusAndAnchors } from '../src/geoparse/resolve/focusAndAnchors.ts';
import { looseMatches } from '../src/geoparse/loose/looseMatches.ts';
import { finalResolution } from '../src/geoparse/resolve/finalResolution.ts';
import { datelinePlaces } from '../src/geoparse/dateline/datelinePlaces.ts';
import { unplacedNames } from '../src/geoparse/unplaced/unplacedNames.ts';
import { approximatePlaces } from '../src/geoparse/approximate/approximatePlaces.ts';
import { placeFeatures } from '../src/geoparse/place/placeFeatures.ts';
import { readReport } from '../src/pipeline/readReport.ts';
import { combineReports } from '../src/pipeline/combineReports.ts';
import type { Resolution } from '../src/geoparse/resolve/DocContext.ts';
import type { NameSpan } from '../src/geoparse/find/NameSpan.ts';

const TEXT =
  process.argv[2] ??
  'IDLIB, Syria (Levant Wire) — Rebels entered Saraqeb on Friday and pushed south of Idlib province, ' +
    'while Syrian army units withdrew towards Hama and the Russian jets of Hmeimim struck Ariha, a monitor said.\n';
const article = { id: 'own-1', text: TEXT, dateline: '2024-11-29', outlet: 'Levant Wire' };

const show = (title: string, file: string, data: unknown) =>
  console.log(`\n### ${title} (\`${file}\`)\n\n\`\`\`json\n${JSON.stringify(data, null, 1)}\n\`\`\``);
const spanLine = (s: NameSpan) =>
  [
    `${JSON.stringify(s.surface ?? TEXT.slice(s.start, s.end))} [${s.start}–${s.end}] key "${s.key}"`,
    `${s.hits.length} candidate${s.hits.length === 1 ? '' : 's'}`,
    s.want && `want ${s.want}`,
    s.relative && `relative ${s.relative.relation} ${s.relative.bearing}°`,
    s.demonym && 'demonym',
    s.fuzzy && 'one edit',
    s.loose && 'loose',
    s.actor && 'actor',
  ]
    .filter(Boolean)
    .join(', ');
const resLine = (r: Resolution) =>
  `${JSON.stringify(TEXT.slice(r.span.start, r.span.end))} → ${r.entry.name} (${r.entry.id}, ${r.entry.kind}, ${r.entry.country})` +
  `${r.relative ? ` ${r.relative.relation} ${r.relative.bearing}°` : ''}${r.role ? ` [${r.role}]` : ''}` +
  ` conf ${r.confidence}; runner-up ${r.alternatives[1] ? `${r.alternatives[1].name} ${r.alternatives[1].score}` : '—'}`;

const gaz = await loadGazetteer();
const doc = segment(article);
show('segment: sentences, excluded lines, dateline places', 'src/geoparse/text/segment.ts', {
  sentences: doc.sentences.map((s) => `${s.start}–${s.end}`),
  excluded: doc.excluded.map((e) => `${e.start}–${e.end} ${e.reason}`),
  datelinePlaces: doc.datelinePlaces.map((p) => TEXT.slice(p.start, p.end)),
});
const index = nameIndexFor(gaz);
const found = findNames(doc, index, lowercaseWords(doc));
show('1. find names', 'src/geoparse/find/findNames.ts', {
  spans: found.spans.map(spanLine),
  votes: Object.fromEntries(found.votes),
  sole: Object.fromEntries([...(found.sole ?? [])].map(([c, k]) => [c, [...k]])),
  unmatched: found.unmatched.map((u) => u.span.surface),
});
const areas = datelineAreas(doc, index);
const first = firstResolution(found, index, areas);
show('2. first resolution', 'src/geoparse/resolve/firstResolution.ts', {
  focus: first.context.focus,
  countries: [...first.context.countries],
  anchors: first.context.anchors.map((a) => a.name),
  resolutions: first.resolutions.map(resLine),
});
const context = focusAndAnchors(first.context, first.resolutions, datelineFocus(doc, index));
show('3. focus and anchors', 'src/geoparse/resolve/focusAndAnchors.ts', {
  focus: context.focus,
  countries: [...context.countries],
  anchors: context.anchors.map((a) => a.name),
});
const spans = looseMatches(found, first.resolutions, context, gaz, index);
show('4. loose matches', 'src/geoparse/loose/looseMatches.ts', {
  added: spans.filter((s) => s.loose).map(spanLine),
});
const final = finalResolution(found, spans, context, index);
show('5. final resolution', 'src/geoparse/resolve/finalResolution.ts', {
  focusCity: final.context.focusCity?.name ?? null,
  resolutions: final.resolutions.map(resLine),
});
const datelines = datelinePlaces(doc, index, final.context, areas);
show('6. dateline places', 'src/geoparse/dateline/datelinePlaces.ts', datelines.map(resLine));
const unplaced = unplacedNames(
  doc,
  found,
  spans,
  final.resolutions.map((r) => r.span),
  final.context,
);
show('7. names left off the map', 'src/geoparse/unplaced/unplacedNames.ts', unplaced);
const approx = approximatePlaces(doc.article.text, found, unplaced, final.resolutions, final.context, gaz);
show('8. approximate places', 'src/geoparse/approximate/approximatePlaces.ts', {
  places: approx.resolutions.map(resLine),
  stillUnplaced: approx.unplaced,
});
const { places } = placeFeatures(doc, [...final.resolutions, ...approx.resolutions], datelines);
show(
  'places as features',
  'src/geoparse/place/placeFeatures.ts',
  places.map((p) => ({
    id: p.properties.id,
    name: p.properties.name,
    kind: p.properties.kind,
    geometry: p.geometry.type,
    mentions: p.properties.mentions.map((m) => `${m.text}${m.role ? ` [${m.role}]` : ''}`),
  })),
);
const reading = readReport(article, gaz);
show(
  'readReport: incident candidates',
  'src/pipeline/readReport.ts',
  reading.candidates.map((c) => {
    const x = c as unknown as Record<string, unknown>;
    return { type: x.type, place: x.placeId ?? x.place, date: x.date, agent: x.agent };
  }),
);
const out = combineReports([reading], gaz);
show('combineReports: the layers', 'src/pipeline/combineReports.ts', {
  places: out.places.features.length,
  incidents: out.incidents.features.map((f) => {
    const p = f.properties as unknown as Record<string, unknown>;
    return `${p.type} at ${p.placeName ?? p.place ?? ''} on ${p.date}`;
  }),
  controlFeatures: out.control.features.length,
});
