// The data model shared by every stage of the pipeline, the CLI, the worker and the app.
// Types only: no code lives here. Coordinates are GeoJSON order, [lon, lat].
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon } from 'geojson';
import type { ReportReading } from '../pipeline/readReport.ts';

/** What kind of thing a place is. Output `kind` values of places.geojson. */
export type PlaceKind =
  'settlement' | 'neighbourhood' | 'landmark' | 'road' | 'admin1' | 'admin2' | 'country' | 'region';

/**
 * One gazetteer record. Ids are namespaced: `geonames:170063`, `ne:SYR` (Natural Earth
 * country, ISO3), `sm:nbhd:hamdaniyeh`, `sm:landmark:aleppo-airport`, `sm:road:M5`,
 * `sm:adm1:SY02` (our own facts, prefix `sm:`).
 */
export interface GazetteerEntry {
  id: string;
  /** Preferred English name. */
  name: string;
  kind: PlaceKind;
  /** Names by language, at least `en`; `ar` when known. */
  names: { en: string; ar?: string };
  /** Every other spelling known (any script), not folded. */
  aliases: string[];
  /** Representative point. */
  lon: number;
  lat: number;
  population: number;
  /** ISO 3166-1 alpha-2 country code, '' when none (regions spanning countries). */
  country: string;
  /** Admin-1 code as `CC.NN` (GeoNames style, e.g. `SY.09`), '' when unknown. */
  admin1: string;
  /** GeoNames feature code (PPLA, PPL, PPLX …) or ours: NBHD, AIRP, UNIV, CSTL, ROAD, ADM1, PCLI, RGN. */
  featureCode: string;
  /** Id of the containing place, e.g. a neighbourhood's city. */
  parent?: string;
  /** Administrative level of an area derived from its seat town: 2 district, 3 subdistrict. */
  adminLevel?: 2 | 3;
  /** Id of the town that is the seat of this area (a district or subdistrict named after it). */
  seat?: string;
  /** Lines for roads, polygons for admin areas and countries; absent for points. */
  geometry?: LineString | Polygon | MultiPolygon;
}

/** The compact, JSON-serialisable gazetteer the browser worker loads lazily. */
export interface GazetteerPack {
  version: string;
  /** Human-readable sources with licences, shown in the app's attribution. */
  sources: { name: string; licence: string; url?: string }[];
  entries: GazetteerEntry[];
}

/** One report as given to the pipeline. Only `id` and `text` are required. */
export interface ArticleInput {
  id: string;
  file?: string;
  text: string;
  outlet?: string | null;
  /** YYYY-MM-DD: the day the report's relative dates ("Friday", "today") refer to. */
  dateline?: string | null;
  url?: string | null;
  /** Free-text note of known noise (from index.json); informative only. */
  noise?: string | null;
}

export interface Span {
  start: number;
  end: number;
}

/** Text that is not part of the report (biography, teaser, copyright, photo credit …). */
export interface ExcludedSpan extends Span {
  reason: string;
}

export interface Sentence extends Span {
  index: number;
}

export interface SegmentedArticle {
  article: ArticleInput;
  sentences: Sentence[];
  excluded: ExcludedSpan[];
  /** Reporter's location(s) from a dateline such as "DAMASCUS/JERUSALEM (Worthy News) –". */
  datelinePlaces: Span[];
}

/** A ranked candidate for a mention or a place. */
export interface Alternative {
  gazetteerId: string;
  name: string;
  score: number;
}

/** Words in one article that name (or describe) a place. Offsets index the article text. */
export interface Mention extends Span {
  article: string;
  text: string;
  /** Index of the sentence in SegmentedArticle.sentences. */
  sentence: number;
}

/** A mention after resolution: which place it names and how sure we are. */
export interface ResolvedMention extends Mention {
  /** Id of the feature in places.geojson. */
  placeId: string;
  confidence: number;
  alternatives: Alternative[];
}

/** Where a report names a place. */
export interface PlaceMention {
  article: string;
  start: number;
  end: number;
  text: string;
  /**
   * Words that name the place without saying anything happened there: 'dateline', the place the
   * report was filed from ("BEIRUT (Agency) –"); 'demonym', a people's adjective ("Syrian
   * rebels", "European leaders").
   */
  role?: 'dateline' | 'demonym';
}

export interface PlaceProps {
  id: string;
  name: string;
  kind: PlaceKind;
  /** `geonames:…`, `ne:…`, `sm:…`; relative areas: `rel:<direction>:<base id>`. */
  gazetteerId: string;
  names: { en: string; ar?: string };
  mentions: PlaceMention[];
  alternatives: Alternative[];
  confidence: number;
  /** For relative areas ("west of Aleppo"): the place it is relative to, and how. */
  relativeTo?: { placeId: string; relation: string };
  /**
   * 'approximate': a place the gazetteer lacks, that the words call a place ("the village of X",
   * "X, a town in Y province"), put where the text anchors it (`anchor`); absent for gazetteer places.
   */
  precision?: 'approximate';
  /**
   * What an approximate place was put by: the place the text relates it to ('in' an area, 'near' or
   * 'of' a town, with the distance and bearing the text gives), or 'report' (the report's other
   * places lie close together and this is among them), the anchor's English name, and how far off
   * it may be.
   */
  anchor?: {
    placeId: string;
    name: string;
    relation: 'in' | 'near' | 'of' | 'report';
    uncertaintyKm: number;
  };
}
export type PlaceFeature = Feature<Geometry, PlaceProps>;

export type IncidentType =
  | 'armed-clash'
  | 'advance'
  | 'airstrike'
  | 'shelling'
  | 'explosion'
  | 'closure'
  | 'withdrawal'
  | 'reinforcement'
  | 'commander-killed'
  | 'civilian-casualties'
  | 'displacement';

export type IncidentStatus = 'reported' | 'contested' | 'denied' | 'confirmed';
/**
 * What a source row says about its incident: 'claim' (a party asserts it), 'denial' (it did not
 * happen), 'counterclaim' (the other side's version: "repelled", "recovered its positions"),
 * 'confirmation' (a third party, or the other side conceding), 'report' (the outlet's own voice).
 */
export type Stance = 'claim' | 'denial' | 'counterclaim' | 'confirmation' | 'report';

/** Syria's sides (the control layer's baseline uses them) and sides named in any war. */
export type KnownSide =
  | 'opposition'
  | 'government'
  | 'russia'
  | 'iran'
  | 'turkey'
  | 'sna'
  | 'sdf'
  | 'hezbollah'
  | 'israel'
  | 'us'
  | 'un'
  | 'civilians'
  | 'unknown';

/**
 * A side in a war. Syria's stay as `KnownSide`; other wars get ids read from their reports:
 * states by country ('israel', 'ukraine', 'sudan'), armed groups by name ('rsf', 'hamas').
 */
export type Side = KnownSide | (string & {});

export interface Actor {
  side: Side;
  /** As the report names it: "Israeli warplanes", "RSF", "rebels". */
  name: string;
  /** Human name of the side, for legends ("Israel", "Rapid Support Forces"). */
  sideName?: string;
  /**
   * A generic word the report resolved to this side ("fighters", "the army", "rebels"): set on a
   * sentence's actors only; an incident names each side once, by a proper name when one is told.
   */
  generic?: boolean;
}

export interface Figure {
  /** What is counted: killed, civilians-killed, displaced, villages, km2, … */
  what: string;
  value: number;
  /** at least, more than, some, about, exactly … */
  qualifier: string;
  article: string;
}

export interface IncidentSource extends Span {
  article: string;
  outlet: string | null;
  /** Who says so: "Syrian Observatory for Human Rights", "SANA", "state television" … */
  attribution: string | null;
  stance: Stance;
  /** The side the speaker belongs to; null for third parties (monitors, the UN, witnesses) and outlets. */
  speakerSide?: Side | null;
  /** The figures this row's sentence states (territorial ones go to `IncidentProps.territory`). */
  figures?: Figure[];
}

export interface IncidentProps {
  id: string;
  type: IncidentType;
  /** The day it happened; with `dateRange`, the last day of the window (by which it had happened). */
  date: string | null;
  /**
   * When only a window is known ("since Wednesday", "this week", a report that gives no day):
   * [earliest, latest], YYYY-MM-DD. The app shows the incident from the earliest day.
   */
  dateRange?: [string, string];
  status: IncidentStatus;
  place: string;
  actors: Actor[];
  figures: Figure[];
  /** Who did it, as the reports name it, with its side. */
  agent?: Actor;
  /**
   * True when the event concerns unnamed parts of its place ("took several neighbourhoods of the
   * city", "key areas of the city"), not the place as a whole.
   */
  part?: boolean;
  sources: IncidentSource[];
  summary: string;
  background: boolean;
  /**
   * Optional, advances only: how far the advance went, from the words that told it —
   * 'captured' (captured, seized, took control, retook), 'entered' (entered, breached, swept
   * into), 'reached' (reached, arrived in), 'encircled' (encircling, besieging), 'approached'
   * (advanced on/towards, closing in). Control zones hand a place over only for captured and
   * entered; reached and encircled make it contested; approached leaves it as it was (the way
   * there is assessed). When sources differ, the furthest one told.
   */
  progress?: 'captured' | 'entered' | 'reached' | 'encircled' | 'approached';
  /**
   * Ground a side is said to have taken, counted as the report counts it ("400 square kilometres
   * in two days", "about 70 locations since Wednesday", "five neighbourhoods"). Set by the
   * incidents stage on the incident of its sentence and kept out of `figures`; the control stage
   * bounds its assessed advances with it and lists it in the summary of its last day.
   */
  territory?: TerritorialFigure[];
}
export type IncidentFeature = Feature<Geometry, IncidentProps>;

/**
 * One reported extent of ground taken (see `IncidentProps.territory`): a Figure whose `what` is
 * 'km2' (square miles converted) or a count of places ('villages', 'locations', 'positions',
 * 'neighbourhoods' …), with who took it, over which days and where.
 */
export interface TerritorialFigure extends Figure {
  /** The side that took it. */
  side: Side;
  /** First day of the period it was taken over (YYYY-MM-DD); null when the report gives none ("now control 70 locations"). */
  from: string | null;
  /** Last day of that period: the day the figure stands for (YYYY-MM-DD). */
  to: string;
  /** Ids in places.geojson of the areas it was taken in ("in Aleppo and Idlib provinces", "of the city"); may be empty. */
  within: string[];
  /** Who says so, when a sentence with no event of its own states it ("Turkish media"). */
  attribution?: string | null;
  /** The sentence (or clause) that states it. */
  start: number;
  end: number;
}

/**
 * How we know who holds a zone: 'held' as on the baseline (no report changed it); 'confirmed'
 * taken, said by two independent sources or conceded by the side that lost it; 'claimed' taken,
 * said by one source; 'assessed' ground between the attacker's previous line and the places
 * named as taken, inferred on the days the reports give and bounded by the reported extents;
 * 'contested' both sides claim it, or it was reached or encircled but not taken.
 */
export type ControlStatus = 'held' | 'confirmed' | 'claimed' | 'assessed' | 'contested';

/** One place whose controller changed, and the incidents that changed it. */
export interface ControlChange {
  /** Control unit id: the gazetteer id of the settlement or neighbourhood (or `ctl:<slug>`). */
  unit: string;
  name: string;
  /** Ids in places.geojson that named it, when a report did. */
  placeIds: string[];
  /** Day the change took effect. */
  date: string;
  from: Side | 'contested';
  to: Side | 'contested';
  status: ControlStatus;
  incidents: string[];
}

/**
 * A territorial figure ("over 50 villages", "400 km² in two days") as the control layer reads
 * it: never geometry of its own, it bounds how far the assessed advance reaches, and the summary
 * of its day sets it beside what the zones show.
 */
export interface ControlClaimFigure {
  incident: string;
  /** The day it stands for (the last of its period). */
  date: string;
  what: string;
  value: number;
  qualifier: string;
  article: string;
  /** 'km2' for an area, 'places' for a count. */
  unit?: 'km2' | 'places';
  /** The side said to have taken it. */
  side?: Side;
  /** First day of its period; null or absent when the report gives none. */
  from?: string | null;
  /**
   * What our zones show for the same side, areas and period: km² gained, or the number of named
   * places (settlements, neighbourhoods) taken.
   */
  mapped?: number;
  /**
   * Counts of settlements: the km² the zones show for it. Our settlements are sparser than the
   * villages a report counts, so a count drives the zones as `km2PerPlace` km² a settlement.
   */
  mappedKm2?: number;
  km2PerPlace?: number;
  /** Who said it, when the report names someone other than itself ("Turkish media"). */
  attribution?: string;
}

/** An axis of advance: the attacker's line before it moved → a place named as taken or reached. */
export interface ControlAxis {
  /** Name of the attacker's place nearest the objective, where the axis starts. */
  from: string;
  /** The objective, and its id in places.geojson when a report named it. */
  to: string;
  placeIds: string[];
  side: Side;
  /** First day of the advance and the day the objective was reported taken or reached. */
  days: [string, string];
  /** Incidents that named the objective. */
  incidents: string[];
}

export interface ControlProps {
  /**
   * Written for one `date` (a reader shows those of the latest date on or before its day):
   * 'zone' — one per controller and status, with its area and what moved it, drawn as its label
   * Point (derived zones) or as polygons (an analyst's, other wars' claims, older outputs);
   * 'frontline' lines (older outputs); one 'summary' Point per day (at the centroid of the places
   * that changed) carrying `changes`, `gainsKm2` and `figures` for that day.
   * In force from `date` until `until` (the unit-interval layers, each written once):
   * 'cell' — a unit's ground in one state (ground in one state all along: merged, with no unit); 'outline' — a zone's edge (lines), with the
   * zone's controller and status; 'front' — the front line between the two controllers `between`.
   */
  layer: 'zone' | 'frontline' | 'summary' | 'cell' | 'outline' | 'front';
  controller: Side | 'contested';
  /** The day it is written for, or (cell, outline, front) the first day it is in force. */
  date: string;
  /** Cell, outline, front: the first day it is no longer in force (absent: still in force). */
  until?: string;
  /** Cell: the unit's id (a gazetteer id, or ctl:ground:… for ground points) and name. */
  unit?: string;
  name?: string;
  status: ControlStatus;
  /** Incident ids that caused this state; empty for the baseline. */
  basis: string[];
  /** Area in km² (zones only). */
  areaKm2?: number;
  /** True unless held or confirmed: the app marks the zone by pattern, not colour alone. */
  hatch?: boolean;
  /** Short text for the map label and legend, e.g. "Contested", "Opposition (claimed)". */
  label?: string;
  /** Summary: the changes that day (older outputs: a zone's places whose controller differs from the baseline). */
  changes?: ControlChange[];
  /** Summary: km² each side holds now that another side held on the baseline date. */
  gainsKm2?: Partial<Record<Side, number>>;
  /** Summary: km² contested that day. */
  contestedKm2?: number;
  /**
   * Summary: territorial figures reported up to that day, each with what the zones show for it;
   * assessed zones: the figures that bounded how far they reach.
   */
  figures?: ControlClaimFigure[];
  /** Assessed zones: the axes of advance that put ground in them. */
  axes?: ControlAxis[];
  /** Front lines: the two controllers it separates. */
  between?: [Side | 'contested', Side | 'contested'];
  /**
   * 'derived' (from the baseline and incidents), 'imported' (an analyst's polygons that win on
   * their dates) or 'reference' (another map shown beside ours as outlines, for comparison).
   */
  source?: 'derived' | 'imported' | 'reference';
}
export type ControlFeature = Feature<Polygon | MultiPolygon | LineString | Geometry, ControlProps>;

/**
 * A place a report was filed from, read from its dateline ("BEIRUT (Agency) –"): the reporter's
 * location, kept apart from the places where things happened.
 */
export interface ReportedFrom {
  start: number;
  end: number;
  /** The words of the dateline that name the place. */
  text: string;
  gazetteerId: string;
  name: string;
  lon: number;
  lat: number;
}

/**
 * Words the report uses as a place ("near Kafr Naha", "the village of X", listed with places)
 * that were left off the map: no gazetteer entry, or readings too far apart or too far from the
 * report's other places to choose. Shown to the user so that nothing is silently dropped.
 */
export interface UnplacedName {
  start: number;
  end: number;
  text: string;
  reason: 'unknown' | 'ambiguous' | 'far';
  /** The readings that were considered and rejected, best first (none when unknown). */
  candidates?: { gazetteerId: string; name: string }[];
}

export interface ManifestArticle {
  id: string;
  /**
   * 128-bit hex hash of the report's text, normalised (src/pipeline/reportHash.ts): the same
   * words give the same hash, so a report added twice is recognised. A fact, not the text.
   */
  hash?: string;
  file?: string;
  outlet: string | null;
  dateline: string | null;
  url: string | null;
  length: number;
  excluded: ExcludedSpan[];
  /** Where the report was filed from, when its dateline names a known place. */
  reportedFrom?: ReportedFrom[];
  /** Names read as places that could not be placed (see `UnplacedName`). */
  unplaced?: UnplacedName[];
}

export interface Manifest {
  generated: string;
  articles: ManifestArticle[];
  gazetteer: { source: string; version: string; entries: number };
  counts: { articles: number; places: number; mentions: number; incidents: number; controlFeatures: number };
  /** Days covered by the data, YYYY-MM-DD ascending (for the app's date control). */
  days: string[];
  /** Per-file problems met while reading input (bad encoding, empty file …). */
  warnings: { file: string; message: string }[];
  /**
   * Set by `npm run publish` when the incidents are published as vector tiles (an archive too
   * large for one GeoJSON file): the app then reads these instead of incidents.geojson.
   */
  published?: PublishedLayers;
  /**
   * The data files written with this manifest, by name, each with a digest of its content
   * (src/pipeline/outputSet.ts): the app checks it loads one whole set, not files of two runs.
   */
  files?: Record<string, string>;
}

/** The layers of a published site (`npm run publish`), paths relative to the data folder. */
export interface PublishedLayers {
  incidents: {
    /**
     * The incident vector tiles: one PMTiles archive (`incidents.pmtiles`, read through the
     * pmtiles protocol) or a z/x/y URL template (`tiles/incidents/{z}/{x}/{y}.pbf`).
     */
    tiles: string;
    minzoom: number;
    maxzoom: number;
    /** [west, south, east, north] of the incidents, or null when there are none. */
    bounds: [number, number, number, number] | null;
    /** Incidents in the tiles (history left out). */
    count: number;
    /**
     * Incidents on the map as of each day (index in `days`), per type in `types`: `shown[day][type]`,
     * and the contested ones among them; for counts and legends without loading the incidents.
     */
    types: string[];
    shown: number[][];
    contested: number[][];
  };
  /** Full incident records, the articles their sources cite and place mentions, by shard. */
  details: { path: string; shards: number };
  /**
   * Every incident (history too) as a light row (GeoJSON; src/app/model/incidentRow.ts): what
   * lists, stacks, counts and search read; the map draws the tiles and panels read the shards.
   */
  rows: string;
  /**
   * The manifest's articles, in a file of their own (a year of reports is megabytes of them),
   * fetched with the rows after the map's first idle; the manifest's own list is then empty.
   * Absent on sites published before: their manifest holds the articles.
   */
  articles?: string;
}

export interface PipelineOutput {
  manifest: Manifest;
  places: FeatureCollection<Geometry, PlaceProps>;
  incidents: FeatureCollection<Geometry, IncidentProps>;
  control: FeatureCollection<Geometry, ControlProps>;
  /**
   * What each report said on its own (text-free), when the run kept it: written as
   * readings.json so reports added later merge with these by the ingest's own rules
   * (src/pipeline/mergeOutput.ts).
   */
  readings?: ReportReading[];
}
