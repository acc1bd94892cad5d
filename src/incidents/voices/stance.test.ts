import { describe, expect, it } from 'vitest';
import { splitClauses } from '../sentence/clauses.ts';
import { findSpeakers, speakerAt } from './speakers.ts';
import { stanceOf } from './stance.ts';
import type { IncidentType } from '../../types/model.ts';

/** The stance `text` takes on the event at `word`, with the speaker the sentence gives it. */
function stance(
  text: string,
  word: string,
  opts: {
    side?: string | null;
    thirdParty?: boolean;
    agent?: string;
    type?: IncidentType;
    counter?: boolean;
  } = {},
) {
  const at = text.indexOf(word);
  return stanceOf({
    text,
    clauses: splitClauses(text),
    trigger: { start: at, counter: opts.counter },
    speaker: speakerAt(findSpeakers(text), at),
    speakerSide: opts.side ?? null,
    thirdParty: opts.thirdParty ?? false,
    agent: opts.agent ?? 'unknown',
    type: opts.type ?? 'advance',
  });
}

describe('stanceOf', () => {
  it('reads denials: a denying speaker, a negated event, a denial after the event', () => {
    expect(stance('State radio denied that militiamen had entered the port.', 'entered')).toBe('denial');
    expect(stance('Reports that the base was captured were dismissed.', 'captured')).toBe('denial');
    expect(stance('There is fighting nearby, but they have not reached the town.', 'reached')).toBe('denial');
    expect(stance('The militia never captured the bridge.', 'captured')).toBe('denial');
  });
  it('keeps a denial to what its speaker denies', () => {
    const text =
      'An officer denied that raiders entered the town, telling us that troops arrived in the city.';
    expect(stance(text, 'entered')).toBe('denial');
    expect(stance(text, 'arrived', { side: 'northland', agent: 'northland', type: 'reinforcement' })).toBe(
      'claim',
    );
  });
  it('reads a party speaking with outsiders as its claim', () => {
    const text = 'Police and residents said raiders entered the market town on Tuesday.';
    expect(stance(text, 'entered', { side: 'northland', agent: 'raiders' })).toBe('claim');
  });
  it('reads a denial whose grounds tell the event as a denial', () => {
    const text = 'The militia denied shelling the airport, saying it had shelled a barracks nearby.';
    expect(stance(text, 'shelled', { side: 'militia', agent: 'militia', type: 'shelling' })).toBe('denial');
  });
  it("reads the defender's version as a counter-claim", () => {
    const text = 'The navy says it has repelled a raid by pirates and recovered its positions.';
    expect(stance(text, 'repelled', { side: 'northland', counter: true })).toBe('counterclaim');
  });
  it('gives two speakers of one sentence their own stances', () => {
    const text =
      'The militia said it had taken the hill, while the defence ministry denied that the hill had fallen.';
    expect(stance(text, 'taken', { side: 'militia', agent: 'militia' })).toBe('claim');
    expect(stance(text, 'fallen', { side: 'northland', agent: 'militia' })).toBe('denial');
  });
  it('reads a speaker in a relative clause for its own clause only', () => {
    const text =
      'The navy, which a port official says has sent two frigates to the bay, says it has repelled a raid by pirates.';
    expect(stance(text, 'sent', { side: 'northland', agent: 'northland', type: 'reinforcement' })).toBe(
      'claim',
    );
    expect(stance(text, 'repelled', { side: 'northland', agent: 'pirates', counter: true })).toBe(
      'counterclaim',
    );
  });
  it('reads confirmations: third parties and a confirming verb; a party telling the deed claims it', () => {
    expect(
      stance('Gunmen took the mine, witnesses said.', 'took', { thirdParty: true, agent: 'gunmen' }),
    ).toBe('confirmation');
    // (The other side's word on the rebels' gain is its claim; the incident counts it as conceded.)
    expect(
      stance('Army sources said the rebels entered the old town.', 'entered', {
        side: 'northland',
        agent: 'rebels',
      }),
    ).toBe('claim');
    expect(
      stance('The army confirmed that raiders had seized the depot.', 'seized', {
        side: 'northland',
        agent: 'raiders',
      }),
    ).toBe('confirmation');
    expect(
      stance('The group confirmed that it had seized the depot.', 'seized', {
        side: 'raiders',
        agent: 'raiders',
      }),
    ).toBe('claim');
  });
  it("reads the outlet's own voice as a report, and a party's words as a claim", () => {
    expect(stance('Rebels seized the depot.', 'seized')).toBe('report');
    expect(
      stance('State media said insurgents shelled a school.', 'shelled', {
        side: 'northland',
        agent: 'rebels',
        type: 'shelling',
      }),
    ).toBe('claim');
  });
});
