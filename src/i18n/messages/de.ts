import type { Messages } from './en.js';

/** Deutsche Texte. */
export const de: Messages = {
  widgetLabel: 'Termin buchen',
  loading: 'Wird geladen …',
  stepOf: (current, total) => `Schritt ${current} von ${total}`,
  back: 'Zurück',
  next: 'Weiter',
  retry: 'Erneut versuchen',
  change: 'Ändern',
  // The flow element (civic-booking)
  noLocationForSelection: 'Kein Standort bietet alle diese Anliegen zusammen an. Bitte buchen Sie sie einzeln.',
  holding: 'Die Zeit wird reserviert …',
  heldUntil: (time) => `Für Sie reserviert bis ${time} Uhr.`,
  holdExtend: 'Zeit weiter reservieren',
  holdWarning: (minutes) =>
    minutes <= 1
      ? 'Ihre Reservierung endet in weniger als einer Minute.'
      : `Ihre Reservierung endet in ${minutes} Minuten.`,
  activationConfirmed: 'Vielen Dank: Ihr Termin ist bestätigt.',
  cancelling: 'Wird abgesagt …',
  officeLabel: (office) => `Terminbuchung: ${office}`,
  steps: {
    concerns: 'Worum geht es?',
    location: 'Wo?',
    time: 'Datum und Uhrzeit',
    contact: 'Ihre Kontaktdaten',
    review: 'Prüfen und buchen',
    done: 'Ihr Termin ist gebucht',
    manage: 'Ihr Termin',
  },

  concernFilterLabel: 'Anliegen suchen',
  concernFilterNoMatch: (query) => `Kein Anliegen passt zu „${query}“.`,
  concernMatches: (count) => (count === 1 ? '1 Anliegen gefunden' : `${count} Anliegen gefunden`),
  concernNone: 'Diese Stelle bietet zurzeit keine Online-Termine an.',
  concernPersons: 'Personen',
  concernPersonsFor: (name) => `Personen für ${name}`,
  concernMoreInfo: 'Mehr Informationen',
  concernNotCombinable: 'Nicht zusammen mit Ihrer Auswahl buchbar',
  concernSelected: (count) => (count === 1 ? '1 Anliegen ausgewählt' : `${count} Anliegen ausgewählt`),
  concernOtherCategory: 'Sonstiges',
  estimatedDuration: (duration) => `Voraussichtliche Dauer: ${duration}`,
  chooseConcernFirst: 'Bitte wählen Sie mindestens ein Anliegen.',

  locationAny: 'Frühester Termin an einem beliebigen Standort',
  locationAnyHint: 'Wir zeigen die freien Zeiten aller Standorte, die Ihre Anliegen anbieten.',
  chooseLocationFirst: 'Bitte wählen Sie einen Standort.',

  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  dayBookable: 'Termine frei',
  dayNotBookable: 'keine Termine',
  nextBookableDate: (date) => `Nächster freier Tag: ${date}`,
  noBookableDate: 'In den nächsten Wochen sind keine Termine frei.',
  noSlotsThisMonth: 'In diesem Monat sind keine Termine frei.',
  earliestAppointment: (when) => `Frühester Termin: ${when}`,
  bookEarliest: 'Frühesten Termin nehmen',
  // <civic-calendar>
  calendarLoading: 'Freie Tage werden geladen …',

  slotsFor: (date) => `Uhrzeiten am ${date}`,
  chooseDayFirst: 'Wählen Sie einen Tag, um die Uhrzeiten zu sehen.',
  noSlotsThisDay: 'An diesem Tag sind keine Zeiten frei.',
  partsOfDay: { morning: 'Vormittag', afternoon: 'Nachmittag', evening: 'Abend' },
  timesIn: (zone) => `Uhrzeiten in ${zone}`,
  slotAt: (time, location) => `${time}, ${location}`,
  // <civic-concern-picker>, <civic-location-picker>, <civic-slot-picker>
  concernMoreInfoNewWindow: (name) => `Mehr Informationen zu ${name} (öffnet in neuem Fenster)`,
  locationLegend: 'Standort wählen',
  slotsLoading: 'Freie Uhrzeiten werden geladen …',

  contactName: 'Vor- und Nachname',
  contactEmail: 'E-Mail',
  contactPhone: 'Telefon',
  optional: 'optional',
  consent: 'Ich bin einverstanden, dass meine Daten zur Vergabe dieses Termins verarbeitet werden.',
  privacyPolicyNewWindow: 'Datenschutzerklärung (öffnet in neuem Fenster)',
  holdRenewed: 'Ihre Zeit ist wieder reserviert.',
  dayTakenMeanwhile: 'An diesem Tag ist für Ihre Auswahl doch keine Zeit frei. Bitte wählen Sie einen anderen Tag.',
  requiredHint: 'Mit * markierte Felder sind Pflichtfelder.',
  fieldInvalid: 'Bitte prüfen Sie dieses Feld.',
  fieldRequired: 'Bitte füllen Sie dieses Feld aus.',
  emailInvalid: 'Bitte geben Sie eine E-Mail-Adresse wie name@example.org ein.',
  phoneInvalid: 'Bitte geben Sie eine Telefonnummer nur mit Ziffern ein, zum Beispiel +49 251 1234567.',
  consentRequired: 'Bitte stimmen Sie zu, damit wir Ihren Termin vergeben können.',

  reviewConcerns: 'Anliegen',
  reviewLocation: 'Standort',
  reviewTime: 'Datum und Uhrzeit',
  reviewContact: 'Kontakt',
  changeConcerns: 'Anliegen ändern',
  changeLocation: 'Standort ändern',
  changeTime: 'Datum und Uhrzeit ändern',
  changeContact: 'Kontaktdaten ändern',
  book: 'Termin verbindlich buchen',
  booking: 'Wird gebucht …',
  persons: (count) => (count === 1 ? '1 Person' : `${count} Personen`),

  reference: 'Buchungsnummer',
  addToCalendar: 'In den Kalender eintragen (.ics)',
  print: 'Drucken',
  cancelBooking: 'Termin absagen',
  cancelConfirm: 'Möchten Sie diesen Termin wirklich absagen?',
  cancelYes: 'Ja, absagen',
  cancelNo: 'Nein, behalten',
  cancelled: 'Ihr Termin wurde abgesagt.',
  statusConfirmed: 'Bestätigt',
  statusPending: 'Wartet auf Ihre Bestätigung',
  statusCancelled: 'Abgesagt',
  pendingVerification: (minutes) =>
    `Bitte prüfen Sie Ihr E-Mail-Postfach und bestätigen Sie den Termin innerhalb von ${minutes} Minuten. Sonst wird er wieder freigegeben.`,
  bookAnother: 'Weiteren Termin buchen',
  // <civic-booking-details>
  statusLabel: 'Status',
  pendingVerificationNoTime: 'Bitte prüfen Sie Ihr E-Mail-Postfach und bestätigen Sie den Termin über den Link darin.',
  icsSummary: (office) => `Termin: ${office}`,

  errors: {
    'invalid-input': 'Einige Angaben wurden nicht angenommen. Bitte prüfen Sie die markierten Felder.',
    'slot-taken': 'Diese Zeit wurde leider gerade vergeben. Bitte wählen Sie eine andere.',
    'hold-expired': 'Ihre Reservierung ist abgelaufen. Bitte wählen Sie erneut eine Zeit.',
    'limit-reached': 'Sie haben die höchste Zahl an Terminen bei dieser Stelle erreicht.',
    'too-late': 'Dieser Termin kann nicht mehr online abgesagt werden. Bitte wenden Sie sich an die Stelle.',
    'idempotency-mismatch': 'Ihre Buchung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut.',
    'captcha-required': 'Bitte bestätigen Sie, dass Sie ein Mensch sind.',
    'not-found':
      'Wir haben diesen Termin nicht gefunden. Vielleicht wurde er abgesagt oder der Link ist unvollständig.',
    'rate-limited': 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    unavailable: 'Die Online-Buchung ist gerade nicht verfügbar (Wartung). Bitte versuchen Sie es später erneut.',
    network:
      'Keine Verbindung zum Buchungsdienst. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    unexpected: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  },
  errorTimeout: 'Der Buchungsdienst antwortet nicht. Bitte versuchen Sie es erneut.',
  errorRetryIn: (seconds) =>
    seconds === 1
      ? 'Bitte versuchen Sie es in einer Sekunde erneut.'
      : `Bitte versuchen Sie es in ${seconds} Sekunden erneut.`,
  configMissingApi:
    'Dieses Buchungsmodul ist nicht eingerichtet: Die Seite muss die Adresse eines Buchungsdienstes (api) angeben.',
  configUnknownBackend: (backend) =>
    `Dieses Buchungsmodul ist nicht richtig eingerichtet: Das Backend „${backend}“ ist unbekannt.`,

  // <civic-captcha>
  captcha: {
    label: 'Sicherheitsprüfung',
    checking: 'Wird automatisch geprüft …',
    verified: 'Geprüft',
    failed: 'Die Prüfung hat nicht geklappt.',
    retry: 'Erneut prüfen',
  },
};
