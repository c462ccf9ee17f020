import type { BookingMessages } from '../messages.js';

/**
 * Romanian (Română). Translated from the German and English texts with machine help;
 * not yet checked by a native speaker.
 */
export const messages: BookingMessages = {
  widgetLabel: 'Programare online',
  officeLabel: 'Programare online: {office}',
  loading: 'Se încarcă…',
  stepOf: 'Pasul {current} din {total}',
  back: 'Înapoi',
  next: 'Continuați',
  retry: 'Încercați din nou',
  change: 'Modificați',
  steps: {
    concerns: 'Despre ce este vorba?',
    location: 'Unde?',
    time: 'Data și ora',
    contact: 'Datele de contact',
    review: 'Verificați și faceți programarea',
    done: 'Programarea a fost făcută',
    manage: 'Programarea dumneavoastră',
  },
  language: 'Limba',
  languageChanged: 'Limba a fost schimbată: {language}.',

  concernFilterLabel: 'Căutați o solicitare',
  concernFilterNoMatch:
    'Nicio solicitare nu corespunde cu „{query}”. Verificați dacă ați scris corect sau ștergeți căutarea ca să vedeți toate solicitările.',
  concernFilterClear: 'Ștergeți căutarea',
  concernMatches: {
    one: '{count} solicitare găsită',
    few: '{count} solicitări găsite',
    other: '{count} de solicitări găsite',
  },
  concernNone: 'Această instituție nu oferă momentan programări online.',
  concernPersons: 'Număr de persoane',
  concernPersonsFor: 'Număr de persoane pentru {name}',
  concernMoreInfo: 'Mai multe informații',
  concernMoreInfoNewWindow: 'Mai multe informații despre {name} (se deschide într-o fereastră nouă)',
  concernNotCombinable: 'Nu se poate combina cu solicitările alese',
  concernSelected: {
    one: '{count} solicitare aleasă',
    few: '{count} solicitări alese',
    other: '{count} de solicitări alese',
  },
  concernOtherCategory: 'Altele',
  estimatedDuration: 'Durata aproximativă: {duration}',
  chooseConcernFirst: 'Vă rugăm să alegeți cel puțin o solicitare.',
  noLocationForSelection:
    'Niciun sediu nu oferă toate aceste solicitări împreună. Vă rugăm să faceți câte o programare pentru fiecare.',

  locationLegend: 'Alegeți sediul',
  locationAny: 'Prima programare disponibilă, la orice sediu',
  locationAnyHint: 'Vă arătăm orele disponibile la toate sediile care oferă solicitările dumneavoastră.',
  chooseLocationFirst: 'Vă rugăm să alegeți un sediu.',

  previousMonth: 'Luna anterioară',
  nextMonth: 'Luna următoare',
  dayBookable: 'programări disponibile',
  dayNotBookable: 'fără programări',
  nextBookableDate: 'Următoarea zi disponibilă: {date}',
  noBookableDate: 'În următoarele săptămâni nu sunt programări disponibile.',
  noSlotsThisMonth: 'În această lună nu sunt programări disponibile.',
  calendarLoading: 'Se încarcă zilele disponibile…',
  earliestAppointment: 'Prima programare disponibilă: {when}',
  bookEarliest: 'Alegeți prima programare',
  slotsFor: 'Orele disponibile din {date}',
  chooseDayFirst: 'Alegeți o zi ca să vedeți orele.',
  noSlotsThisDay: 'În această zi nu sunt ore disponibile.',
  slotsLoading: 'Se încarcă orele disponibile…',
  dayTakenMeanwhile: 'Pentru ce ați ales nu mai este nicio oră disponibilă în această zi. Vă rugăm să alegeți altă zi.',
  partsOfDay: { morning: 'Dimineața', afternoon: 'După-amiaza', evening: 'Seara' },
  timesIn: 'Fus orar: {zone}',
  slotAt: '{time}, {location}',

  holding: 'Se rezervă ora…',
  heldUntil: 'Ora este rezervată pentru dumneavoastră până la {time}.',
  holdExtend: 'Prelungiți rezervarea',
  holdWarning: {
    one: 'Rezervarea expiră peste {count} minut.',
    few: 'Rezervarea expiră peste {count} minute.',
    other: 'Rezervarea expiră peste {count} de minute.',
  },
  holdLastMinute: 'Rezervarea expiră în mai puțin de un minut.',
  holdRenewed: 'Ora este din nou rezervată pentru dumneavoastră.',

  contactName: 'Prenume și nume',
  contactEmail: 'E-mail',
  contactPhone: 'Telefon',
  optional: 'opțional',
  requiredHint: 'Câmpurile marcate cu * sunt obligatorii.',
  consent: 'Sunt de acord ca datele mele să fie prelucrate pentru această programare.',
  privacyPolicyNewWindow: 'Declarația privind protecția datelor (se deschide într-o fereastră nouă)',
  fieldInvalid: 'Vă rugăm să verificați acest câmp.',
  fieldRequired: 'Vă rugăm să completați acest câmp.',
  emailMissingAt: 'În adresa de e-mail lipsește semnul @. Vă rugăm să o scrieți complet, de exemplu name@example.org.',
  emailMissingDomain:
    'După @ lipsește domeniul complet, cu punct, de exemplu @example.org. Vă rugăm să verificați adresa.',
  emailInvalid: 'Această adresă de e-mail nu este validă. Vă rugăm să o verificați. Exemplu: name@example.org.',
  phoneCharacters:
    'Numărul de telefon poate conține doar cifre, spații și caracterele + - / ( ), de exemplu +49 251 492-0.',
  phoneLength: 'Numărul de telefon trebuie să aibă între 7 și 15 cifre, de exemplu +49 251 492-0 sau 0176 1234567.',
  consentRequired: 'Vă rugăm să vă dați acordul, ca să vă putem face programarea.',

  reviewConcerns: 'Solicitări',
  reviewLocation: 'Sediu',
  reviewTime: 'Data și ora',
  reviewContact: 'Contact',
  changeConcerns: 'Modificați solicitările',
  changeLocation: 'Modificați sediul',
  changeTime: 'Modificați data și ora',
  changeContact: 'Modificați datele de contact',
  book: 'Faceți programarea',
  booking: 'Se face programarea…',
  persons: { one: '{count} persoană', few: '{count} persoane', other: '{count} de persoane' },

  donePending: {
    one: 'Vă rugăm să confirmați programarea prin e-mail în cel mult {count} minut',
    few: 'Vă rugăm să confirmați programarea prin e-mail în cel mult {count} minute',
    other: 'Vă rugăm să confirmați programarea prin e-mail în cel mult {count} de minute',
  },
  donePendingNoTime: 'Vă rugăm să confirmați programarea prin e-mail',
  bringHeading: 'Vă rugăm să aduceți',
  addressHeading: 'Adresa',
  changeOrCancelHeading: 'Modificați sau anulați',
  changeOrCancelText:
    'Puteți modifica sau anula programarea prin linkul din e-mailul de confirmare. Vă rugăm să aveți la îndemână numărul programării.',
  reference: 'Numărul programării',
  statusLabel: 'Stare',
  statusConfirmed: 'Confirmată',
  statusPending: 'Așteaptă confirmarea dumneavoastră',
  pendingVerification: {
    one: 'Vă rugăm să verificați căsuța de e-mail și să confirmați programarea în cel mult {count} minut. Altfel, ora devine din nou disponibilă pentru alții.',
    few: 'Vă rugăm să verificați căsuța de e-mail și să confirmați programarea în cel mult {count} minute. Altfel, ora devine din nou disponibilă pentru alții.',
    other:
      'Vă rugăm să verificați căsuța de e-mail și să confirmați programarea în cel mult {count} de minute. Altfel, ora devine din nou disponibilă pentru alții.',
  },
  pendingVerificationNoTime: 'Vă rugăm să verificați căsuța de e-mail și să confirmați programarea prin linkul primit.',
  addToCalendar: 'Adăugați în calendar (.ics)',
  print: 'Tipăriți',
  cancelBooking: 'Anulați programarea',
  bookAnother: 'Faceți încă o programare',
  rescheduleStart: 'Mutați programarea',

  errors: {
    network:
      'Nu există conexiune la sistemul de programări. Vă rugăm să verificați conexiunea la internet și să încercați din nou.',
    unexpected:
      'A apărut o eroare. Vă rugăm să încercați din nou. Dacă tot nu merge, vă rugăm să contactați instituția.',
  },
  errorTimeout: 'Sistemul de programări nu răspunde. Vă rugăm să încercați din nou.',
};

/** The texts of the rarer paths, fetched only when one of them is shown. */
export const more = () => import('./more/ro.js');
