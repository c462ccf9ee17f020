import type { MoreMessages } from '../../messages.js';

/** Romanian (Română): the texts of the rarer paths (see `MoreMessages`), checked as `../ro.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'Programarea a fost anulată',
  manageNotFound: 'Acest link nu funcționează',
  bookingPast: 'Această programare a trecut',
  bookNew: 'Faceți o programare nouă',
  statusCancelled: 'Anulată',
  activationConfirmed: 'Vă mulțumim! Programarea dumneavoastră este confirmată.',
  cancelConfirm: 'Sigur doriți să anulați această programare?',
  cancelYes: 'Da, o anulez',
  cancelNo: 'Nu, o păstrez',
  cancelling: 'Se anulează…',
  cancelled: 'Programarea dumneavoastră a fost anulată.',

  // The calendar file
  icsSummary: 'Programare: {concerns} – {office}',
  icsReference: 'Numărul programării: {reference}',
  icsBring: 'Vă rugăm să aduceți: {items}',
  icsReminder: 'Reamintire: programarea dumneavoastră este mâine, la ora {time}.',

  // Changing an appointment
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

  // The captcha
  captcha: {
    label: 'Verificare de securitate',
    checking: 'Se verifică…',
    verified: 'Verificare reușită',
    failed: 'Verificarea nu a reușit.',
    retry: 'Reluați verificarea',
  },

  // A page that set the widget up wrongly
  configMissingApi:
    'Acest modul de programare nu este configurat: pagina trebuie să indice adresa unui sistem de programări (api).',
  configUnknownBackend: 'Acest modul de programare nu este configurat corect: sistemul „{backend}” este necunoscut.',

  // What the backend refused
  refusals: {
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
  },
  errorRetryIn: {
    one: 'Vă rugăm să încercați din nou peste {count} secundă.',
    few: 'Vă rugăm să încercați din nou peste {count} secunde.',
    other: 'Vă rugăm să încercați din nou peste {count} de secunde.',
  },
};
