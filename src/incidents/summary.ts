// A short text for an incident, written from its fields only (never words copied from a report).
import type { Actor, Figure, IncidentSource, IncidentStatus, IncidentType } from '../types/model.ts';
import { TYPE_LABELS } from './taxonomy.ts';

export interface SummaryInput {
  type: IncidentType;
  placeName: string;
  date: string | null;
  dateFrom?: string | null;
  status: IncidentStatus;
  actors: Actor[];
  figures: Figure[];
  sources: IncidentSource[];
  background: boolean;
}

const SIDE_LABELS: Record<string, string> = {
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
  parts.push(`${s.background ? 'Background: ' : ''}${TYPE_LABELS[s.type]} at ${s.placeName}${when}.`);
  const sides = [...new Set(s.actors.map((a) => a.side).filter((x) => x in SIDE_LABELS))].map(
    (x) => SIDE_LABELS[x],
  );
  if (sides.length) parts.push(`Involving ${sides.join(', ')}.`);
  if (s.figures.length) {
    const seen = new Set<string>();
    const figs = s.figures.map(figureText).filter((t) => !seen.has(t) && !!seen.add(t));
    parts.push(`Figures: ${figs.slice(0, 4).join('; ')}${figs.length > 4 ? '; …' : ''}.`);
  }
  const articles = new Set(s.sources.map((x) => x.article)).size;
  const denials = s.sources.filter((x) => x.stance === 'denial').length;
  const reports = `${articles} report${articles === 1 ? '' : 's'}`;
  const claims = s.sources.length - denials;
  if (s.status === 'contested') {
    parts.push(
      `Contested in ${reports}: ${claims} claim${claims === 1 ? '' : 's'}, ${denials} denial${denials === 1 ? '' : 's'}.`,
    );
  } else if (s.status === 'denied') parts.push(`Denied (${reports}).`);
  else if (s.status === 'confirmed') parts.push(`Confirmed (${reports}).`);
  else parts.push(`Reported in ${reports}.`);
  return parts.join(' ');
}
