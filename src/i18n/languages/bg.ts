import type { BookingMessages } from '../messages.js';

/**
 * Bulgarian (Български). Translated from the German and English texts with machine help;
 * not yet checked by a native speaker.
 */
export const messages: BookingMessages = {
  widgetLabel: 'Записване на час',
  officeLabel: 'Записване на час: {office}',
  loading: 'Зареждане…',
  stepOf: 'Стъпка {current} от {total}',
  back: 'Назад',
  next: 'Напред',
  retry: 'Опитайте отново',
  change: 'Промяна',
  steps: {
    concerns: 'Каква услуга ви е нужна?',
    location: 'Къде?',
    time: 'Дата и час',
    contact: 'Вашите данни за контакт',
    review: 'Проверка и записване',
    done: 'Часът ви е записан',
    manage: 'Вашият час',
  },
  language: 'Език',
  languageChanged: 'Езикът е сменен: {language}.',

  concernFilterLabel: 'Търсене на услуга',
  concernFilterNoMatch:
    'Няма услуга, която да отговаря на „{query}“. Проверете как е изписано или изчистете търсенето, за да видите всички услуги.',
  concernFilterClear: 'Изчистване на търсенето',
  concernMatches: { one: '{count} намерена услуга', other: '{count} намерени услуги' },
  concernNone: 'Тази служба в момента не предлага онлайн записване на час.',
  concernPersons: 'Брой лица',
  concernPersonsFor: 'Брой лица за {name}',
  concernMoreInfo: 'Повече информация',
  concernMoreInfoNewWindow: 'Повече информация за {name} (отваря се в нов прозорец)',
  concernNotCombinable: 'Не може да се запише заедно с избраните услуги',
  concernSelected: { one: '{count} избрана услуга', other: '{count} избрани услуги' },
  concernOtherCategory: 'Други',
  estimatedDuration: 'Очаквана продължителност: {duration}',
  chooseConcernFirst: 'Моля, изберете поне една услуга.',
  noLocationForSelection:
    'Нито един офис не предлага всички тези услуги заедно. Моля, запишете час за всяка поотделно.',

  locationLegend: 'Изберете офис',
  locationAny: 'Най-ранен свободен час, без значение в кой офис',
  locationAnyHint: 'Показваме свободните часове във всички офиси, които предлагат избраните от вас услуги.',
  chooseLocationFirst: 'Моля, изберете офис.',

  previousMonth: 'Предишен месец',
  nextMonth: 'Следващ месец',
  dayBookable: 'има свободни часове',
  dayNotBookable: 'няма свободни часове',
  nextBookableDate: 'Следващ свободен ден: {date}',
  noBookableDate: 'През следващите седмици няма свободни часове.',
  noSlotsThisMonth: 'През този месец няма свободни часове.',
  calendarLoading: 'Зареждане на свободните дни…',
  earliestAppointment: 'Най-ранен свободен час: {when}',
  bookEarliest: 'Изберете най-ранния час',
  slotsFor: 'Часове за {date}',
  chooseDayFirst: 'Изберете ден, за да видите свободните часове.',
  noSlotsThisDay: 'В този ден няма свободни часове.',
  slotsLoading: 'Зареждане на свободните часове…',
  dayTakenMeanwhile: 'Оказа се, че в този ден няма свободен час за избраните услуги. Моля, изберете друг ден.',
  partsOfDay: { morning: 'Преди обед', afternoon: 'Следобед', evening: 'Вечер' },
  timesIn: 'Часове по {zone}',
  slotAt: '{time}, {location}',

  holding: 'Резервиране на часа…',
  heldUntil: 'Часът е резервиран за вас до {time} ч.',
  holdExtend: 'Удължете резервацията',
  holdWarning: {
    one: 'Резервацията ви изтича след {count} минута.',
    other: 'Резервацията ви изтича след {count} минути.',
  },
  holdLastMinute: 'Резервацията ви изтича след по-малко от минута.',
  holdRenewed: 'Часът ви отново е резервиран.',

  contactName: 'Име и фамилия',
  contactEmail: 'Имейл',
  contactPhone: 'Телефон',
  optional: 'незадължително',
  requiredHint: 'Полетата, отбелязани с *, са задължителни.',
  consent: 'Давам съгласие данните ми да бъдат обработени за записването на този час.',
  privacyPolicyNewWindow: 'Декларация за поверителност (отваря се в нов прозорец)',
  fieldInvalid: 'Моля, проверете това поле.',
  fieldRequired: 'Моля, попълнете това поле.',
  emailMissingAt: 'В имейл адреса липсва знакът @. Моля, въведете адреса изцяло, например name@example.org.',
  emailMissingDomain:
    'След знака @ липсва пълното име на домейна с точка, например @example.org. Моля, проверете адреса.',
  emailInvalid: 'Този имейл адрес не е валиден. Моля, проверете го, например name@example.org.',
  phoneCharacters:
    'Телефонният номер може да съдържа само цифри, интервали и знаците + - / ( ), например +49 251 492-0.',
  phoneLength: 'Телефонният номер трябва да има от 7 до 15 цифри, например +49 251 492-0 или 0176 1234567.',
  consentRequired: 'Моля, дайте съгласието си, за да можем да запишем часа ви.',

  reviewConcerns: 'Услуги',
  reviewLocation: 'Офис',
  reviewTime: 'Дата и час',
  reviewContact: 'Данни за контакт',
  changeConcerns: 'Промяна на услугите',
  changeLocation: 'Промяна на офиса',
  changeTime: 'Промяна на датата и часа',
  changeContact: 'Промяна на данните за контакт',
  book: 'Запишете часа',
  booking: 'Записване…',
  persons: { one: '{count} лице', other: '{count} лица' },

  donePending: {
    one: 'Моля, потвърдете часа си по имейл в рамките на {count} минута',
    other: 'Моля, потвърдете часа си по имейл в рамките на {count} минути',
  },
  donePendingNoTime: 'Моля, потвърдете часа си по имейл',
  bringHeading: 'Моля, носете със себе си',
  addressHeading: 'Адрес',
  changeOrCancelHeading: 'Промяна или отмяна на часа',
  changeOrCancelText:
    'Можете да промените или отмените часа чрез връзката в имейла за потвърждение. Моля, пригответе номера на записването.',
  reference: 'Номер на записването',
  statusLabel: 'Състояние',
  statusConfirmed: 'Потвърден',
  statusPending: 'Очаква вашето потвърждение',
  pendingVerification: {
    one: 'Моля, проверете електронната си поща и потвърдете часа в рамките на {count} минута. Иначе часът ще бъде освободен.',
    other:
      'Моля, проверете електронната си поща и потвърдете часа в рамките на {count} минути. Иначе часът ще бъде освободен.',
  },
  pendingVerificationNoTime: 'Моля, проверете електронната си поща и потвърдете часа чрез връзката в имейла.',
  addToCalendar: 'Добавяне в календара (.ics)',
  print: 'Печат',
  cancelBooking: 'Отмяна на часа',
  bookAnother: 'Запишете още един час',
  rescheduleStart: 'Пренасрочване на часа',

  errors: {
    network: 'Няма връзка със системата за записване. Моля, проверете интернет връзката си и опитайте отново.',
    unexpected: 'Нещо се обърка. Моля, опитайте отново. Ако пак не стане, обърнете се към службата.',
  },
  errorTimeout: 'Системата за записване не отговаря. Моля, опитайте отново.',
};

/** The texts of the rarer paths, fetched only when one of them is shown. */
export const more = () => import('./more/bg.js');
