// A short text for an incident, written from its fields only (never words copied from a report).
import type { Figure, Side, IncidentSource, IncidentStatus, IncidentType } from '../types/model.ts';
import { TYPE_LABELS } from './taxonomy.ts';

export interface SummaryInput {
  type: IncidentType;
  placeName: string;
  date: string | null;
  dateFrom?: string | null;
  status: IncidentStatus;
  /** The side that acted, 'unknown' when the reports do not say. */
  agent: Side;
  figures: Figure[];
  sources: IncidentSource[];
  background: boolean;
}

const SIDE_LABELS: Partial<Record<Side, string>> = {
  opposition: 'opposition forces',
  government: 'government forces',
  russia: 'Russia',
  iran: 'Iran',
  turkey: 'Turkey',
  sna: 'the SNA',
  sdf: 'the SDF',
  hezbollah: 'Hezbollah',
  israel: 'Israel',
  us: 'the United States',
  un: 'the UN',
};

function figureText(f: Figure): string {
  const what = f.what === 'km2' ? 'km²' : f.what.replace(/-/gu, ' ');
  return `${f.qualifier ? `${f.qualifier} ` : ''}${f.value.toLocaleString('en-US')} ${what}`;
}

/**
 * One or two sentences: type, place, date, sides, figures and how many reports (and stances).
 *
 * @example
 * summarise({ type: 'shelling', placeName: 'Town', date: '2024-11-29', status: 'reported', … });
 * // 'Shelling at Town on 2024-11-29 …'
 */
export function summarise(s: SummaryInput): string {
  const parts: string[] = [];
  const when = s.date
    ? s.dateFrom && s.dateFrom !== s.date
      ? ` between ${s.dateFrom} and ${s.date}`
      : ` on ${s.date}`
    : ', date not given';
  const by = SIDE_LABELS[s.agent] ? ` by ${SIDE_LABELS[s.agent]}` : '';
  parts.push(`${s.background ? 'Background: ' : ''}${TYPE_LABELS[s.type]}${by} at ${s.placeName}${when}.`);
  if (s.figures.length) {
    const seen = new Set<string>();
    const figs = s.figures.map(figureText).filter((t) => !seen.has(t) && !!seen.add(t));
    parts.push(`Figures: ${figs.slice(0, 4).join('; ')}${figs.length > 4 ? '; …' : ''}.`);
  }
  const articles = new Set(s.sources.map((x) => x.article)).size;
  const reports = (n: number) => `${n} report${n === 1 ? '' : 's'}`;
  const deniers = [
    ...new Set(
      s.sources.filter((x) => x.stance === 'denial').map((x) => x.attribution ?? x.outlet ?? 'a report'),
    ),
  ];
  const claimedIn = new Set(s.sources.filter((x) => x.stance !== 'denial').map((x) => x.article)).size;
  if (s.status === 'contested')
    parts.push(`Contested: claimed in ${reports(claimedIn)}, denied by ${deniers.join(', ')}.`);
  else if (s.status === 'denied') parts.push(`Denied by ${deniers.join(', ')} (${reports(articles)}).`);
  else if (s.status === 'confirmed') parts.push(`Confirmed (${reports(articles)}).`);
  else parts.push(`Reported in ${reports(articles)}.`);
  return parts.join(' ');
}
