import type { BookingMessages } from '../messages.js';

/**
 * Polish (Polski). Translated from the German and English texts with machine help;
 * not yet checked by a native speaker.
 */
export const messages: BookingMessages = {
  widgetLabel: 'Umawianie terminu',
  officeLabel: 'Umawianie terminu: {office}',
  loading: 'Wczytywanie…',
  stepOf: 'Krok {current} z {total}',
  back: 'Wstecz',
  next: 'Dalej',
  retry: 'Spróbuj ponownie',
  change: 'Zmień',
  steps: {
    concerns: 'W jakiej sprawie?',
    location: 'Gdzie?',
    time: 'Data i godzina',
    contact: 'Dane kontaktowe',
    review: 'Podsumowanie',
    done: 'Termin został umówiony',
    manage: 'Państwa termin',
  },
  language: 'Język',
  languageChanged: 'Wybrany język: {language}.',

  concernFilterLabel: 'Szukaj sprawy',
  concernFilterNoMatch:
    'Żadna sprawa nie pasuje do „{query}”. Proszę sprawdzić pisownię albo wyczyścić wyszukiwanie, aby zobaczyć wszystkie sprawy.',
  concernFilterClear: 'Wyczyść wyszukiwanie',
  concernMatches: {
    one: 'Znaleziono {count} sprawę',
    few: 'Znaleziono {count} sprawy',
    many: 'Znaleziono {count} spraw',
    other: 'Znaleziono {count} sprawy',
  },
  concernNone: 'Ten urząd nie umawia obecnie terminów przez internet.',
  concernPersons: 'Liczba osób',
  concernPersonsFor: 'Liczba osób: {name}',
  concernMoreInfo: 'Więcej informacji',
  concernMoreInfoNewWindow: 'Więcej informacji: {name} (otwiera się w nowym oknie)',
  concernNotCombinable: 'Nie można połączyć z wybranymi sprawami',
  concernSelected: {
    one: 'Wybrano {count} sprawę',
    few: 'Wybrano {count} sprawy',
    many: 'Wybrano {count} spraw',
    other: 'Wybrano {count} sprawy',
  },
  concernOtherCategory: 'Inne',
  estimatedDuration: 'Przewidywany czas trwania: {duration}',
  chooseConcernFirst: 'Proszę wybrać co najmniej jedną sprawę.',
  noLocationForSelection:
    'Żadna lokalizacja nie obsługuje wszystkich tych spraw razem. Proszę umówić osobny termin na każdą sprawę.',

  locationLegend: 'Wybór lokalizacji',
  locationAny: 'Najwcześniejszy termin w dowolnej lokalizacji',
  locationAnyHint: 'Pokazujemy wolne godziny we wszystkich lokalizacjach, które obsługują wybrane sprawy.',
  chooseLocationFirst: 'Proszę wybrać lokalizację.',

  previousMonth: 'Poprzedni miesiąc',
  nextMonth: 'Następny miesiąc',
  dayBookable: 'wolne terminy',
  dayNotBookable: 'brak terminów',
  nextBookableDate: 'Najbliższy wolny dzień: {date}',
  noBookableDate: 'W najbliższych tygodniach nie ma wolnych terminów.',
  noSlotsThisMonth: 'W tym miesiącu nie ma wolnych terminów.',
  calendarLoading: 'Wczytywanie wolnych dni…',
  earliestAppointment: 'Najwcześniejszy termin: {when}',
  bookEarliest: 'Wybierz najwcześniejszy termin',
  slotsFor: 'Godziny: {date}',
  chooseDayFirst: 'Proszę wybrać dzień, aby zobaczyć godziny.',
  noSlotsThisDay: 'W tym dniu nie ma wolnych godzin.',
  slotsLoading: 'Wczytywanie wolnych godzin…',
  dayTakenMeanwhile: 'W tym dniu nie ma już jednak wolnej godziny dla wybranych spraw. Proszę wybrać inny dzień.',
  partsOfDay: { morning: 'Przed południem', afternoon: 'Po południu', evening: 'Wieczorem' },
  timesIn: 'Godziny według strefy czasowej: {zone}',
  slotAt: '{time}, {location}',

  holding: 'Trwa rezerwacja godziny…',
  heldUntil: 'Ta godzina jest zarezerwowana dla Państwa do {time}.',
  holdExtend: 'Przedłuż rezerwację',
  holdWarning: {
    one: 'Rezerwacja wygasa za {count} minutę.',
    few: 'Rezerwacja wygasa za {count} minuty.',
    many: 'Rezerwacja wygasa za {count} minut.',
    other: 'Rezerwacja wygasa za {count} minuty.',
  },
  holdLastMinute: 'Rezerwacja wygasa za mniej niż minutę.',
  holdRenewed: 'Godzina jest ponownie zarezerwowana.',

  contactName: 'Imię i nazwisko',
  contactEmail: 'Adres e-mail',
  contactPhone: 'Numer telefonu',
  optional: 'opcjonalnie',
  requiredHint: 'Pola oznaczone * są obowiązkowe.',
  consent: 'Wyrażam zgodę na przetwarzanie moich danych w celu umówienia tego terminu.',
  privacyPolicyNewWindow: 'Informacja o ochronie danych (otwiera się w nowym oknie)',
  fieldInvalid: 'Proszę sprawdzić to pole.',
  fieldRequired: 'Proszę wypełnić to pole.',
  emailMissingAt: 'W adresie e-mail brakuje znaku @. Proszę wpisać pełny adres, na przykład name@example.org.',
  emailMissingDomain: 'Po znaku @ brakuje pełnej domeny z kropką, na przykład @example.org. Proszę sprawdzić adres.',
  emailInvalid: 'Ten adres e-mail jest nieprawidłowy. Proszę go sprawdzić (przykład: name@example.org).',
  phoneCharacters: 'Numer telefonu może zawierać tylko cyfry, spacje i znaki + - / ( ), na przykład +49 251 492-0.',
  phoneLength: 'Numer telefonu musi mieć od 7 do 15 cyfr, na przykład +49 251 492-0 lub 0176 1234567.',
  consentRequired: 'Proszę wyrazić zgodę, abyśmy mogli umówić termin.',

  reviewConcerns: 'Sprawy',
  reviewLocation: 'Lokalizacja',
  reviewTime: 'Data i godzina',
  reviewContact: 'Kontakt',
  changeConcerns: 'Zmień sprawy',
  changeLocation: 'Zmień lokalizację',
  changeTime: 'Zmień datę i godzinę',
  changeContact: 'Zmień dane kontaktowe',
  book: 'Umów termin',
  booking: 'Umawianie terminu…',
  persons: { one: '{count} osoba', few: '{count} osoby', many: '{count} osób', other: '{count} osoby' },

  donePending: {
    one: 'Proszę potwierdzić termin przez e-mail w ciągu {count} minuty',
    few: 'Proszę potwierdzić termin przez e-mail w ciągu {count} minut',
    many: 'Proszę potwierdzić termin przez e-mail w ciągu {count} minut',
    other: 'Proszę potwierdzić termin przez e-mail w ciągu {count} minuty',
  },
  donePendingNoTime: 'Proszę potwierdzić termin przez e-mail',
  bringHeading: 'Proszę zabrać ze sobą',
  addressHeading: 'Adres',
  changeOrCancelHeading: 'Zmiana lub odwołanie terminu',
  changeOrCancelText:
    'Termin można zmienić lub odwołać przez link w e-mailu z potwierdzeniem. Proszę przygotować numer terminu.',
  reference: 'Numer terminu',
  statusLabel: 'Status',
  statusConfirmed: 'Potwierdzony',
  statusPending: 'Czeka na Państwa potwierdzenie',
  pendingVerification: {
    one: 'Proszę sprawdzić pocztę e-mail i potwierdzić termin w ciągu {count} minuty. Bez potwierdzenia termin zostanie zwolniony.',
    few: 'Proszę sprawdzić pocztę e-mail i potwierdzić termin w ciągu {count} minut. Bez potwierdzenia termin zostanie zwolniony.',
    many: 'Proszę sprawdzić pocztę e-mail i potwierdzić termin w ciągu {count} minut. Bez potwierdzenia termin zostanie zwolniony.',
    other:
      'Proszę sprawdzić pocztę e-mail i potwierdzić termin w ciągu {count} minuty. Bez potwierdzenia termin zostanie zwolniony.',
  },
  pendingVerificationNoTime: 'Proszę sprawdzić pocztę e-mail i potwierdzić termin przez link w wiadomości.',
  addToCalendar: 'Dodaj do kalendarza (.ics)',
  print: 'Drukuj',
  cancelBooking: 'Odwołaj termin',
  bookAnother: 'Umów kolejny termin',
  rescheduleStart: 'Przełóż termin',

  errors: {
    network:
      'Brak połączenia z systemem umawiania terminów. Proszę sprawdzić połączenie z internetem i spróbować ponownie.',
    unexpected:
      'Coś poszło nie tak. Proszę spróbować ponownie. Jeśli to nie pomoże, proszę skontaktować się z urzędem.',
  },
  errorTimeout: 'System umawiania terminów nie odpowiada. Proszę spróbować ponownie.',
};

/** The texts of the rarer paths, fetched only when one of them is shown. */
export const more = () => import('./more/pl.js');
