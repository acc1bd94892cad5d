// Facts about one pipeline run: which articles, what was excluded, counts. Never article text.
import type {
  ControlFeature,
  IncidentFeature,
  Manifest,
  PlaceFeature,
  ReportedFrom,
  ResolvedMention,
  SegmentedArticle,
  UnplacedName,
} from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';

export interface ManifestInput {
  docs: SegmentedArticle[];
  gazetteer: Gazetteer;
  places: PlaceFeature[];
  mentions: ResolvedMention[];
  /** Per article id, the places its dateline names (the reporter's location). */
  reportedFrom?: Map<string, ReportedFrom[]>;
  /** Per article id, names read as places that stayed off the map. */
  unplaced?: Map<string, UnplacedName[]>;
  incidents: IncidentFeature[];
  control: ControlFeature[];
  now?: string;
  warnings?: { file: string; message: string }[];
}

/** Summarises a run; `days` spans every dated incident and control state, ascending. */
export function toManifest(input: ManifestInput): Manifest {
  const { docs, gazetteer, places, mentions, incidents, control } = input;
  const days = new Set<string>();
  for (const d of docs) if (d.article.dateline) days.add(d.article.dateline);
  for (const f of incidents) if (f.properties.date && !f.properties.background) days.add(f.properties.date);
  for (const f of control) days.add(f.properties.date);
  return {
    generated: input.now ?? new Date().toISOString(),
    articles: docs.map(({ article, excluded }) => ({
      id: article.id,
      ...(article.file ? { file: article.file } : {}),
      outlet: article.outlet ?? null,
      dateline: article.dateline ?? null,
      url: article.url ?? null,
      length: article.text.length,
      excluded,
      ...(input.reportedFrom?.get(article.id)?.length
        ? { reportedFrom: input.reportedFrom.get(article.id) }
        : {}),
      ...(input.unplaced?.get(article.id)?.length ? { unplaced: input.unplaced.get(article.id) } : {}),
    })),
    gazetteer: {
      source: gazetteer.sources.map((s) => s.name).join('; '),
      version: gazetteer.version,
      entries: gazetteer.entries.length,
    },
    counts: {
      articles: docs.length,
      places: places.length,
      mentions: mentions.length,
      incidents: incidents.length,
      controlFeatures: control.length,
    },
    days: [...days].sort(),
    warnings: input.warnings ?? [],
  };
}
