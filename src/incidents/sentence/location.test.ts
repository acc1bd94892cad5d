import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.ts';
import { anaphoraMentions, chooseLocation, mainSettlement } from './location.ts';
import type { LocatedMention } from './location.ts';
import type { IncidentType } from '../../types/model.ts';
import { WORLD } from '../testPlaces.ts';

const P = (name: string) => WORLD.find((p) => p.properties.id === `p:${name}`)!;

function located(text: string, names: string[]): LocatedMention[] {
  return names.map((n) => {
    const start = text.indexOf(n);
    return { start, end: start + n.length, place: P(n) };
  });
}

function where(
  text: string,
  trigger: string,
  type: IncidentType,
  names: string[],
  actors: { start: number; end: number }[] = [],
) {
  const start = text.indexOf(trigger);
  const m = chooseLocation(
    text,
    located(text, names),
    splitClauses(text),
    { start, end: start + trigger.length, type },
    actors,
  );
  return m?.place.properties.id ?? null;
}

describe('chooseLocation', () => {
  it('takes the most specific place of the clause', () => {
    const text = 'Shells hit the Old Quarter of Midcity in Landia.';
    expect(where(text, 'Shells', 'shelling', ['Old Quarter', 'Midcity', 'Landia'])).toBe('p:Old Quarter');
  });
  it("prefers the event's own clause", () => {
    const text = 'Officials in Midcity said on Monday, as troops withdrew from Fartown.';
    expect(where(text, 'withdrew', 'withdrawal', ['Midcity', 'Fartown'])).toBe('p:Fartown');
  });
  it('puts closures on roads and facilities', () => {
    const text = 'Fighters cut the R1 near Midcity.';
    expect(where(text, 'cut the R1', 'closure', ['R1', 'Midcity'])).toBe('p:R1');
  });
  it('skips countries used as actors or adjectives', () => {
    const text = 'Landia sent troops to Midcity.';
    expect(where(text, 'sent troops', 'reinforcement', ['Landia', 'Midcity'])).toBe('p:Midcity');
    expect(where('Landia-backed fighters stormed a base.', 'stormed', 'advance', ['Landia'])).toBeNull();
  });
  it('skips a town standing as the subject of an act, and a relative place describing a town', () => {
    const text = 'Fighters took the crossing at Fartown, which Midcity closed on Friday.';
    expect(where(text, 'closed', 'closure', ['Fartown', 'Midcity'])).toBe('p:Fartown');
    const near = 'Boats tried to land near Nearby, on the west edge, overnight.';
    expect(where(near, 'land', 'armed-clash', ['Nearby', 'west edge'])).toBe('p:Nearby');
  });
});

describe('anaphora', () => {
  it('resolves "the city" to the settlement the report is about', () => {
    const main = mainSettlement([P('Midcity'), P('Fartown'), P('Midcity')]);
    expect(main?.properties.id).toBe('p:Midcity');
    const text = 'They reached the city on Friday.';
    expect(anaphoraMentions(text, [], main).map((m) => m.place.properties.id)).toEqual(['p:Midcity']);
    expect(anaphoraMentions('They reached the city of Fartown.', [], main)).toEqual([]);
    const town = anaphoraMentions('They shelled the town.', [], main, P('Fartown'));
    expect(town.map((m) => m.place.properties.id)).toEqual(['p:Fartown']);
  });
});
