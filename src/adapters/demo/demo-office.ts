// Over 350 lines on purpose: it is data, the demo office's concerns and locations in one place.
/**
 * The demo office "Stadt Musterstadt": an immigration office and two citizen offices, in German and English.
 * Terse on purpose: this is the demo's chunk, downloaded by every page that shows the demo. Texts are
 * `[German, English]` pairs.
 */
import type { Catalog, Concern, Location } from '../../domain/types.js';

type Text = readonly [de: string, en: string];

/** The office's time zone; every location is in Musterstadt. */
export const demoTimeZone = 'Europe/Berlin';

const categories: Text[] = [
  ['Aufenthalt', 'Residence'],
  ['Einbürgerung', 'Naturalisation'],
  ['Ausweise & Pässe', 'ID cards & passports'],
  ['Meldewesen', 'Registration'],
  ['Fahrzeuge & Führerschein', 'Vehicles & driving licence'],
];

// [id, name, description, category index, minutes, maxCount, combinableWith ('' = alone only; absent = any)]
type ConcernRow = [string, Text, Text, number, number, number, string?];

const concernRows: ConcernRow[] = [
  [
    'residence-permit-extension',
    ['Aufenthaltserlaubnis verlängern', 'Extend a residence permit'],
    ['Bitte Pass und Foto mitbringen.', 'Please bring your passport and a photo.'],
    0,
    20,
    5,
    'fictitious-certificate passport-transfer',
  ],
  [
    'residence-permit-first',
    ['Aufenthaltserlaubnis beantragen (Erstantrag)', 'Apply for a first residence permit'],
    ['Ihr erster Aufenthaltstitel in Musterstadt.', 'Your first residence permit in Musterstadt.'],
    0,
    30,
    5,
    'fictitious-certificate',
  ],
  [
    'settlement-permit',
    ['Niederlassungserlaubnis', 'Settlement permit'],
    ['Unbefristeter Aufenthalt.', 'Permanent residence.'],
    0,
    30,
    3,
  ],
  [
    'eu-blue-card',
    ['Blaue Karte EU', 'EU Blue Card'],
    ['Bitte Arbeitsvertrag mitbringen.', 'Please bring your employment contract.'],
    0,
    30,
    1,
    '',
  ],
  [
    'fictitious-certificate',
    ['Fiktionsbescheinigung', 'Provisional residence document'],
    ['Solange Ihr Antrag läuft.', 'While your application is pending.'],
    0,
    10,
    5,
    'residence-permit-extension residence-permit-first',
  ],
  [
    'passport-transfer',
    ['Aufenthaltstitel in neuen Pass übertragen', 'Transfer a residence permit to a new passport'],
    ['Bitte beide Pässe mitbringen.', 'Please bring both passports.'],
    0,
    10,
    5,
  ],
  [
    'naturalisation-advice',
    ['Beratung zur Einbürgerung', 'Advice on naturalisation'],
    ['Persönliche Beratung.', 'Personal advice.'],
    1,
    30,
    2,
    '',
  ],
  [
    'naturalisation-certificate',
    ['Einbürgerungsurkunde abholen', 'Collect a naturalisation certificate'],
    ['Nur nach Einladung.', 'Only after an invitation.'],
    1,
    15,
    5,
    '',
  ],
  [
    'id-card',
    ['Personalausweis beantragen', 'Apply for an ID card'],
    ['Bitte Foto mitbringen.', 'Please bring a photo.'],
    2,
    15,
    5,
  ],
  [
    'passport',
    ['Reisepass beantragen', 'Apply for a passport'],
    ['Bitte Pass und Foto mitbringen.', 'Please bring your passport and a photo.'],
    2,
    15,
    5,
  ],
  [
    'document-pickup',
    ['Ausweis oder Pass abholen', 'Collect an ID card or passport'],
    ['Bitte Abholschein mitbringen.', 'Please bring your collection slip.'],
    2,
    5,
    5,
  ],
  [
    'registration',
    ['Wohnsitz anmelden', 'Register your address'],
    ['Bitte Wohnungsgeberbestätigung mitbringen.', "Please bring your landlord's confirmation."],
    3,
    15,
    5,
  ],
  [
    'certificate-of-residence',
    ['Meldebescheinigung', 'Certificate of registration'],
    ['Sofort zum Mitnehmen.', 'Issued straight away.'],
    3,
    5,
    3,
  ],
  [
    'driving-licence-exchange',
    ['Führerschein umtauschen', 'Exchange a driving licence'],
    ['Bitte Führerschein und Foto mitbringen.', 'Please bring your licence and a photo.'],
    4,
    15,
    1,
  ],
  [
    'vehicle-registration',
    ['Fahrzeug zulassen', 'Register a vehicle'],
    ['Bitte Versicherungsnachweis mitbringen.', 'Please bring proof of insurance.'],
    4,
    20,
    1,
    '',
  ],
];

/**
 * What citizens also search for (synonyms, the concern in the languages the office's visitors read; one list
 * for every catalog language), and what to bring, by concern id.
 */
const extras: Record<string, { keywords: string[]; bring: Text[] }> = {
  'residence-permit-extension': {
    keywords: [
      'Aufenthaltstitel',
      'Verlängerung',
      'residence permit',
      'oturma izni',
      'تصريح إقامة',
      'посвідка на проживання',
      'вид на жительство',
      'karta pobytu',
      'titre de séjour',
    ],
    bring: [
      ['Reisepass', 'Passport'],
      ['Biometrisches Passfoto', 'Biometric photo'],
      ['Aktuelle Aufenthaltserlaubnis', 'Current residence permit'],
    ],
  },
  'residence-permit-first': {
    keywords: [
      'Erstantrag',
      'Visum',
      'first residence permit',
      'visa',
      'oturma izni',
      'تصريح إقامة',
      'посвідка на проживання',
      'вид на жительство',
      'karta pobytu',
      'titre de séjour',
    ],
    bring: [
      ['Reisepass', 'Passport'],
      ['Biometrisches Passfoto', 'Biometric photo'],
      ['Mietvertrag', 'Tenancy agreement'],
    ],
  },
  'settlement-permit': {
    keywords: [
      'unbefristet',
      'Daueraufenthalt',
      'permanent residence',
      'süresiz oturma',
      'إقامة دائمة',
      'постійне проживання',
      'pobyt stały',
    ],
    bring: [
      ['Reisepass', 'Passport'],
      ['Biometrisches Passfoto', 'Biometric photo'],
      ['Nachweis der Rentenversicherung', 'Proof of pension contributions'],
    ],
  },
  'eu-blue-card': {
    keywords: [
      'Blue Card',
      'Fachkraft',
      'skilled worker',
      'Mavi Kart',
      'البطاقة الزرقاء',
      'блакитна карта',
      'голубая карта',
      'Niebieska Karta',
    ],
    bring: [
      ['Reisepass', 'Passport'],
      ['Arbeitsvertrag', 'Employment contract'],
      ['Abschlusszeugnis', 'Degree certificate'],
    ],
  },
  'fictitious-certificate': {
    keywords: [
      'Fiktion',
      'Bescheinigung',
      'provisional permit',
      'geçici belge',
      'شهادة مؤقتة',
      'фіктивна довідка',
      'фикционная справка',
    ],
    bring: [
      ['Reisepass', 'Passport'],
      ['Eingangsbestätigung Ihres Antrags', 'Acknowledgement of your application'],
    ],
  },
  'passport-transfer': {
    keywords: [
      'Übertrag',
      'neuer Pass',
      'new passport',
      'yeni pasaport',
      'جواز سفر جديد',
      'новий паспорт',
      'новый паспорт',
      'nowy paszport',
    ],
    bring: [
      ['Alter Reisepass', 'Old passport'],
      ['Neuer Reisepass', 'New passport'],
    ],
  },
  'naturalisation-advice': {
    keywords: [
      'Staatsangehörigkeit',
      'citizenship',
      'vatandaşlık',
      'التجنس',
      'громадянство',
      'гражданство',
      'obywatelstwo',
      'naturalisation',
    ],
    bring: [
      ['Reisepass', 'Passport'],
      ['Aufenthaltstitel', 'Residence permit'],
    ],
  },
  'naturalisation-certificate': {
    keywords: ['Urkunde', 'Staatsangehörigkeit', 'citizenship', 'vatandaşlık', 'التجنس', 'громадянство', 'гражданство'],
    bring: [
      ['Einladungsschreiben', 'Letter of invitation'],
      ['Reisepass', 'Passport'],
    ],
  },
  'id-card': {
    keywords: [
      'Ausweis',
      'Perso',
      'identity card',
      'kimlik kartı',
      'بطاقة الهوية',
      'посвідчення особи',
      'удостоверение личности',
      'dowód osobisty',
    ],
    bring: [
      ['Biometrisches Passfoto', 'Biometric photo'],
      ['Alter Ausweis', 'Old ID card'],
    ],
  },
  passport: {
    keywords: ['Pass', 'passport', 'pasaport', 'جواز سفر', 'паспорт', 'paszport', 'passeport'],
    bring: [
      ['Biometrisches Passfoto', 'Biometric photo'],
      ['Alter Reisepass', 'Old passport'],
    ],
  },
  'document-pickup': {
    keywords: ['Abholung', 'collect', 'teslim alma', 'استلام', 'отримання', 'получение', 'odbiór'],
    bring: [
      ['Abholschein', 'Collection slip'],
      ['Alter Ausweis', 'Old ID card'],
    ],
  },
  registration: {
    keywords: [
      'Anmeldung',
      'Ummeldung',
      'Umzug',
      'registration',
      'moving house',
      'adres kaydı',
      'ikamet kaydı',
      'تسجيل السكن',
      'реєстрація місця проживання',
      'регистрация по месту жительства',
      'zameldowanie',
      'meldung',
    ],
    bring: [
      ['Personalausweis oder Reisepass', 'ID card or passport'],
      ['Wohnungsgeberbestätigung', "Landlord's confirmation"],
    ],
  },
  'certificate-of-residence': {
    keywords: [
      'Meldebestätigung',
      'proof of address',
      'ikametgah',
      'إثبات السكن',
      'довідка про реєстрацію',
      'справка о регистрации',
      'zaświadczenie o zameldowaniu',
    ],
    bring: [['Personalausweis oder Reisepass', 'ID card or passport']],
  },
  'driving-licence-exchange': {
    keywords: [
      'Fahrerlaubnis',
      "driver's license",
      'ehliyet',
      'رخصة القيادة',
      'посвідчення водія',
      'водительские права',
      'prawo jazdy',
      'permis de conduire',
    ],
    bring: [
      ['Führerschein', 'Driving licence'],
      ['Biometrisches Passfoto', 'Biometric photo'],
      ['Personalausweis oder Reisepass', 'ID card or passport'],
    ],
  },
  'vehicle-registration': {
    keywords: [
      'Zulassung',
      'Auto',
      'Kennzeichen',
      'car',
      'number plate',
      'araç tescili',
      'تسجيل السيارة',
      'реєстрація авто',
      'регистрация автомобиля',
      'rejestracja pojazdu',
    ],
    bring: [
      ['Versicherungsnachweis (eVB-Nummer)', 'Proof of insurance (eVB number)'],
      ['Zulassungsbescheinigung Teil II', 'Registration certificate part II'],
    ],
  },
};

/**
 * Opening hours Monday to Friday, `|`-separated; each day a comma-separated list of `from-to` hours (decimal
 * hours: 7.5 is 7:30). Weekends are closed.
 */
interface LocationRow {
  id: string;
  name: Text;
  address: string;
  hint: Text;
  /** Indexes into concernRows. */
  concerns: number[];
  hours: string;
}

const locationRows: LocationRow[] = [
  {
    id: 'auslaenderbehoerde',
    name: ['Ausländerbehörde, Stadthaus 2', 'Immigration office, Stadthaus 2'],
    address: 'Ludgeriplatz 4, 48151 Musterstadt',
    hint: ['Stufenloser Eingang an der Ostseite.', 'Step-free entrance on the east side.'],
    concerns: [0, 1, 2, 3, 4, 5, 6, 7, 11, 12],
    hours: '8-12|8-12|8-12|8-12,14-18|8-12',
  },
  {
    id: 'buergerbuero-mitte',
    name: ['Bürgerbüro Mitte', 'Citizen office Mitte'],
    address: 'Klemensstraße 10, 48143 Musterstadt',
    hint: ['Aufzug vorhanden. Haltestelle Bült.', 'Lift available. Bus stop Bült.'],
    concerns: [8, 9, 10, 11, 12, 13, 14],
    hours: '7.5-12.5|7.5-12.5,14-16|7.5-12.5|7.5-12.5,14-18|7.5-12',
  },
  {
    id: 'buergerbuero-nord',
    name: ['Bürgerbüro Nord', 'Citizen office Nord'],
    address: 'Kiesekampweg 2, 48157 Musterstadt',
    hint: ['Parkplätze hinter dem Gebäude.', 'Parking behind the building.'],
    concerns: [8, 9, 10, 11, 12],
    hours: '8-12|8-12|-|13-18|8-12',
  },
];

/** Whether a BCP 47 language tag asks for German; everything else gets English. */
function isGerman(lang: string): boolean {
  return lang.toLowerCase().split('-')[0] === 'de';
}

/** The catalog in a language. A fresh object every time. */
export function demoCatalog(lang: string): Catalog {
  const i = isGerman(lang) ? 0 : 1;
  const concerns = concernRows.map(([id, name, description, category, durationMinutes, maxCount, combinable]) => {
    const concern: Concern = {
      id,
      name: name[i],
      description: description[i],
      category: categories[category]![i],
      durationMinutes,
      maxCount,
      infoUrl: `https://www.example.org/musterstadt/${id}`,
      keywords: extras[id]!.keywords,
      bring: extras[id]!.bring.map((item) => item[i]),
    };
    if (combinable !== undefined) concern.combinableWith = combinable ? combinable.split(' ') : [];
    return concern;
  });
  const locations = locationRows.map((row): Location => ({
    id: row.id,
    name: row.name[i],
    address: row.address,
    timeZone: demoTimeZone,
    concernIds: row.concerns.map((index) => concernRows[index]![0]),
    hint: row.hint[i],
  }));
  return {
    office: { name: i ? 'City of Musterstadt' : 'Stadt Musterstadt' },
    concerns,
    locations,
    contact: { email: 'required', phone: 'optional' },
    holdMinutes: 10,
    bookingHorizonDays: 90,
    captcha: null,
    // The demo office writes German and English; every other language gets the English texts.
    lang: i ? 'en' : 'de',
  };
}

/**
 * Opening intervals of a location on an ISO weekday (1 = Monday … 7 = Sunday), in minutes after midnight.
 */
export function openingIntervals(locationId: string, isoWeekday: number): [number, number][] {
  const day = locationRows.find((row) => row.id === locationId)?.hours.split('|')[isoWeekday - 1];
  if (!day || day === '-') return [];
  return day.split(',').map((range) => range.split('-').map((hour) => Number(hour) * 60) as [number, number]);
}
