import { describe, expect, it } from 'vitest';
import { expectRows } from '../expectRows.ts';
import { findActors } from './actors.ts';
import { findSpeakers, speakerAt, speakerSide } from './speakers.ts';

/** Who speaks for the word `at` of `text`, with the verb's kind. */
function who(text: string, word: string): string | null {
  const s = speakerAt(findSpeakers(text), text.indexOf(word));
  return s ? `${s.name}/${s.verb}` : null;
}

describe('findSpeakers', () => {
  it('reads "according to" for the whole sentence', () => {
    expect(who('Ten died in the blast, according to the Syrian Observatory for Human Rights.', 'blast')).toBe(
      'Syrian Observatory for Human Rights/say',
    );
  });
  it('reads a subject before its verb, and a speaker after it', () => {
    expect(who('The provincial governor said gunmen stormed the depot.', 'stormed')).toBe(
      'provincial governor/say',
    );
    expect(who('"We held the bridge," said Jane Doe, a UN envoy.', 'held')).toBe(
      'Jane Doe (United Nations)/say',
    );
    expect(who('Gunmen stormed the depot, the police said on Monday.', 'stormed')).toBe('police/say');
  });
  it('reads a common noun after "said" that closes a clause or a quotation as the speaker', () => {
    expect(who('Families fled towards the coast, said a local official, who gave no figure.', 'fled')).toBe(
      'local official/say',
    );
    expect(who('"They shell the market every day," said a nurse at the clinic.', 'shell')).toBe('nurse/say');
    expect(who('"We lost the hill," said one of the security sources.', 'lost')).toBe('security sources/say');
    // Not what was said, nor the object of a verb that takes one, nor a subject's appositive.
    expect(who('Jane Doe, a spokesman for the council, said the town was quiet.', 'quiet')).toBe(
      'Jane Doe/say',
    );
    expect(
      who(
        'The Hill Front, one of several armed groups in the valley, claimed the ambush in a video.',
        'ambush',
      ),
    ).toBe('Hill Front/say');
    expect(who('The army, however, said the depot burned.', 'burned')).toBe('army/say');
  });
  it("reads a body's long title-case name, with its acronym, as the speaker", () => {
    expect(
      who('The Union for the Defence of Northern Villages (UDNV) said drones hit a market.', 'hit'),
    ).toBe('Union for the Defence of Northern Villages (UDNV)/say');
    // A long lowercase subject is no speaker.
    expect(
      who('Rebels who took the town on Friday after a long fight with troops said drones hit it.', 'hit'),
    ).toBe(null);
  });
  it('reads a party that did not confirm an event as denying it, not an outlet that could not check it', () => {
    expect(who('The interior ministry did not confirm the fall of the post.', 'fall')).toBe(
      'interior ministry/deny',
    );
    expect(who('The governor has not yet confirmed that the bridge was hit.', 'hit')).toBe('governor/deny');
    expect(who('Aid workers declined to confirm the toll.', 'toll')).toBe('aid workers/deny');
    expect(who('The Daily Ledger could not confirm the account.', 'account')).toBeNull();
  });
  it('keeps a speaker in a relative clause to its clause', () => {
    const text =
      'The navy, which a port official says has sent two frigates to the bay, says it has repelled a raid by pirates.';
    expect(who(text, 'sent')).toBe('port official/say');
    expect(who(text, 'repelled')).toBe('navy/say');
  });
  it('gives each of two speakers of one sentence its own part', () => {
    const text =
      'The militia said it had taken the hill, while the defence ministry denied that the hill had fallen.';
    expect(who(text, 'taken')).toBe('militia/say');
    expect(who(text, 'fallen')).toBe('defence ministry/deny');
  });
  it('carries a speaker on through "and said", "adding" and "telling"', () => {
    const text = 'State radio denied that the town had fallen and said troops were holding the bridge.';
    expect(who(text, 'fallen')).toBe('state media/deny');
    expect(who(text, 'holding')).toBe('state media/say');
    const quote =
      '"The convoy arrived," the official said, requesting anonymity, adding that "they have not reached the port".';
    expect(who(quote, 'arrived')).toBe('the official/say');
    expect(who(quote, 'reached')).toBe('the official/say');
  });
  it('skips passives and hearsay, and speakers who are only places', () => {
    expect(findSpeakers('Troops have been told to leave the base.')).toEqual([]);
    expect(findSpeakers('The rebels are said to have taken the hill.')).toEqual([]);
    const text = 'Northtown says it is calm.';
    expect(findSpeakers(text, (s, e) => s === 0 && e <= 9)).toEqual([]);
  });
  it('names the outlet a source spoke to, and marks words that only point back', () => {
    const [s] = findSpeakers('Two security sources told Reuters the road was shut.');
    expect(s).toMatchObject({ name: 'security sources', via: 'Reuters' });
    expect(findSpeakers('The town fell, he added.')[0]?.anaphoric).toBe(true);
  });
});

describe('speakerSide', () => {
  const side = (phrase: string, home: string | null = null) =>
    speakerSide(phrase, (t) => findActors(t, { home, group: null }), home);
  it('sees parties to the war by the body they name', () => {
    expect(side('Israeli military')).toEqual({ side: 'israel', thirdParty: false });
    expect(side('Hamas-run health ministry')).toEqual({ side: 'hamas', thirdParty: false });
    expect(side('RSF spokesman')).toEqual({ side: 'rsf', thirdParty: false });
    expect(side('Syrian state media')).toEqual({ side: 'government', thirdParty: false });
  });
  it("gives officials with no state named to the report's state", () => {
    expect(side('a security official', 'sudan')).toEqual({ side: 'sudan', thirdParty: false });
    expect(side('military sources', 'ukraine')).toEqual({ side: 'ukraine', thirdParty: false });
  });
  it('sees third parties: monitors, the UN, witnesses, outlets', () => {
    for (const p of [
      'Syrian Observatory for Human Rights',
      'Jane Doe, the UN envoy for the Syria crisis',
      'witnesses',
      'AFP',
      'a trader',
      'two health workers',
      'a local medical group',
      'a humanitarian source',
      'aid agencies',
      'a local rescue group',
      'a rights group based in the port',
      'a civil society leader',
      'a hospital official in the city',
      'fishermen on the lake',
    ])
      expect(side(p, 'government')).toEqual({ side: null, thirdParty: true });
    // A civilian body's official is an outsider; a state's official is not.
    expect(side('a provincial official', 'mali')).toEqual({ side: 'mali', thirdParty: false });
  });
  it('gives outsiders who speak beside a party to that party', () => {
    for (const p of [
      'a local official and residents',
      'police and residents',
      'military sources and activists',
    ])
      expect(side(p, 'mali')).toEqual({ side: 'mali', thirdParty: false, withOutsiders: true });
  });
  it('hears local leaders and fighters as a party, alone or beside outsiders', () => {
    expect(side('a tribal elder', 'government')).toEqual({ side: null, thirdParty: false });
    expect(side('residents and a tribal elder', 'government')).toEqual({
      side: null,
      thirdParty: false,
      withOutsiders: true,
    });
    expect(side('villagers and a militia commander')).toMatchObject({
      thirdParty: false,
      withOutsiders: true,
    });
    expect(side('residents')).toEqual({ side: null, thirdParty: true });
  });
  it('names the speaker of "a claim X rejected" as X', () => {
    expect(who('The navy said it had sunk a boat, a claim the pirates rejected.', 'rejected')).toBe(
      'pirates/deny',
    );
  });
  it('carries a denial through the participle that gives its grounds, not through a new statement', () => {
    const verbs = (text: string) => findSpeakers(text).map((s) => s.verb);
    expectRows(verbs, {
      'The navy denied the report, saying its frigates had held the strait.': ['deny', 'deny'],
      'The militia denied raiding the depot, adding it had hit a radar post.': ['deny', 'deny'],
      'An officer denied that raiders entered the town, telling us that troops arrived.': ['deny', 'say'],
      'The ministry denied the report and said its jets had struck a depot.': ['deny', 'say'],
    });
  });
  it('leaves a time phrase or a subordinator out of the speaker', () => {
    expect(who('On Monday a drone unit said it had hit a column near the bridge.', 'hit')).toBe(
      'drone unit/say',
    );
    expect(
      who('Jets struck the port, a day after the rebel group said it had fired a missile.', 'fired'),
    ).toBe('rebel group/say');
  });
});
