import type { Messages } from '../messages.js';

/**
 * Romanian (Română). Translated from the German and English texts with machine help;
 * not yet checked by a native speaker.
 */
export const messages: Messages = {
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
  doneCancelled: 'Programarea a fost anulată',
  manageNotFound: 'Acest link nu funcționează',
  bookingPast: 'Această programare a trecut',
  bookNew: 'Faceți o programare nouă',
  bringHeading: 'Vă rugăm să aduceți',
  addressHeading: 'Adresa',
  changeOrCancelHeading: 'Modificați sau anulați',
  changeOrCancelText:
    'Puteți modifica sau anula programarea prin linkul din e-mailul de confirmare. Vă rugăm să aveți la îndemână numărul programării.',
  reference: 'Numărul programării',
  statusLabel: 'Stare',
  statusConfirmed: 'Confirmată',
  statusPending: 'Așteaptă confirmarea dumneavoastră',
  statusCancelled: 'Anulată',
  pendingVerification: {
    one: 'Vă rugăm să verificați căsuța de e-mail și să confirmați programarea în cel mult {count} minut. Altfel, ora devine din nou disponibilă pentru alții.',
    few: 'Vă rugăm să verificați căsuța de e-mail și să confirmați programarea în cel mult {count} minute. Altfel, ora devine din nou disponibilă pentru alții.',
    other:
      'Vă rugăm să verificați căsuța de e-mail și să confirmați programarea în cel mult {count} de minute. Altfel, ora devine din nou disponibilă pentru alții.',
  },
  pendingVerificationNoTime: 'Vă rugăm să verificați căsuța de e-mail și să confirmați programarea prin linkul primit.',
  activationConfirmed: 'Vă mulțumim! Programarea dumneavoastră este confirmată.',
  addToCalendar: 'Adăugați în calendar (.ics)',
  print: 'Tipăriți',
  cancelBooking: 'Anulați programarea',
  cancelConfirm: 'Sigur doriți să anulați această programare?',
  cancelYes: 'Da, o anulez',
  cancelNo: 'Nu, o păstrez',
  cancelling: 'Se anulează…',
  cancelled: 'Programarea dumneavoastră a fost anulată.',
  bookAnother: 'Faceți încă o programare',
  icsSummary: 'Programare: {concerns} – {office}',
  icsReference: 'Numărul programării: {reference}',
  icsBring: 'Vă rugăm să aduceți: {items}',
  icsReminder: 'Reamintire: programarea dumneavoastră este mâine, la ora {time}.',

  rescheduleStart: 'Mutați programarea',
  rescheduleTime: 'Alegeți o oră nouă',
  rescheduleReview: 'Verificați modificarea',
  previousAppointment: 'Programarea veche',
  newAppointment: 'Programarea nouă',
  rescheduleSubmit: 'Mutați programarea',
  rescheduling: 'Se mută programarea…',
  rescheduled: 'Programarea a fost mutată',
  rescheduledReleased: 'Programarea veche din {when} a fost anulată.',
  rescheduleOldKept: 'Programarea veche rămâne valabilă.',
  rescheduleCancelOldFailed:
    'Programarea nouă este făcută, dar programarea veche din {when} nu a putut fi anulată. Momentan aveți două programări. Vă rugăm să anulați acum programarea veche, ca să devină disponibilă pentru alții.',
  rescheduleCancelOldRetry: 'Anulați acum programarea veche',
  keepAppointment: 'Înapoi la programarea mea',

  captcha: {
    label: 'Verificare de securitate',
    checking: 'Se verifică…',
    verified: 'Verificare reușită',
    failed: 'Verificarea nu a reușit.',
    retry: 'Reluați verificarea',
  },

  errors: {
    'invalid-input': 'Unele date nu au fost acceptate. Vă rugăm să corectați câmpurile marcate.',
    'slot-taken':
      'Ne pare rău, această oră tocmai a fost ocupată. Vă rugăm să alegeți altă oră; datele introduse se păstrează.',
    'hold-expired': 'Rezervarea a expirat. Vă rugăm să alegeți din nou o oră; datele introduse se păstrează.',
    'limit-reached':
      'Ați făcut deja numărul maxim de programări permis la această instituție. Vă rugăm să anulați mai întâi o altă programare (prin linkul din e-mailul de confirmare) sau să contactați instituția.',
    'too-late':
      'Această programare nu mai poate fi modificată sau anulată online. Vă rugăm să contactați direct instituția.',
    'idempotency-mismatch':
      'Programarea nu a fost făcută, pentru că datele dumneavoastră s-au schimbat în timpul trimiterii. Vă rugăm să le verificați și să faceți din nou programarea.',
    'captcha-required':
      'Verificarea de securitate nu a reușit. Vă rugăm să apăsați „Reluați verificarea”, apoi să alegeți din nou o oră.',
    'not-found':
      'Nu am găsit această programare. Poate a fost anulată sau linkul este incomplet ori expirat. Puteți face o programare nouă.',
    'rate-limited': 'Sistemul de programări primește acum prea multe cereri. Vă rugăm să așteptați puțin.',
    unavailable:
      'Sistemul de programări nu este disponibil acum, din cauza unor lucrări de întreținere. Vă rugăm să încercați mai târziu.',
    network:
      'Nu există conexiune la sistemul de programări. Vă rugăm să verificați conexiunea la internet și să încercați din nou.',
    unexpected:
      'A apărut o eroare. Vă rugăm să încercați din nou. Dacă tot nu merge, vă rugăm să contactați instituția.',
  },
  errorTimeout: 'Sistemul de programări nu răspunde. Vă rugăm să încercați din nou.',
  errorRetryIn: {
    one: 'Vă rugăm să încercați din nou peste {count} secundă.',
    few: 'Vă rugăm să încercați din nou peste {count} secunde.',
    other: 'Vă rugăm să încercați din nou peste {count} de secunde.',
  },
  configMissingApi:
    'Acest modul de programare nu este configurat: pagina trebuie să indice adresa unui sistem de programări (api).',
  configUnknownBackend: 'Acest modul de programare nu este configurat corect: sistemul „{backend}” este necunoscut.',
};
