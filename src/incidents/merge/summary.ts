// A short text for an incident, written from its fields only (never words copied from a report).
import type { Figure, Side, IncidentSource, IncidentStatus, IncidentType } from '../../types/model.ts';
import { TYPE_LABELS } from '../sentence/taxonomy.ts';

export interface SummaryInput {
  type: IncidentType;
  placeName: string;
  date: string | null;
  dateFrom?: string | null;
  status: IncidentStatus;
  /** The side that acted, 'unknown' when the reports do not say. */
  agent: Side;
  /** The acting side's name, for sides read from the reports ("Rapid Support Forces"). */
  agentName?: string;
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
  const label =
    SIDE_LABELS[s.agent] ?? (s.agent !== 'unknown' && s.agent !== 'civilians' ? s.agentName : undefined);
  const by = label ? ` by ${label}` : '';
  parts.push(`${s.background ? 'Background: ' : ''}${TYPE_LABELS[s.type]}${by} at ${s.placeName}${when}.`);
  if (s.figures.length) {
    const seen = new Set<string>();
    const figs = s.figures.map(figureText).filter((t) => !seen.has(t) && !!seen.add(t));
    parts.push(`Figures: ${figs.slice(0, 4).join('; ')}${figs.length > 4 ? '; …' : ''}.`);
  }
  const articles = new Set(s.sources.map((x) => x.article)).size;
  const reports = (n: number) => `${n} report${n === 1 ? '' : 's'}`;
  const disputes = (x: IncidentSource) => x.stance === 'denial' || x.stance === 'counterclaim';
  const deniers = [
    ...new Set(s.sources.filter(disputes).map((x) => x.attribution ?? x.outlet ?? 'a report')),
  ];
  const claimedIn = new Set(s.sources.filter((x) => !disputes(x)).map((x) => x.article)).size;
  if (s.status === 'contested')
    parts.push(`Contested: told in ${reports(claimedIn)}, disputed by ${deniers.join(', ')}.`);
  else if (s.status === 'denied') parts.push(`Disputed by ${deniers.join(', ')} (${reports(articles)}).`);
  else if (s.status === 'confirmed') parts.push(`Confirmed (${reports(articles)}).`);
  else parts.push(`Reported in ${reports(articles)}.`);
  return parts.join(' ');
}
