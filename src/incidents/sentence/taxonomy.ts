// The incident taxonomy (in the spirit of ACLED's event types) and the words that signal each type.
// Patterns are generic English news wording, precompiled once, without nested quantifiers.
import type { IncidentType } from '../../types/model.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

export interface Trigger {
  type: IncidentType;
  start: number;
  end: number;
  /** Generic words ("attack", "offensive") that yield to a specific trigger in the same clause. */
  weak: boolean;
  /**
   * The defender's words ("repelled", "recovered its positions", "inflicting heavy losses"): the
   * other side's version of an attack, read as a counter-claim of it.
   */
  counter?: boolean;
  /**
   * A capture told as the holder's loss ("the village had been lost", "the loss of the town",
   * "denied losing the base"): its subject lost the place, the other side took it.
   */
  loss?: boolean;
}

/** Human labels, also used by the summary. */
export const TYPE_LABELS: Record<IncidentType, string> = {
  'armed-clash': 'Armed clash',
  advance: 'Advance / capture',
  airstrike: 'Air strike',
  shelling: 'Shelling',
  explosion: 'Explosion',
  closure: 'Closure',
  withdrawal: 'Withdrawal',
  reinforcement: 'Reinforcement',
  'commander-killed': 'Commander killed',
  'civilian-casualties': 'Civilian casualties',
  displacement: 'Displacement',
};

const DEATH = String.raw`\b(?:killed|killing|kills|dead|died|dies|deaths?|lives|casualties|wounded|injured|assassinated|eliminated|gunned down|massacred|executed)\b`;
// Who dies in attacks on civilians.
const VICTIMS = String.raw`(?:civilians?|children|students|women|residents|inhabitants|villagers|farmers|herders|fishermen|worshippers|passengers|shoppers|mourners|pupils|patients|families|men)`;
// People on the move (not armed men).
const PEOPLE = String.raw`(?:people|families|residents|civilians|refugees|displaced|villagers|inhabitants|households|farmers|herders|fishermen|nomads|migrants)`;
const AGREEMENT = String.raw`(?:agreement|deal|ceasefire|cease-fire|accord|consensus|settlement|understanding|truce)`;
// "pulled out of a grain deal", "withdrew from the talks": leaving an agreement, not ground.
const NOT_FROM_DEAL = String.raw`(?! (?:of|from) (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:${AGREEMENT}|talks|treaty|pact|negotiations|elections?|race)s?\b)`;
// An officer, not a body or an office: "the General Staff", "the attorney general", "a general strike".
const GENERAL = String.raw`(?<!\b(?:attorney|secretary|inspector|surgeon|solicitor|auditor|governor|consul)[- ])general(?! (?:staff|assembly|strike|election|prosecutor|secretary|directorate|command|hospital|public|population)\b)`;
const TIME_UNIT = String.raw`(?:day|days|week|month|year|phase|stage|talks|race|market)`;

// A lookbehind is tried at every position of the text, so each one here comes after a lookahead
// for the words it guards (`\b(?=were )(?<=troops …)were …`): the same matches, found several
// times faster (findTriggers was an eighth of reading a report).
const PATTERNS: [IncidentType, string, boolean][] = [
  [
    'explosion',
    String.raw`\b(?:car|truck|suicide|vehicle)[- ](?:car[- ])?bomb(?:s|ings?|ers?)?\b|\bv?bieds?\b|\bexplosions?\b|\bblasts?\b|\bexplod(?:ed|es|ing)\b|\bdetonat(?:ed|es|ing|ions?)\b|\b(?:blew|blowing|blown) up\b|\b(?:hand )?grenades?\b|\bIEDs?\b|\blandmines?\b|\broadside bombs?\b|\bimprovised explosive\b`,
    false,
  ],
  [
    'airstrike',
    String.raw`\bair ?strikes?\b|\bair[- ]raids?\b|\bwarplanes?\b|\bfighter jets?\b|\bdrone (?:strikes?|attacks?)\b|\baerial (?:bombardment|attacks?|strikes?|bombing)\b|\bair forces?\b[^.;]{0,40}?\bstrikes\b|\b(?:russian|syrian|israeli|turkish|american|coalition) (?:and (?:russian|syrian|israeli|turkish) )?strikes\b|(?=strikes?\b)(?<=\b[a-z]{2,}(?:ian|ese|ish|ani|i) (?:(?:missile|drone|air|precision|retaliatory|cross-border) )?)strikes?\b|(?=strikes? (?:(?:overnight|also|later|again|then|earlier|on \w+day) ){1,2}(?:hit|struck|targeted|killed|pounded) )(?<!\b(?:on|hunger|general|labou?r|nationwide|workers'?) )\bstrikes?\b|(?=strikes? (?:on|against|that|which|had|have|has|hit|killed|targeted|targeting) )(?<!\b(?:on|hunger|general|labou?r|nationwide|workers'?) )\bstrikes?\b|\bbarrel bombs?\b|(?=struck\b)(?<=\b(?:it|they)\s+(?:(?:had|has|have|also|then)\s+){0,2})struck\b|\b(?:jets?|warplanes?|aircraft|planes?|drones?|helicopters?|gunships?|air forces?)\b[^.;]{0,30}?\b(?:struck|strikes|hit|bombed|pounded|targeted|raided|attacked|fired on|damaged|destroyed|set fire to|slammed into|crashed into)\b|\b(?:killed|wounded|injured|hit) by (?:an? |the )?(?:\w+ )?drones?\b|\bmissile (?:fire|attacks?|strikes?)\b|\bmissiles? (?:hit|landed|fell|struck|slammed|damaged|destroyed)\b|\b(?:fir|launch)(?:ed|ing|es) (?:\w+ ){0,3}?missiles?\b|\b(?:hit|struck|killed|wounded|injured|damaged|destroyed) by (?:an? |the )?(?:\w+ )?missiles?\b|\b(?<!car |suicide |truck )bomb(?:ed|ing|ings)\b|\b(?:guided |glide |aerial |cluster )?bombs? (?:had |have |has )?(?:struck|hit|fell|landed|slammed)\b|\bdropp(?:ed|ing) (?:\w+ ){0,4}?bombs?\b`,
    false,
  ],
  [
    'shelling',
    String.raw`\bshell(?:ed|ing|s)\b|\bartillery\b|\bmortars?\b(?! launchers?)|\brocket (?:fire|attacks?|strikes?)\b|\brockets? (?:hit|landed|fell|struck|slammed|damaged|destroyed)\b|\bfir(?:ed|ing|es) (?:\w+ ){0,3}?(?:rockets?|shells|mortars?|artillery)\b|\b(?:hit|struck|killed|wounded|injured|damaged|destroyed) by (?:an? |the )?(?:\w+ )?(?:rockets?|shells?|mortars?|artillery(?: fire)?)\b|\bprojectiles?\b|\bbombard(?:ed|ment|ing)\b|\b(?:artillery |tank |mortar )?shell (?:had |has )?(?:struck|hit|landed|fell|slammed|exploded)\b`,
    false,
  ],
  [
    'commander-killed',
    String.raw`\b(?:commander|brigadier|${GENERAL}|colonel|lieutenant|emir|field commander)\b[^.;]{0,80}?${DEATH}|${DEATH}[^.;]{0,40}?\b(?:commander|brigadier|${GENERAL}|colonel|emir)\b`,
    false,
  ],
  [
    'closure',
    String.raw`\bclos(?:ed|es|ing|ure)\b(?! in)|\bshut(?:ting|s)?(?: down)?\b|\bblock(?:ed|ing|ade)\b|\bdiverted\b|\bflights?\b[^.;]{0,80}?\b(?:suspended|cancell?ed|canceled|grounded|halted)\b|\btraffic\b[^.;]{0,60}?\b(?:had |has |was )?(?:stopped|halted|suspended|ground to a halt)\b|\bsuspend(?:ed|ing)? (?:all )?(?:flights|traffic)\b|\bcut off\b|\bcut (?:off )?(?:the |all |a )?(?:main |key |strategic |vital |international )?(?:road|highway|route|supply|motorway|artery|[a-z]{1,2}-?\d{1,3}\b)|\b(?:road|highway|route)s? (?:was |were |has been |had been )?cut\b`,
    false,
  ],
  [
    'withdrawal',
    String.raw`\bwithdr(?:aw|ew|awn|awing|awal|awals|aws)\b${NOT_FROM_DEAL}|\bretreat(?:ed|ing|s)?\b|\bpull(?:ed|ing|s)? (?:out|back)\b${NOT_FROM_DEAL}|\bf(?:ell|all(?:en|ing|s)?) back\b(?! on\b)|\bmov(?:e|ed|es|ing) (?:its|their|the|his|our|all|remaining) (?:\w+ )?(?:fighters|forces|troops|units|soldiers|men|personnel) out of\b|\bredeploy(?:ed|ing|ment|s)?\b|\breposition(?:ed|ing|s)?\b|\bregroup(?:ed|ing)?\b|\babandon(?:ed|ing) (?:their |its )?positions\b|(?=left|vacated|abandoned|quit)(?<=\b(?:troops|forces|fighters|soldiers|militants|militiamen|units|rebels|garrison|army|(?:its|their|our) men)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?)(?:left|vacated|abandoned|quit)\b(?!\s+(?:\w+\s+)?(?:dead|wounded|injured|behind))|\b(?:left|leaving|vacated|vacating|abandoned|abandoning)\s+(?:the\s+|their\s+|its\s+)?(?:town|city|village|base|area|airport|garrison|positions?|posts?|barracks|bases)\b`,
    false,
  ],
  [
    'reinforcement',
    String.raw`\breinforc(?:ements?|ed|ing)\b|\b(?=were |was |have been |had been )(?<=\b(?:troops|forces|tanks|soldiers|units|fighters|armou?r)\b[^.;]{0,20}?)(?:were|was|have been|had been) (?:deployed|sent|dispatched|rushed)\b|\bcross(?:ed|ing) into\b(?=[^.;]{0,60}?\bto (?:support|reinforce|back|help|fight alongside)\b)|\bmilitary (?:aid|assistance|hardware|supplies)\b|\bnew hardware\b|\barms (?:shipments?|deliveries|supplies)\b|\b(?:sent|send|sending|deployed|deploying|deploy|dispatched|rushed) (?:[\w,-]+ ){0,3}?(?:troops|forces|fighters|soldiers|units|reinforcements)\b|\bair support\b`,
    false,
  ],
  [
    'advance',
    String.raw`\benter(?:ed|ing|s)?\b(?! (?:the|its|a|their|his) (?:\w+ )?${TIME_UNIT}\b)|\bbreach(?:ed|ing|es)?\b|\bcaptur(?:e|ed|es|ing)\b|\bseiz(?:e|ed|es|ing)\b|\boverr(?:an|un|unning)\b|\bstorm(?:ed|ing)\b|\bretook\b|\bretak(?:e|en|ing)\b|\brecaptur(?:e|ed|ing)\b|\bencircl(?:e|ed|es|ing)\b|\bbesieg(?:e|ed|ing)\b|\bconquer(?:ed|ing)?\b|(?<![-\w])(?<!\b(?:in|the|an?|of|from|into|on|across|over|to|and|newly|illegally|partly|partially|still|long)\s)occup(?:ied|y|ying)\b|\badvanc(?:ed|es|ing)\b|\breach(?:ed|es|ing)?\b(?! (?:an? |the )?${AGREEMENT})(?! by (?:tele)?phone| for comment)|\bswept (?:into|through)\b|\bsweeping (?:into|through)\b|\bpush(?:ed|ing)? (?:into|toward|towards)\b|\bmov(?:ed|ing) into\b|\barriv(?:ed|ing) in\b|\b(?:took|take|taken|taking|gained|gain|seized|regained|wrested|assumed|tightened) (?:full |total |complete |partial )?control\b|\bfell to\b|\bfall of\b|\b(?=in )(?<!\b(?:remains?|remained|remaining|still|firmly|stays?|stayed)\s+)in (?:full |total |complete |effective )control of\b|\b(?:raised|hoisted|planted) (?:\w+ ){0,2}?flags? (?:over|above|on|in)\b|\bclosing in\b|\b(?:town|city|village|base|garrison|it)\s+(?:had been|has been|was|were)\s+handed over\b|\bhand(?:ed|ing)? over (?:the )?(?:town|city|village|base|garrison|control)\b|\b(?:took|take|taken|taking|takes) over\b|\bliberat(?:e|ed|es|ing)\b|\b(?:marched|marching|rolled|rolling|stormed|poured) into\b|\bsurrounded\b(?! (?:an? |the )?(?:\w+ )?(?:mosque|church|house|home|building|school|hospital|car|vehicle|bus|truck|convoy|patrol|market|compound)s?\b)|\b(?:drove|driven|driving|pushed|pushing|chased|kicked|forced|forcing)\s+(?!(?:thousands|hundreds|residents|people|families|civilians|villagers)\b)(?:[\w'-]+\s+){1,4}?out of\b|(?<!\b(?:being|been|were|was|are|is|be) )\b(?:dislodged|dislodging|routed) (?!from\b)|\bgained ground\b|(?=cross)(?<=\b(?:troops|forces|fighters|soldiers|units|militants|rebels|insurgents|tanks|army)\b[^.;]{0,40}?)cross(?:ed|es|ing)?\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:river|canal|stream|creek|bridge|dam|reservoir|estuary|wadi)\b|\b(?:cleared|clearing|dismantled|dismantling|overran|busted|destroyed) (?:out )?(?:an? |the |their |its |several |two |three |\d+ )?(?:[\w-]+ ){0,2}?(?:hideouts?|hide-outs?|camps?|bases?|strongholds?|dens?|enclaves?)\b(?! (?:for|of) (?:displaced|refugees|people|families))|\bdeclared\b[^.;]{0,40}?\b(?:free|liberated)\b|\b(?:took|taken) (?:the |two |three |four |several |\d+ )?(?:nearby |neighbouring |key |strategic |frontline )?(?:town|city|village|hamlet|hill|district|neighbou?rhood|base|airport)s?\b|\b(?:has|have|had) (?:also |now |already |reportedly |just )?taken\b(?! (?:place|part|over|control|steps|measures|note|time|refuge|shelter|a |an |the decision))|\b(?=ha[sdv]e? fallen)(?<!(?:government|regime|president|cabinet|assad|prices|rates|numbers) )(?:has|had|have) fallen\b(?! (?:from|to|by|below|sharply|steadily|further)\b)|\b(?:city|town|village|base|airport|stronghold|district|neighbou?rhood)s? (?:has |had )?fell\b|\bcontrols? (?:several|many|most|some|about|over|more than|dozens of|\d+|[a-z]+ )?(?:[a-z-]+ )?(?:neighbou?rhoods|villages|towns|areas|locations|districts|parts|quarters)\b`,
    false,
  ],
  ['advance', String.raw`\badvance\b`, true],
  [
    'armed-clash',
    String.raw`\bclash(?:es|ed|ing)?\b|\bfight(?:ing|s)?\b|\bfought\b|\bbattl(?:es?|ing)\b|\bfirefights?\b|\bgunfights?\b|\bexchange of fire\b|\bskirmish(?:es)?\b|\bcounter[- ]?attacks?\b|\bambush(?:ed|es)?\b|\bdestroy(?:ed|ing|s)? (?:\w+ ){0,3}?(?:tanks?|armou?red vehicles?|vehicles|launchers?|convoys?|artillery)\b`,
    false,
  ],
  [
    'armed-clash',
    String.raw`\b(?:hit|struck|targeted|destroyed) (?:an? |the |two |three |several )?(?:\w+ ){0,2}?(?:tanks?|armou?red vehicles?|bulldozers?|troop carriers?)\b|\b(?=kill)(?<!\b(?:was|were|been|being|is|are) )(?:killed|killing|kill) (?:(?!(?:when|as|after|while|before|because|since|and)\b)\w+ ){0,3}?(?:militants|insurgents|rebels|soldiers|troops|gunmen|terrorists|jihadists)\b|\battack(?:s|ed|ing)?\b|\bassaults?\b|(?<!\bair[- ])\braid(?:ed|s|ing)?\b|\bgunfire\b|\b(?:opened|opening|exchanged|exchanging|returned|returning) fire\b|\b(?:came|come|comes|coming) under (?:heavy |sniper |gun|rocket )?fire\b|\bshots? (?:were |was |had been )?(?:fired|rang out)\b|\bfiring\b(?! (?:\w+ ){0,3}?(?:rockets?|missiles?|shells|mortars?|artillery|drones?)\b)|\bincursions?\b|\blaunch(?:ed|es)? (?:an? |the )?(?:offensive|operation)\b`,
    true,
  ],
  [
    'armed-clash',
    // Troops chasing armed men fight them: "pursued the attackers towards the border".
    String.raw`\b(?:pursu(?:ed|ing|es?)|chas(?:ed|ing))\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:attackers|assailants|militants|insurgents|gunmen|jihadists|raiders|kidnappers|bandits|enemy)\b`,
    false,
  ],
  [
    'displacement',
    // ("displaced families" after "sheltering", "for", "the": the people, not the event; nor
    // "people displaced by the war", its whole toll.)
    String.raw`(?<!\b(?:the|of|for|to|among|sheltering|housing|hosting|hosts|host|with|internally|newly|already|previously)\s)\bdisplac(?:ed|ement|ing)\b(?!\s+by\s+(?:the\s+|years\s+of\s+)?(?:war|conflict|years))|\b(?:found|find|finds|finding|sought|seek|seeking|took|taken|taking|take) (?:refuge|shelter|sanctuary)\b|\bfl(?:ed|ee|eeing)\b|\bdriven (?:out|from)\b|\bforced (?:out|from|to flee)\b|\bforc(?:ed|ing|es?) (?:(?:more than|at least|some|about|tens of|hundreds of|thousands of) )?(?:(?:\d[\d,]*|\w+) (?:of )?)?(?:their )?${PEOPLE} (?:\w+ )?(?:out of|from)\b|\bexodus\b|\bevacuat(?:ed|ion|ing)\b|\b(?:ordered|ordering|told|urged|instructed)\s+(?:(?:more than|at least|some|about|tens of|hundreds of|thousands of|all)\s+)?(?:the\s+)?${PEOPLE}\s+(?:[\w'-]+\s+){0,4}?to\s+(?:leave|flee|move out|evacuate)\b|\b(?=began to leave|left their homes|were |was |been |moved |relocated |resettled |crossed |drove out|streamed out|poured out|headed out)(?<=\b${PEOPLE}\b[^.;]{0,60}?)(?:began to leave|left their homes|(?:drove|streamed|poured|headed) out|(?:were |was |been )?(?:moved|relocated|resettled) (?:from|to)|crossed (?:(?:the )?(?:[\w'-]+ ){0,3}?(?:river|border|frontier|lake|mountains|sea) )?into)\b|(?=left )(?<=\b${PEOPLE}\s+(?:have\s+|had\s+|has\s+)?(?:\w+ly\s+)?)left\b(?=\s+(?:[\w'-]+\s+){1,6}?(?:for|to|towards?)\s)`,
    false,
  ],
  [
    'civilian-casualties',
    // ("revenge killings", "a massacre": people killed, whoever they were.)
    String.raw`\bbod(?:y|ies)\b[^.;]{0,30}?\b(?:found|discovered|recovered|dumped)\b|\bkillings\b|\bmassacr(?:e|es|ed|ing)\b|\b${VICTIMS}\b[^.;]{0,60}?${DEATH}|${DEATH}[^.;]{0,40}?\b${VICTIMS}\b|\bshot dead\b`,
    false,
  ],
];

// The defender's version of an attack: it was repelled, positions were recovered, the attacker lost.
// ("forced the enemy to pull back": the defender's outcome of the fight, no withdrawal of its own;
// "forced them to withdraw from the town" is their loss of it, read as a capture below.)
const FORCED_BACK = String.raw`\bforc(?:ed|ing|es?)\s+(?:(?:it|them|the|an?|its|their)\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:(?:pull|fall|turn)\s+back|retreat|withdraw(?!\s+from\b))\b`;
const COUNTER = String.raw`${FORCED_BACK}|\bintercept(?:ed|s|ing)?\b|\b(?:shot|brought) down\b|\bdown(?:ed|ing)\b(?= (?:an? |the |two |three |several |\d+ )?(?:[\w-]+ ){0,3}?(?:drones?|aircraft|jets?|warplanes?|planes?|helicopters?|UAVs?|missiles?)\b)|\brepel(?:led|s|ling)?\b|\brepuls(?:e|ed|es|ing)\b|\bthwart(?:ed|ing|s)?\b|\bfoil(?:ed|ing|s)?\b|\bfend(?:ed|ing)? off\b|\bbeat(?:ing)? back\b|\bpush(?:ed|ing) back\b|\b(?:(?:drove|driven|driving|drive) (?:off|back)|fought off)\b(?=["\u201d]? (?:an? |the |their |its |several |two |three |\d+ )?(?:[\w-]+ ){0,2}?(?:attacks?|assaults?|raids?|offensive|advance|incursions?|attackers|assailants|raiders|enemy|militants|insurgents|rebels|fighters|gunmen|jihadists)\b)|\bneutrali[sz](?:ed|ing)\b(?=["\u201d]? (?:\w+ ){0,2}?(?:attackers|assailants|raiders)\b)|\b(?:destroy(?:ed|ing|s)?|eliminat(?:ed|ing|es)|wip(?:ed|ing) out|neutrali[sz](?:ed|ing))\b(?=["\u201d]? (?:an? |the |two |three |several |\d+ )?(?:[\w-]+ )?(?:infiltration|sabotage|sabotage and reconnaissance|reconnaissance and sabotage|assault) (?:groups?|teams?|units?|squads?)\b)|\b(?:recover(?:ed|ing)?|regain(?:ed|ing)?|restor(?:ed|ing)|retak(?:en|ing)|retook|recaptur(?:ed|ing))\W{0,2} (?:\w+ ){0,3}?(?:positions|lines)\b|\bcounter(?:ing|ed) (?:the|an?|this|their)\b|\bconfront(?:ing|ed)\b|\binflict(?:ing|ed)? (?:heavy |great |significant )?(?:losses|casualties)\b|\bheavy (?:losses|casualties)\b`;

// A place lost: taken by the other side. (Only a held place's noun: "lost contact", "lost their
// lives", "the army lost ten men" tell no capture.)
const HELD_NOUN = String.raw`(?:town|city|village|hamlet|base|airport|garrison|outpost|positions?)`;
const LOSS = String.raw`\b(?=lost\b)(?<=\b(?:${HELD_NOUN}|it)\s+(?:had|has|have|was|were)\s+(?:been\s+)?)lost\b|\bloss of (?:the )?${HELD_NOUN}\b|\blosing (?:the )?${HELD_NOUN}\b`;

// (Case-sensitive: the name after the verb is capitalised.)
const ABANDONED_NAMED = /\b[Aa]bandon(?:ed|ing)(?= (?:the (?:town|city|village) of )?[A-Z][\w'-]+)/g;

const COMPILED = [
  ...PATTERNS.map(([type, src, weak]) => ({
    type,
    weak,
    counter: false,
    loss: false,
    re: new RegExp(src, 'gi'),
  })),
  {
    type: 'armed-clash' as IncidentType,
    weak: false,
    counter: true,
    loss: false,
    re: new RegExp(COUNTER, 'gi'),
  },
  { type: 'advance' as IncidentType, weak: false, counter: false, loss: true, re: new RegExp(LOSS, 'gi') },
  // "denied abandoning Sudzha", "had abandoned Kamianka": a place left, by its capitalised name.
  { type: 'withdrawal' as IncidentType, weak: false, counter: false, loss: false, re: ABANDONED_NAMED },
];

/**
 * Every word or phrase in the text that signals an incident type.
 *
 * @example
 * findTriggers('Rebels shelled the town.').map((t) => t.type); // ['shelling']
 */
export function findTriggers(text: string): Trigger[] {
  const out: Trigger[] = [];
  for (const { type, weak, counter, loss, re } of COMPILED) {
    re.lastIndex = 0;
    for (const m of matchList(re, text)) {
      const start = m.index ?? 0;
      out.push({
        type,
        start,
        end: start + m[0].length,
        weak,
        ...(counter ? { counter } : {}),
        ...(loss ? { loss } : {}),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Types that kill people: casualty figures attach to them instead of making their own incident. */
export const VIOLENT_TYPES: ReadonlySet<IncidentType> = new Set([
  'armed-clash',
  'airstrike',
  'shelling',
  'explosion',
  'advance',
]);

const GROUND: ReadonlySet<IncidentType> = new Set(['armed-clash', 'advance']);
const HARM: ReadonlySet<IncidentType> = new Set(['armed-clash', 'airstrike', 'shelling', 'explosion']);

/**
 * Whether two reports of these types may describe the same event: equal types, fighting and an
 * advance at the same place, or civilian casualties and the violence that caused them.
 */
export function compatibleTypes(a: IncidentType, b: IncidentType): boolean {
  if (a === b) return true;
  if (GROUND.has(a) && GROUND.has(b)) return true;
  if (a === 'civilian-casualties') return HARM.has(b);
  if (b === 'civilian-casualties') return HARM.has(a);
  return false;
}

/** Which type names a merged incident: the most specific one told. */
export const TYPE_PRIORITY: IncidentType[] = [
  'explosion',
  'shelling',
  'airstrike',
  'commander-killed',
  'closure',
  'withdrawal',
  'reinforcement',
  'advance',
  'armed-clash',
  'displacement',
  'civilian-casualties',
];

/** How far an advance went, as `IncidentProps.progress` names it. */
export type Progress = 'captured' | 'entered' | 'reached' | 'encircled' | 'approached';

/** Furthest first: merging keeps the furthest progress any source claims. */
export const PROGRESS_ORDER: Progress[] = ['captured', 'entered', 'reached', 'encircled', 'approached'];

const PROGRESS_WORDS: [Progress, RegExp][] = [
  ['encircled', /^(?:encircl|besieg|surround)/i],
  ['approached', /^(?:advanc|closing in|push\w* toward)/i],
  ['reached', /^(?:reach|arriv|gained ground|cross)/i],
  ['entered', /^(?:enter|breach|swept|sweeping|push|mov|march|roll|pour|storm)/i],
];

/**
 * How far the advance told by `words` (the trigger) went: encircling, approaching, reaching or
 * entering a place; anything else that signals an advance (captured, seized, took control, fell
 * to, retook …) is a capture.
 *
 * @example
 * advanceProgress('encircling'); // 'encircled'
 */
export function advanceProgress(words: string): Progress {
  const w = words.trim();
  for (const [p, re] of PROGRESS_WORDS) if (re.test(w)) return p;
  return 'captured';
}
