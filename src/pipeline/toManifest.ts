// Facts about one pipeline run: which articles, what was excluded, counts. Never article text.
import type {
  ControlFeature,
  IncidentFeature,
  Manifest,
  ManifestArticle,
  PlaceFeature,
} from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';

export interface ManifestInput {
  /** Each report's entry, as readReport made it (metadata, excluded spans, filed-from, unplaced). */
  articles: ManifestArticle[];
  gazetteer: Gazetteer;
  places: PlaceFeature[];
  /** Mentions of every report (resolved place names). */
  mentionCount: number;
  incidents: IncidentFeature[];
  control: ControlFeature[];
  now?: string;
  warnings?: { file: string; message: string }[];
}

/** Summarises a run; `days` spans every dated incident and control state, ascending. */
export function toManifest(input: ManifestInput): Manifest {
  const { articles, gazetteer, places, mentionCount, incidents, control } = input;
  const days = new Set<string>();
  for (const a of articles) if (a.dateline) days.add(a.dateline);
  for (const f of incidents) if (f.properties.date && !f.properties.background) days.add(f.properties.date);
  for (const f of control) days.add(f.properties.date);
  return {
    generated: input.now ?? new Date().toISOString(),
    articles,
    gazetteer: {
      source: gazetteer.sources.map((s) => s.name).join('; '),
      version: gazetteer.version,
      entries: gazetteer.size,
    },
    counts: {
      articles: articles.length,
      places: places.length,
      mentions: mentionCount,
      incidents: incidents.length,
      controlFeatures: control.length,
    },
    days: [...days].sort(),
    warnings: input.warnings ?? [],
  };
}
