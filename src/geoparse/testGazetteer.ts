// A small gazetteer for unit tests: places of the same war the sample reports do not name,
// plus far-away namesakes to test disambiguation. Coordinates rounded from GeoNames.
import type { ArticleInput, GazetteerEntry, PlaceFeature, PlaceKind } from '../types/model.ts';
import { bboxPolygon } from '@turf/turf';
import { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { gazetteerEntry } from '../gazetteer/gazetteerEntry.ts';
import { geoparseReport, type ReportPlaces } from './geoparse.ts';
import { segment } from './text/segment.ts';

/**
 * One gazetteer entry for tests, written in a row (the table below): gazetteerEntry with the
 * fields every row gives in order, and its defaults for the rest.
 */
export function testEntry(
  id: string,
  name: string,
  kind: PlaceKind,
  lat: number,
  lon: number,
  population: number,
  country: string,
  more: Partial<GazetteerEntry> = {},
): GazetteerEntry {
  return gazetteerEntry({ id, name, kind, lat, lon, population, country, ...more });
}
const e = testEntry;

const box = (w: number, s: number, e: number, n: number) => bboxPolygon([w, s, e, n]).geometry;

/** Entries of the test gazetteer (a fresh copy each call). */
export function testEntries(): GazetteerEntry[] {
  return [
    e('ne:SYR', 'Syria', 'country', 35, 38.5, 18_000_000, 'SY', { featureCode: 'PCLI', aliases: ['Syrian Arab Republic', 'سوريا'], geometry: box(35.7, 32.3, 42.4, 37.3) }),
    e('ne:TUR', 'Turkey', 'country', 39, 35, 85_000_000, 'TR', { featureCode: 'PCLI', aliases: ['Türkiye'], geometry: box(26, 36, 45, 42) }),
    e('ne:LBN', 'Lebanon', 'country', 33.9, 35.9, 5_000_000, 'LB', { featureCode: 'PCLI', geometry: box(35.1, 33.05, 36.6, 34.7) }),
    e('ne:GBR', 'United Kingdom', 'country', 52.5, -1.5, 67_000_000, 'GB', { featureCode: 'PCLI', aliases: ['UK', 'Britain'] }),
    e('geonames:170063', 'Aleppo', 'settlement', 36.20124, 37.16117, 1_602_264, 'SY', { featureCode: 'PPLA', admin1: 'SY.09', aliases: ['Halab', 'حلب'] }),
    e('geonames:170017', 'Ḩamāh', 'settlement', 35.13179, 36.75783, 460_602, 'SY', { featureCode: 'PPLA', admin1: 'SY.10', aliases: ['Hama', 'Hamah'] }),
    e('geonames:169577', 'Homs', 'settlement', 34.72682, 36.72339, 775_404, 'SY', { featureCode: 'PPLA', admin1: 'SY.11', aliases: ['Hims', 'Emesa'] }),
    e('geonames:169389', 'Idlib', 'settlement', 35.93062, 36.63393, 128_840, 'SY', { featureCode: 'PPLA', admin1: 'SY.12', aliases: ['Idleb'] }),
    e('geonames:173334', 'Ma‘arrat an Nu‘mān', 'settlement', 35.64396, 36.6704, 58_008, 'SY', { admin1: 'SY.12', aliases: ['Maarat al-Numan', 'Maarrat an Numan'] }),
    e('geonames:169304', 'Khān Shaykhūn', 'settlement', 35.44208, 36.65095, 34_371, 'SY', { admin1: 'SY.12', aliases: ['Khan Shaykhun', 'Khan Sheikhoun'] }),
    e('geonames:163806', 'Tall Rif‘at', 'settlement', 36.4733, 37.0972, 20_514, 'SY', { admin1: 'SY.09', aliases: ['Tal Rifaat', 'Tell Rifaat'] }),
    e('geonames:166578', 'Nubl', 'settlement', 36.3736, 36.9942, 19_000, 'SY', { admin1: 'SY.09', aliases: ['Nubbul'] }),
    e('geonames:164816', 'Sarāqib', 'settlement', 35.86447, 36.80591, 34_231, 'SY', { admin1: 'SY.12', aliases: ['Saraqib'] }),
    e('geonames:170654', 'Damascus', 'settlement', 33.5102, 36.29128, 1_569_394, 'SY', { featureCode: 'PPLC', admin1: 'SY.13' }),
    e('geonames:524901', 'Moscow', 'settlement', 55.75222, 37.61556, 10_381_222, 'RU', { featureCode: 'PPLC', aliases: ['Moskva'] }),
    e('geonames:9999002', 'Moskva', 'settlement', 43.0, -100.0, 900, 'US'),
    e('geonames:4140963', 'Washington', 'settlement', 38.89511, -77.03637, 689_545, 'US', { featureCode: 'PPLC' }),
    e('geonames:2911230', 'Hammah', 'settlement', 53.7, 9.4, 2_859, 'DE', { aliases: ['Hama'] }),
    e('geonames:212730', 'Homs Village', 'settlement', 32.6, 14.3, 800, 'LY', { aliases: ['Homs'] }),
    e('geonames:9999001', 'Assad', 'settlement', 32.9, 13.2, 900, 'LY'),
    e('sm:nbhd:aleppo-sheikh-maqsoud', 'Sheikh Maqsoud', 'neighbourhood', 36.2283, 37.1531, 0, 'SY', { featureCode: 'NBHD', parent: 'geonames:170063', aliases: ['Shaykh Maqsud'] }),
    e('sm:nbhd:aleppo-hamdaniyeh', 'Hamdaniyeh', 'neighbourhood', 36.18053, 37.11281, 0, 'SY', { featureCode: 'NBHD', parent: 'geonames:170063' }),
    e('sm:landmark:kuweires', 'Kuweires Airbase', 'landmark', 36.1869, 37.5833, 0, 'SY', { featureCode: 'AIRB', parent: 'geonames:170063', aliases: ['Kuweires', 'Kweires military airport'] }),
    e('sm:landmark:nayrab', 'Nayrab Air Base', 'landmark', 36.185, 37.21, 0, 'SY', { featureCode: 'AIRB', parent: 'geonames:170063', aliases: ['Nairab airport', 'Nayrab airbase'] }),
    e('sm:landmark:aleppo-airport', 'Aleppo International Airport', 'landmark', 36.18126, 37.22687, 0, 'SY', { featureCode: 'AIRP', parent: 'geonames:170063' }),
    e('sm:landmark:aleppo-university', 'University of Aleppo', 'landmark', 36.21016, 37.11929, 0, 'SY', { featureCode: 'UNIV', parent: 'geonames:170063', aliases: ['Aleppo University'] }),
    e('sm:road:M5', 'M5 highway', 'road', 35.5, 36.7, 0, 'SY', { featureCode: 'ROAD', aliases: ['M5', 'M-5'], geometry: { type: 'LineString', coordinates: [[37.16117, 36.20124], [36.80591, 35.86447], [36.65095, 35.44208], [36.75783, 35.13179], [36.72339, 34.72682], [36.29128, 33.5102]] } }),
    e('sm:adm1:SY12', 'Idlib Governorate', 'admin1', 35.8, 36.6, 1_500_000, 'SY', { featureCode: 'ADM1', admin1: 'SY.12', geometry: box(36.1, 35.4, 37.0, 36.3) }),
    e('sm:adm1:SY10', 'Hama Governorate', 'admin1', 35.2, 36.9, 1_600_000, 'SY', { featureCode: 'ADM1', admin1: 'SY.10', geometry: box(36.2, 34.8, 37.9, 35.4) }),
    e('geonames:163270', 'Ţayyibat al Imām', 'settlement', 35.26592, 36.71219, 14_000, 'SY', { admin1: 'SY.10', aliases: ['Taybat al Imam'] }),
    e('geonames:5368361', 'Los Angeles', 'settlement', 34.05223, -118.24368, 3_971_883, 'US', { featureCode: 'PPLA2', admin1: 'US.CA' }),
    e('geonames:4379545', 'California', 'settlement', 38.62753, -92.56658, 4_400, 'US', { admin1: 'US.MO' }),
    e('us:state:CA', 'California', 'admin1', 37.25, -119.75, 39_000_000, 'US', { featureCode: 'ADM1', admin1: 'US.CA', aliases: ['Calif'] }),
    e('us:state:MO', 'Missouri', 'admin1', 38.25, -92.5, 6_200_000, 'US', { featureCode: 'ADM1', admin1: 'US.MO' }),
    e('sm:adm1:CA-BC', 'British Columbia', 'admin1', 54, -125, 5_300_000, 'CA', { featureCode: 'ADM1', admin1: 'CA.02', aliases: ['B.C.'] }),
    e('geonames:4744983', 'Atlantic', 'settlement', 41.40360, -95.01388, 6_800, 'US', { admin1: 'US.IA' }),
    e('sm:water:atlantic-ocean', 'Atlantic Ocean', 'region', 15, -35, 1_000_000_000, '', { featureCode: 'SEA', aliases: ['Atlantic'], geometry: box(-60, -40, -15, 50) }),
    e('geonames:5322053', 'Yuma', 'settlement', 32.72532, -114.6244, 94_000, 'US', { featureCode: 'PPLA2', admin1: 'US.AZ', aliases: ['Arizona'] }),
    e('us:state:AZ', 'Arizona', 'admin1', 34.3, -111.7, 7_000_000, 'US', { featureCode: 'ADM1', admin1: 'US.AZ' }),
    e('ne:LBY', 'Libya', 'country', 27, 17, 6_900_000, 'LY', { featureCode: 'PCLI', geometry: box(9.3, 19.5, 25.2, 33.2) }),
    e('geonames:2210247', 'Tripoli', 'settlement', 32.88743, 13.18733, 1_150_989, 'LY', { featureCode: 'PPLC' }),
    e('geonames:266826', 'Tripoli', 'settlement', 34.43667, 35.84972, 229_398, 'LB', { featureCode: 'PPLA' }),
    // Invented villages one edit from "Kafr Tala", near Aleppo and near Homs.
    e('test:kafr-tila', 'Kafr Tila', 'settlement', 36.25, 37.1, 2_000, 'SY', { admin1: 'SY.09' }),
    e('test:kafr-tula', 'Kafr Tula', 'settlement', 34.78, 36.7, 2_000, 'SY', { admin1: 'SY.11' }),
    // Namesakes in two countries: south Lebanon's towns and Sidon (Saida) beside Algeria's Saïda;
    // a village name of eastern Ukraine that Russia has too.
    e('geonames:276592', 'Bent Jbaïl', 'settlement', 33.12, 35.43, 20_000, 'LB', { aliases: ['Bint Jbeil'] }),
    e('geonames:271226', 'Marjayoûn', 'settlement', 33.36, 35.59, 5_000, 'LB', { aliases: ['Marjayoun'] }),
    e('geonames:268064', 'Sidon', 'settlement', 33.56, 35.37, 163_554, 'LB', { featureCode: 'PPLA', aliases: ['Saida', 'Sayda'] }),
    e('geonames:2482572', 'Saïda', 'settlement', 34.83, 0.15, 127_497, 'DZ', { featureCode: 'PPLA' }),
    e('ne:UKR', 'Ukraine', 'country', 49, 31, 41_000_000, 'UA', { featureCode: 'PCLI', geometry: box(22, 44.4, 40.2, 52.4) }),
    e('ne:RUS', 'Russia', 'country', 60, 90, 144_000_000, 'RU', { featureCode: 'PCLI' }),
    e('ne:ISR', 'Israel', 'country', 31.5, 34.9, 9_000_000, 'IL', { featureCode: 'PCLI' }),
    e('geonames:695357', 'Kurakhove', 'settlement', 47.98, 37.28, 18_506, 'UA'),
    e('geonames:690801', 'Selydove', 'settlement', 48.15, 37.3, 21_916, 'UA'),
    e('test:novoselivka-ua', 'Novoselivka', 'settlement', 48.1, 37.1, 600, 'UA'),
    e('test:novoselivka-ru', 'Novoselivka', 'settlement', 51.2, 39.0, 900, 'RU'),
    // A port city and the US towns named after it; a town that bears a country's name.
    e('geonames:698740', 'Odesa', 'settlement', 46.48, 30.73, 1_015_826, 'UA', { featureCode: 'PPLA', aliases: ['Odessa'] }),
    e('geonames:5527554', 'Odessa', 'settlement', 31.85, -102.37, 118_918, 'US', { admin1: 'US.TX' }),
    e('us:state:TX', 'Texas', 'admin1', 31.4, -99.3, 29_000_000, 'US', { featureCode: 'ADM1', admin1: 'US.TX' }),
    e('ne:CRI', 'Costa Rica', 'country', 10, -84, 5_000_000, 'CR', { featureCode: 'PCLI' }),
    e('ne:MEX', 'Mexico', 'country', 23, -102, 126_000_000, 'MX', { featureCode: 'PCLI' }),
    e('geonames:4012176', 'Culiacán', 'settlement', 24.8, -107.39, 675_773, 'MX', { featureCode: 'PPLA', aliases: ['Culiacan'] }),
    e('geonames:4012693', 'Villa de Costa Rica', 'settlement', 24.59, -107.39, 25_000, 'MX', { aliases: ['Costa Rica'] }),
    // A camp town of Gaza and a city of Iraq whose name a neighbourhood of the camp shares.
    e('geonames:281577', 'Jabālyā', 'settlement', 31.53, 34.48, 82_877, 'PS', { aliases: ['Jabalia'] }),
    e('geonames:99454', 'Al Fallūjah', 'settlement', 33.35, 43.78, 190_159, 'IQ', { aliases: ['Falluja', 'Faluja'] }),
    // Towns of Iraq, and a city of China whose name folds like one of them.
    e('geonames:90150', 'Tikrīt', 'settlement', 34.62, 43.68, 42_477, 'IQ', { featureCode: 'PPLA' }),
    e('geonames:97783', 'Bayjī', 'settlement', 34.93, 43.49, 36_454, 'IQ', { aliases: ['Baiji'] }),
    e('geonames:1816373', 'Bijie', 'settlement', 27.3, 105.29, 1_137_383, 'CN', { featureCode: 'PPLA2' }),
    // A town written with a hyphen, and a town named in a compound division name.
    e('ne:NGA', 'Nigeria', 'country', 9.6, 8.1, 200_000_000, 'NG', { featureCode: 'PCLI' }),
    e('geonames:2347033', 'Mallam Fatori', 'settlement', 13.67, 13.34, 1_000, 'NG'),
    e('geonames:279997', 'El Hermel', 'settlement', 34.39, 36.38, 25_000, 'LB', { admin1: 'LB.11', aliases: ['Hermel'] }),
    e('sm:adm1:LB-BH', 'Baalbek-Hermel Governorate', 'admin1', 34.19, 36.36, 400_000, 'LB', { featureCode: 'ADM1', admin1: 'LB.11' }),
    // Invented places named like a month, a movement and an outlet (for non-place tests).
    e('test:sept', 'Sept', 'settlement', 35.7, 36.9, 3_000, 'SY', { admin1: 'SY.12' }),
    e('test:wagner', 'Wagner', 'settlement', 50.1, 8.6, 6_000, 'DE'),
    e('test:mayadin', 'Al Mayadin', 'settlement', 35.02, 40.45, 44_000, 'SY', { admin1: 'SY.08', aliases: ['Al Mayadeen', 'Mayadin'] }),
    e('sm:adm1:SY01', 'Damascus Governorate', 'admin1', 33.5, 36.3, 2_700_000, 'SY', { featureCode: 'ADM1', admin1: 'SY.13', geometry: box(36.2, 33.4, 36.4, 33.6) }),
    e('sm:adm1:SY09', 'Aleppo Governorate', 'admin1', 36.3, 37.5, 4_800_000, 'SY', { featureCode: 'ADM1', admin1: 'SY.09', geometry: box(36.5, 35.6, 38.6, 36.8) }),
    // A city named like its river; a town written in one word that reports write in two; a
    // Sudanese state written with j that reports write with g.
    e('geonames:709930', 'Dnipro', 'settlement', 48.45, 34.98, 968_502, 'UA', { featureCode: 'PPLA' }),
    e('geonames:706448', 'Kherson', 'settlement', 46.64, 32.61, 279_131, 'UA', { featureCode: 'PPLA' }),
    e('ne:SOM', 'Somalia', 'country', 6, 46, 17_000_000, 'SO', { featureCode: 'PCLI' }),
    e('geonames:64460', 'Beledweyne', 'settlement', 4.74, 45.2, 55_410, 'SO'),
    e('ne:SDN', 'Sudan', 'country', 15, 30, 46_000_000, 'SD', { featureCode: 'PCLI' }),
    e('geonames:379555', 'El Fasher', 'settlement', 13.63, 25.35, 264_734, 'SD', { admin1: 'SD.49' }),
    e('sm:adm1:SD-GZ', 'Al Jazirah', 'admin1', 14.3, 33.2, 5_000_000, 'SD', { featureCode: 'ADM1', admin1: 'SD.38', aliases: ['Jazira'], geometry: box(32.5, 13.6, 34.2, 15.4) }),
    // A town the gazetteer writes by the head of its name, a capital its tail shares; a town
    // written in one word that reports hyphenate; a union that goes by its letters.
    e('ne:MOZ', 'Mozambique', 'country', -18, 35, 33_000_000, 'MZ', { featureCode: 'PCLI' }),
    e('geonames:1037370', 'Mocímboa', 'settlement', -11.32, 40.35, 27_909, 'MZ', { aliases: ['Mocimboa'] }),
    e('geonames:3374333', 'Praia', 'settlement', 14.93, -23.51, 113_364, 'CV', { featureCode: 'PPLC' }),
    e('geonames:3719028', 'Pétionville', 'settlement', 18.51, -72.29, 283_052, 'HT', { aliases: ['Petionville'] }),
    // A town whose name a particle glues by hyphens, and a namesake of its head abroad (invented).
    e('test:anse-des-pins', 'Anse-des-Pins', 'settlement', 18.62, -72.2, 60_000, 'HT'),
    e('test:anse', 'Anse', 'settlement', 45.93, 4.72, 7_000, 'FR'),
    e('geonames:1028918', 'Pemba', 'settlement', -12.97, 40.52, 201_846, 'MZ', { featureCode: 'PPLA' }),
    e('geonames:2512989', 'Palma', 'settlement', 39.57, 2.65, 409_661, 'ES', { featureCode: 'PPLA', aliases: ['Palma de Mallorca'] }),
    e('geonames:8949802', 'Palma', 'settlement', 37.95, 12.51, 725, 'IT'),
    e('geonames:2214846', 'Mişrātah', 'settlement', 32.38, 15.09, 386_120, 'LY', { featureCode: 'PPLA', aliases: ['Misrata'] }),
    // A capital whose country shares its name with a state of Nigeria; a town named like the
    // head of a province's name.
    e('ne:NER', 'Niger', 'country', 17, 9, 25_000_000, 'NE', { featureCode: 'PCLI' }),
    e('geonames:2440485', 'Niamey', 'settlement', 13.51, 2.11, 774_235, 'NE', { featureCode: 'PPLC', admin1: 'NE.08' }),
    e('sm:adm1:NG-NI', 'Niger State', 'admin1', 9.93, 5.6, 5_500_000, 'NG', { featureCode: 'ADM1', admin1: 'NG.31', aliases: ['Niger'] }),
    e('geonames:1707675', 'Lanao', 'settlement', 7.9, 124.1, 3_000, 'PH'),
    e('sm:region:european-union', 'European Union', 'region', 50, 10, 450_000_000, '', { featureCode: 'RGN', aliases: ['EU'] }),
  ]; // prettier-ignore
}

/** The test gazetteer. */
export function testGazetteer(): Gazetteer {
  return new Gazetteer({ version: 'test', sources: [], entries: testEntries() });
}

/**
 * A second small gazetteer, of places far from Syria, for the rules that hold abroad: Ukraine's
 * Kharkiv front with a namesake near Kyiv, Congo's Ituri with big cities abroad that GeoNames
 * lists under ordinary words ("Gold" for Gold Coast, "Mambasa" for Mombasa), and Indian Kashmir,
 * whose districts the gazetteer lacks. Coordinates rounded from GeoNames.
 */
export function abroadGazetteer(): Gazetteer {
  const c = (id: string, name: string, lat: number, lon: number, cc: string) =>
    e(id, name, 'country', lat, lon, 10_000_000, cc, {
      featureCode: 'PCLI',
      geometry: box(lon - 4, lat - 4, lon + 4, lat + 4),
    });
  const entries = [
    c('ne:UKR', 'Ukraine', 49, 32, 'UA'),
    c('ne:COD', 'Democratic Republic of the Congo', -2, 23, 'CD'),
    c('ne:KEN', 'Kenya', 0.5, 38, 'KE'),
    c('ne:AUS', 'Australia', -25, 134, 'AU'),
    c('ne:IND', 'India', 22, 79, 'IN'),
    e('geonames:703448', 'Kyiv', 'settlement', 50.45, 30.52, 2_900_000, 'UA', { featureCode: 'PPLC', aliases: ['Kiev'] }),
    e('geonames:706483', 'Kharkiv', 'settlement', 49.98, 36.25, 1_430_000, 'UA', { featureCode: 'PPLA' }),
    e('geonames:703656', 'Kupiansk', 'settlement', 49.71, 37.62, 27_169, 'UA'),
    e('geonames:705135', 'Kivsharivka', 'settlement', 49.63, 37.68, 19_738, 'UA'),
    e('geonames:711894', 'Balakliia', 'settlement', 49.46, 36.84, 26_921, 'UA'),
    e('geonames:711660', 'Borova', 'settlement', 49.38, 37.64, 5_174, 'UA'),
    e('geonames:711661', 'Borova', 'settlement', 50.18, 30.1, 7_241, 'UA'),
    e('test:izmail', 'Izmail', 'settlement', 45.35, 28.84, 71_000, 'UA'),
    e('test:prylisne', 'Prylisne', 'settlement', 45.6, 29.2, 1_200, 'UA'),
    e('geonames:217570', 'Bunia', 'settlement', 1.56, 30.25, 96_764, 'CD', { featureCode: 'PPLA' }),
    e('geonames:212730', 'Kisangani', 'settlement', 0.52, 25.19, 539_158, 'CD', { featureCode: 'PPLA' }),
    e('geonames:216281', 'Goma', 'settlement', -1.68, 29.23, 670_000, 'CD', { featureCode: 'PPLA' }),
    e('geonames:186301', 'Mombasa', 'settlement', -4.05, 39.66, 1_208_333, 'KE', { featureCode: 'PPLA', aliases: ['Mambasa', 'Mombassa'] }),
    e('geonames:2165087', 'Gold Coast', 'settlement', -28, 153.43, 640_778, 'AU', { aliases: ['Gold', 'City of Gold Coast'] }),
    e('geonames:1255634', 'Srinagar', 'settlement', 34.09, 74.81, 1_200_000, 'IN', { featureCode: 'PPLA' }),
    e('geonames:1259064', 'Poonch', 'settlement', 33.77, 74.09, 40_987, 'IN', { featureCode: 'PPLA2' }),
    e('geonames:1258847', 'Rajouri', 'settlement', 33.38, 74.31, 40_000, 'IN', { featureCode: 'PPLA2' }),
    e('geonames:1269750', 'Jammu', 'settlement', 32.74, 74.86, 576_000, 'IN', { featureCode: 'PPLA' }),
  ]; // prettier-ignore
  return new Gazetteer({ version: 'test-abroad', sources: [], entries });
}

/** The geoparser's reading of one report of `text` (our own sentences) with `gaz`. */
export function parseText(text: string, gaz: Gazetteer, article: Partial<ArticleInput> = {}): ReportPlaces {
  return geoparseReport(segment({ id: 'a', text, ...article }), gaz);
}

/** Each mention of a reading as 'text → place id', in text order. */
export function mentionPairs(out: Pick<ReportPlaces, 'mentions'>): string[] {
  return out.mentions.map((m) => `${m.text} → ${m.placeId}`);
}

/** The place of a reading whose name is `name`, if any. */
export function placeNamed(out: Pick<ReportPlaces, 'places'>, name: string): PlaceFeature | undefined {
  return out.places.find((p) => p.properties.name === name);
}
