import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.ts';
import { anaphoraMentions, areaNoun, chooseLocation, mainSettlement } from './location.ts';
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
  it('puts an event where the words say it spread to', () => {
    const text =
      'The fighting began with kidnappings on the road to Midcity and spread to the villages of Fartown.';
    expect(where(text, 'fighting', 'armed-clash', ['Midcity', 'Fartown'])).toBe('p:Fartown');
    const began = 'The fighting began near Midcity and later reached the road to Fartown.';
    expect(where(began, 'fighting', 'armed-clash', ['Midcity', 'Fartown'])).toBe('p:Midcity');
  });
  it('takes a direction off a place as wider ground than a place the clause names', () => {
    const text = 'North of the town, assault groups attacked positions near Nearby.';
    const at = text.indexOf('the town');
    const town = { start: at, end: at + 'the town'.length, place: P('Midcity') };
    const chosen = chooseLocation(text, [town, ...located(text, ['Nearby'])], splitClauses(text), {
      start: text.indexOf('assault'),
      end: text.indexOf('assault') + 'assault'.length,
      type: 'armed-clash',
    });
    expect(chosen?.place.properties.id).toBe('p:Nearby');
    // (Without the direction, the town told before the trigger is as specific and nearer.)
    const plain = 'In the town, assault groups attacked positions far off near Nearby.';
    const at2 = plain.indexOf('the town');
    const inTown = { start: at2, end: at2 + 'the town'.length, place: P('Midcity') };
    const start = plain.indexOf('assault');
    const m = chooseLocation(plain, [inTown, ...located(plain, ['Nearby'])], splitClauses(plain), {
      start,
      end: start + 'assault'.length,
      type: 'armed-clash',
    });
    expect(m?.place.properties.id).toBe('p:Midcity');
  });
  it("leaves a place to the verb before 'and' when the trigger's own words name one", () => {
    const text = 'Its units held positions around Fartown and had repelled assaults near Nearby.';
    expect(where(text, 'repelled', 'armed-clash', ['Fartown', 'Nearby'])).toBe('p:Nearby');
    const drone = 'The rebels took hills near Fartown and shot down a drone over North Province.';
    expect(where(drone, 'shot down', 'armed-clash', ['Fartown', 'North Province'])).toBe('p:North Province');
    // (Nothing named after it: the place before is still the event's.)
    const alone = 'The rebels surrounded Fartown and shelled it overnight.';
    expect(where(alone, 'shelled', 'shelling', ['Fartown'])).toBe('p:Fartown');
  });
  it('reads a one-letter part after a hyphen as the name going on', () => {
    expect(where('Jets bombed a market in Fartown-U on Friday.', 'bombed', 'airstrike', ['Fartown'])).toBe(
      'p:Fartown',
    );
    expect(where('Fartown-based fighters stormed a base.', 'stormed', 'advance', ['Fartown'])).toBeNull();
  });
  it('reads a particle after a hyphen as the name going on, in any case', () => {
    for (const written of ['Fartown-el-Nahr', 'Fartown-El-Nahr', 'Fartown-Des-Champs', "Fartown-D'Or"])
      expect(where(`Jets bombed a market in ${written} on Friday.`, 'bombed', 'airstrike', ['Fartown'])).toBe(
        'p:Fartown',
      );
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
  it('resolves "the capital" to the report\'s capital only', () => {
    const ids = (text: string, capital = P('Midcity')) =>
      anaphoraMentions(text, [], null, P('Fartown'), new Map(), capital).map((m) => m.place.properties.id);
    expect(ids('Schools in the capital were closed.')).toEqual(['p:Midcity']);
    expect(ids('Schools in the capital were closed.', null as never)).toEqual([]);
    expect(ids('They reached the provincial capital and the capital of the north.')).toEqual([]);
    expect(ids('Jets struck the capital Nearby.')).toEqual([]);
  });
  it('resolves "the rugged range" to the mountains the report named', () => {
    const hills = P('North Province');
    const called = new Map([['mountains', hills]]);
    const got = (text: string) =>
      anaphoraMentions(text, [], null, null, called).map(
        (m) => `${text.slice(m.start, m.end)}=${m.place.properties.id}`,
      );
    expect(got('Jets struck caves in the rugged range overnight.')).toEqual([
      'the rugged range=p:North Province',
    ]);
    expect(got('Jets struck the hills near the border.')).toEqual(['the hills=p:North Province']);
    // (A name of its own, an area named by another noun, or "the range of" are not that area.)
    expect(got('Jets struck the Blue mountains and the forest and the range of the guns.')).toEqual([]);
    const fled = 'They fled toward the Hamrin range.';
    const at = fled.indexOf('Hamrin');
    expect(areaNoun(fled, { start: at, end: at + 'Hamrin'.length })).toBe('mountains');
  });
  it('never takes where people fled to as "the town" when the sentence names where they were', () => {
    const ids = (text: string, names: string[]) =>
      anaphoraMentions(text, located(text, names), null, null).map((m) => m.place.properties.id);
    const fled = 'Residents of Fartown fled north toward Nearby after shells fell near the town.';
    expect(ids(fled, ['Fartown', 'Nearby'])).toEqual(['p:Fartown']);
    // (Troops who moved somewhere are there.)
    const moved = 'Troops moved from Fartown to Nearby and shelled the town.';
    expect(ids(moved, ['Fartown', 'Nearby'])).toEqual(['p:Nearby']);
  });
  it('never takes a town standing for its state as "the town"', () => {
    const text = "Fartown's troops pressed toward the bridges that keep the town supplied.";
    const named = [{ start: 0, end: 7, place: P('Fartown') }];
    const got = anaphoraMentions(text, named, null, P('Nearby')).map((m) => m.place.properties.id);
    expect(got).toEqual(['p:Nearby']);
  });
});
