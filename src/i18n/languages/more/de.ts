import type { MoreMessages } from '../../messages.js';

/** German (Deutsch): the texts of the rarer paths (see `MoreMessages`), checked as `../de.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'Ihr Termin ist abgesagt',
  manageNotFound: 'Dieser Link funktioniert nicht',
  bookingPast: 'Dieser Termin liegt in der Vergangenheit',
  bookNew: 'Neuen Termin buchen',
  statusCancelled: 'Abgesagt',
  activationConfirmed: 'Vielen Dank: Ihr Termin ist bestätigt.',
  cancelConfirm: 'Möchten Sie diesen Termin wirklich absagen?',
  cancelYes: 'Ja, absagen',
  cancelNo: 'Nein, behalten',
  cancelling: 'Wird abgesagt …',
  cancelled: 'Ihr Termin wurde abgesagt.',

  // The calendar file
  icsSummary: 'Termin: {concerns} – {office}',
  icsReference: 'Buchungsnummer: {reference}',
  icsBring: 'Bitte mitbringen: {items}',
  icsReminder: 'Erinnerung: Ihr Termin ist morgen um {time} Uhr.',

  // Changing an appointment
  rescheduleTime: 'Neue Zeit wählen',
  rescheduleReview: 'Änderung prüfen',
  previousAppointment: 'Bisheriger Termin',
  newAppointment: 'Neuer Termin',
  rescheduleSubmit: 'Termin verbindlich verschieben',
  rescheduling: 'Wird verschoben …',
  rescheduled: 'Ihr Termin ist verschoben',
  rescheduledReleased: 'Ihr bisheriger Termin am {when} ist freigegeben.',
  rescheduleOldKept: 'Ihr bisheriger Termin bleibt bestehen.',
  rescheduleCancelOldFailed:
    'Ihr neuer Termin ist gebucht, aber der bisherige Termin am {when} konnte nicht abgesagt werden. Sie haben im Moment zwei Termine. Bitte sagen Sie den bisherigen Termin jetzt ab, damit er für andere frei wird.',
  rescheduleCancelOldRetry: 'Bisherigen Termin jetzt absagen',
  keepAppointment: 'Zurück zu meinem Termin',

  // The captcha
  captcha: {
    label: 'Sicherheitsprüfung',
    checking: 'Wird geprüft …',
    verified: 'Geprüft',
    failed: 'Die Prüfung ist fehlgeschlagen.',
    retry: 'Erneut prüfen',
  },

  // A page that set the widget up wrongly
  configMissingApi:
    'Dieses Buchungsmodul ist nicht eingerichtet: Die Seite muss die Adresse eines Buchungsdienstes (api) angeben.',
  configUnknownBackend: 'Dieses Buchungsmodul ist nicht richtig eingerichtet: Das Backend „{backend}“ ist unbekannt.',

  // What the backend refused
  refusals: {
    'invalid-input': 'Einige Angaben wurden nicht angenommen. Bitte korrigieren Sie die markierten Felder.',
    'slot-taken':
      'Diese Zeit wurde leider gerade vergeben. Bitte wählen Sie eine andere Zeit; Ihre Angaben bleiben erhalten.',
    'hold-expired':
      'Ihre Reservierung ist abgelaufen. Bitte wählen Sie erneut eine Zeit; Ihre Angaben bleiben erhalten.',
    'limit-reached':
      'Sie haben bei dieser Stelle schon so viele Termine gebucht, wie erlaubt sind. Bitte sagen Sie zuerst einen anderen Termin ab (über den Link in Ihrer Bestätigungs-E-Mail), oder wenden Sie sich an die Stelle.',
    'too-late':
      'Dieser Termin kann nicht mehr online geändert oder abgesagt werden. Bitte wenden Sie sich direkt an die Stelle.',
    'idempotency-mismatch':
      'Ihre Buchung wurde nicht abgeschlossen, weil sich Ihre Angaben beim Senden geändert haben. Bitte prüfen Sie sie und buchen Sie erneut.',
    'captcha-required':
      'Die Sicherheitsprüfung ist nicht gelungen. Bitte starten Sie sie mit „Erneut prüfen“ neu und wählen Sie dann wieder eine Zeit.',
    'not-found':
      'Wir haben diesen Termin nicht gefunden. Vielleicht wurde er abgesagt, oder der Link ist unvollständig oder abgelaufen. Sie können einen neuen Termin buchen.',
    'rate-limited': 'Gerade kommen zu viele Anfragen an. Bitte warten Sie einen Moment.',
    unavailable:
      'Die Online-Buchung ist wegen Wartungsarbeiten gerade nicht verfügbar. Bitte versuchen Sie es später erneut.',
  },
  errorRetryIn: {
    one: 'Bitte versuchen Sie es in {count} Sekunde erneut.',
    other: 'Bitte versuchen Sie es in {count} Sekunden erneut.',
  },
};
