import type { MoreMessages } from '../../messages.js';

/** Polish (Polski): the texts of the rarer paths (see `MoreMessages`), checked as `../pl.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'Termin został odwołany',
  manageNotFound: 'Ten link nie działa',
  bookingPast: 'Ten termin już minął',
  bookNew: 'Umów nowy termin',
  statusCancelled: 'Odwołany',
  activationConfirmed: 'Dziękujemy. Termin jest potwierdzony.',
  cancelConfirm: 'Czy na pewno chcą Państwo odwołać ten termin?',
  cancelYes: 'Tak, odwołuję',
  cancelNo: 'Nie, zostawiam',
  cancelling: 'Odwoływanie terminu…',
  cancelled: 'Termin został odwołany.',

  // The calendar file
  icsSummary: 'Termin: {concerns} – {office}',
  icsReference: 'Numer terminu: {reference}',
  icsBring: 'Proszę zabrać: {items}',
  icsReminder: 'Przypomnienie: umówiony termin jest jutro o {time}.',

  // Changing an appointment
  rescheduleTime: 'Wybór nowego terminu',
  rescheduleReview: 'Podsumowanie zmiany',
  previousAppointment: 'Dotychczasowy termin',
  newAppointment: 'Nowy termin',
  rescheduleSubmit: 'Przełóż termin',
  rescheduling: 'Przekładanie terminu…',
  rescheduled: 'Termin został przełożony',
  rescheduledReleased: 'Dotychczasowy termin ({when}) został zwolniony.',
  rescheduleOldKept: 'Dotychczasowy termin pozostaje bez zmian.',
  rescheduleCancelOldFailed:
    'Nowy termin jest umówiony, ale nie udało się odwołać dotychczasowego terminu ({when}). Mają Państwo teraz dwa terminy. Proszę od razu odwołać dotychczasowy termin, aby mogli z niego skorzystać inni.',
  rescheduleCancelOldRetry: 'Odwołaj teraz dotychczasowy termin',
  keepAppointment: 'Wróć do mojego terminu',

  // The captcha
  captcha: {
    label: 'Weryfikacja bezpieczeństwa',
    checking: 'Trwa weryfikacja…',
    verified: 'Zweryfikowano',
    failed: 'Weryfikacja nie powiodła się.',
    retry: 'Powtórz weryfikację',
  },

  // A page that set the widget up wrongly
  configMissingApi:
    'Moduł umawiania terminów nie jest skonfigurowany: strona musi podać adres systemu umawiania terminów (api).',
  configUnknownBackend: 'Moduł umawiania terminów jest źle skonfigurowany: nieznany rodzaj systemu „{backend}”.',

  // What the backend refused
  refusals: {
    'invalid-input': 'Niektóre dane nie zostały przyjęte. Proszę poprawić zaznaczone pola.',
    'slot-taken':
      'Niestety ta godzina została właśnie zajęta. Proszę wybrać inną godzinę. Wpisane dane zostaną zachowane.',
    'hold-expired': 'Rezerwacja wygasła. Proszę ponownie wybrać godzinę. Wpisane dane zostaną zachowane.',
    'limit-reached':
      'Umówili już Państwo w tym urzędzie tyle terminów, ile jest dozwolone. Proszę najpierw odwołać inny termin (przez link w e-mailu z potwierdzeniem) albo skontaktować się z urzędem.',
    'too-late':
      'Tego terminu nie można już zmienić ani odwołać przez internet. Proszę skontaktować się bezpośrednio z urzędem.',
    'idempotency-mismatch':
      'Termin nie został umówiony, ponieważ dane zmieniły się podczas wysyłania. Proszę je sprawdzić i umówić termin ponownie.',
    'captcha-required':
      'Weryfikacja bezpieczeństwa nie powiodła się. Proszę uruchomić ją ponownie przyciskiem „Powtórz weryfikację”, a potem jeszcze raz wybrać godzinę.',
    'not-found':
      'Nie znaleźliśmy tego terminu. Być może został odwołany albo link jest niepełny lub wygasł. Można umówić nowy termin.',
    'rate-limited': 'W tej chwili wpływa zbyt wiele zapytań. Proszę chwilę poczekać.',
    unavailable:
      'Umawianie terminów przez internet jest chwilowo niedostępne z powodu prac technicznych. Proszę spróbować później.',
  },
  errorRetryIn: {
    one: 'Proszę spróbować ponownie za {count} sekundę.',
    few: 'Proszę spróbować ponownie za {count} sekundy.',
    many: 'Proszę spróbować ponownie za {count} sekund.',
    other: 'Proszę spróbować ponownie za {count} sekundy.',
  },
};
