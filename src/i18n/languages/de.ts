import type { BookingMessages } from '../messages.js';

/** Deutsch: die Sprache des Widgets, wenn die Seite keine andere nennt. */
export const messages: BookingMessages = {
  widgetLabel: 'Termin buchen',
  officeLabel: 'Terminbuchung: {office}',
  loading: 'Wird geladen …',
  stepOf: 'Schritt {current} von {total}',
  back: 'Zurück',
  next: 'Weiter',
  retry: 'Erneut versuchen',
  change: 'Ändern',
  steps: {
    concerns: 'Worum geht es?',
    location: 'Wo?',
    time: 'Datum und Uhrzeit',
    contact: 'Ihre Kontaktdaten',
    review: 'Prüfen und buchen',
    done: 'Ihr Termin ist gebucht',
    manage: 'Ihr Termin',
  },
  language: 'Sprache',
  languageChanged: 'Die Sprache ist jetzt {language}.',

  concernFilterLabel: 'Anliegen suchen',
  concernFilterNoMatch:
    'Kein Anliegen passt zu „{query}“. Prüfen Sie die Schreibweise, oder löschen Sie die Suche, um alle Anliegen zu sehen.',
  concernFilterClear: 'Suche löschen',
  concernMatches: { one: '{count} Anliegen gefunden', other: '{count} Anliegen gefunden' },
  concernNone: 'Diese Stelle bietet zurzeit keine Online-Termine an.',
  concernPersons: 'Personen',
  concernPersonsFor: 'Personen für {name}',
  concernMoreInfo: 'Mehr Informationen',
  concernMoreInfoNewWindow: 'Mehr Informationen zu {name} (öffnet in neuem Fenster)',
  concernNotCombinable: 'Nicht zusammen mit Ihrer Auswahl buchbar',
  concernSelected: { one: '{count} Anliegen ausgewählt', other: '{count} Anliegen ausgewählt' },
  concernOtherCategory: 'Sonstiges',
  estimatedDuration: 'Voraussichtliche Dauer: {duration}',
  chooseConcernFirst: 'Bitte wählen Sie mindestens ein Anliegen.',
  noLocationForSelection: 'Kein Standort bietet alle diese Anliegen zusammen an. Bitte buchen Sie sie einzeln.',

  locationLegend: 'Standort wählen',
  locationAny: 'Frühester Termin an einem beliebigen Standort',
  locationAnyHint: 'Wir zeigen die freien Zeiten aller Standorte, die Ihre Anliegen anbieten.',
  chooseLocationFirst: 'Bitte wählen Sie einen Standort.',

  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  dayBookable: 'Termine frei',
  dayNotBookable: 'keine Termine',
  nextBookableDate: 'Nächster freier Tag: {date}',
  noBookableDate: 'In den nächsten Wochen sind keine Termine frei.',
  noSlotsThisMonth: 'In diesem Monat sind keine Termine frei.',
  calendarLoading: 'Freie Tage werden geladen …',
  earliestAppointment: 'Frühester Termin: {when}',
  bookEarliest: 'Frühesten Termin nehmen',
  slotsFor: 'Uhrzeiten am {date}',
  chooseDayFirst: 'Wählen Sie einen Tag, um die Uhrzeiten zu sehen.',
  noSlotsThisDay: 'An diesem Tag sind keine Zeiten frei.',
  slotsLoading: 'Freie Uhrzeiten werden geladen …',
  dayTakenMeanwhile: 'An diesem Tag ist für Ihre Auswahl doch keine Zeit frei. Bitte wählen Sie einen anderen Tag.',
  partsOfDay: { morning: 'Vormittag', afternoon: 'Nachmittag', evening: 'Abend' },
  timesIn: 'Uhrzeiten in {zone}',
  slotAt: '{time}, {location}',

  holding: 'Die Zeit wird reserviert …',
  heldUntil: 'Für Sie reserviert bis {time} Uhr.',
  holdExtend: 'Zeit weiter reservieren',
  holdWarning: {
    one: 'Ihre Reservierung endet in {count} Minute.',
    other: 'Ihre Reservierung endet in {count} Minuten.',
  },
  holdLastMinute: 'Ihre Reservierung endet in weniger als einer Minute.',
  holdRenewed: 'Ihre Zeit ist wieder reserviert.',

  contactName: 'Vor- und Nachname',
  contactEmail: 'E-Mail',
  contactPhone: 'Telefon',
  optional: 'optional',
  requiredHint: 'Mit * markierte Felder sind Pflichtfelder.',
  consent: 'Ich bin einverstanden, dass meine Daten zur Vergabe dieses Termins verarbeitet werden.',
  privacyPolicyNewWindow: 'Datenschutzerklärung (öffnet in neuem Fenster)',
  fieldInvalid: 'Bitte prüfen Sie dieses Feld.',
  fieldRequired: 'Bitte füllen Sie dieses Feld aus.',
  emailMissingAt:
    'In der E-Mail-Adresse fehlt das Zeichen @. Bitte geben Sie sie vollständig ein, zum Beispiel name@example.org.',
  emailMissingDomain:
    'Nach dem @ fehlt die vollständige Domain mit Punkt, zum Beispiel @example.org. Bitte prüfen Sie die Adresse.',
  emailInvalid: 'Diese E-Mail-Adresse ist nicht gültig. Bitte prüfen Sie sie, zum Beispiel name@example.org.',
  phoneCharacters:
    'Die Telefonnummer darf nur Ziffern, Leerzeichen und die Zeichen + - / ( ) enthalten, zum Beispiel +49 251 492-0.',
  phoneLength: 'Die Telefonnummer braucht 7 bis 15 Ziffern, zum Beispiel +49 251 492-0 oder 0176 1234567.',
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
  persons: { one: '{count} Person', other: '{count} Personen' },

  donePending: {
    one: 'Bitte bestätigen Sie Ihren Termin innerhalb von {count} Minute per E-Mail',
    other: 'Bitte bestätigen Sie Ihren Termin innerhalb von {count} Minuten per E-Mail',
  },
  donePendingNoTime: 'Bitte bestätigen Sie Ihren Termin per E-Mail',
  bringHeading: 'Bitte bringen Sie mit',
  addressHeading: 'Adresse',
  changeOrCancelHeading: 'Termin ändern oder absagen',
  changeOrCancelText:
    'Sie können den Termin über den Link in Ihrer Bestätigungs-E-Mail ändern oder absagen. Bitte halten Sie dafür Ihre Buchungsnummer bereit.',
  reference: 'Buchungsnummer',
  statusLabel: 'Status',
  statusConfirmed: 'Bestätigt',
  statusPending: 'Wartet auf Ihre Bestätigung',
  pendingVerification: {
    one: 'Bitte prüfen Sie Ihr E-Mail-Postfach und bestätigen Sie den Termin innerhalb von {count} Minute. Sonst wird er wieder freigegeben.',
    other:
      'Bitte prüfen Sie Ihr E-Mail-Postfach und bestätigen Sie den Termin innerhalb von {count} Minuten. Sonst wird er wieder freigegeben.',
  },
  pendingVerificationNoTime: 'Bitte prüfen Sie Ihr E-Mail-Postfach und bestätigen Sie den Termin über den Link darin.',
  addToCalendar: 'In den Kalender eintragen (.ics)',
  print: 'Drucken',
  cancelBooking: 'Termin absagen',
  bookAnother: 'Weiteren Termin buchen',
  rescheduleStart: 'Termin verschieben',

  errors: {
    network:
      'Keine Verbindung zum Buchungsdienst. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    unexpected:
      'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut. Wenn es wieder nicht klappt, wenden Sie sich bitte an die Stelle.',
  },
  errorTimeout: 'Der Buchungsdienst antwortet nicht. Bitte versuchen Sie es erneut.',
};

/** The texts of the rarer paths, fetched only when one of them is shown. */
export const more = () => import('./more/de.js');
