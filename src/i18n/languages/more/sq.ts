import type { MoreMessages } from '../../messages.js';

/** Albanian (Shqip): the texts of the rarer paths (see `MoreMessages`), checked as `../sq.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'Takimi juaj u anulua',
  manageNotFound: 'Kjo lidhje nuk funksionon',
  bookingPast: 'Ky takim ka kaluar',
  bookNew: 'Caktoni një takim të ri',
  statusCancelled: 'I anuluar',
  activationConfirmed: 'Faleminderit! Takimi juaj u konfirmua.',
  cancelConfirm: 'A dëshironi vërtet ta anuloni këtë takim?',
  cancelYes: 'Po, e anuloj',
  cancelNo: 'Jo, e mbaj',
  cancelling: 'Po anulohet…',
  cancelled: 'Takimi juaj u anulua.',

  // The calendar file
  icsSummary: 'Takim: {concerns} – {office}',
  icsReference: 'Numri i takimit: {reference}',
  icsBring: 'Ju lutemi, sillni: {items}',
  icsReminder: 'Kujtesë: takimi juaj është nesër në orën {time}.',

  // Changing an appointment
  rescheduleTime: 'Zgjidhni një orë të re',
  rescheduleReview: 'Kontrolloni ndryshimin',
  previousAppointment: 'Takimi i mëparshëm',
  newAppointment: 'Takimi i ri',
  rescheduleSubmit: 'Zhvendosni takimin',
  rescheduling: 'Po zhvendoset takimi…',
  rescheduled: 'Takimi juaj u zhvendos',
  rescheduledReleased: 'Takimi juaj i mëparshëm ({when}) u lirua.',
  rescheduleOldKept: 'Takimi juaj i mëparshëm mbetet i vlefshëm.',
  rescheduleCancelOldFailed:
    'Takimi juaj i ri u caktua, por takimi i mëparshëm ({when}) nuk u anulua dot. Tani keni dy takime. Ju lutemi, anuloni tani takimin e mëparshëm, që të lirohet për të tjerët.',
  rescheduleCancelOldRetry: 'Anuloni tani takimin e mëparshëm',
  keepAppointment: 'Kthehuni te takimi juaj',

  // The captcha
  captcha: {
    label: 'Kontrolli i sigurisë',
    checking: 'Po kontrollohet…',
    verified: 'U kontrollua',
    failed: 'Kontrolli dështoi.',
    retry: 'Kontrolloni përsëri',
  },

  // A page that set the widget up wrongly
  configMissingApi:
    'Ky modul takimesh nuk është konfiguruar: faqja duhet të japë adresën e një sistemi takimesh (api).',
  configUnknownBackend:
    'Ky modul takimesh nuk është konfiguruar si duhet: sistemi i takimeve «{backend}» është i panjohur.',

  // What the backend refused
  refusals: {
    'invalid-input': 'Disa të dhëna nuk u pranuan. Ju lutemi, korrigjoni fushat e shënuara.',
    'slot-taken':
      'Na vjen keq, kjo orë sapo u zu. Ju lutemi, zgjidhni një orë tjetër; të dhënat që keni shkruar ruhen.',
    'hold-expired': 'Rezervimi juaj skadoi. Ju lutemi, zgjidhni përsëri një orë; të dhënat që keni shkruar ruhen.',
    'limit-reached':
      'Keni caktuar tashmë numrin maksimal të takimeve që lejohen në këtë zyrë. Ju lutemi, anuloni më parë një takim tjetër (përmes lidhjes në mesazhin e konfirmimit) ose kontaktoni zyrën.',
    'too-late':
      'Ky takim nuk mund të ndryshohet ose të anulohet më në internet. Ju lutemi, kontaktoni drejtpërdrejt zyrën.',
    'idempotency-mismatch':
      'Takimi nuk u caktua, sepse të dhënat tuaja ndryshuan gjatë dërgimit. Ju lutemi, kontrollojini dhe caktoni takimin përsëri.',
    'captcha-required':
      'Kontrolli i sigurisë nuk pati sukses. Ju lutemi, nisni kontrollin sërish me «Kontrolloni përsëri» dhe pastaj zgjidhni përsëri një orë.',
    'not-found':
      'Nuk e gjetëm këtë takim. Mund të jetë anuluar, ose lidhja është e paplotë ose ka skaduar. Mund të caktoni një takim të ri.',
    'rate-limited': 'Për momentin po vijnë tepër shumë kërkesa. Ju lutemi, prisni pak.',
    unavailable:
      'Caktimi i takimeve në internet nuk është i mundur tani për shkak të punimeve të mirëmbajtjes. Ju lutemi, provoni përsëri më vonë.',
  },
  errorRetryIn: {
    one: 'Ju lutemi, provoni përsëri pas {count} sekonde.',
    other: 'Ju lutemi, provoni përsëri pas {count} sekondash.',
  },
};
