import type { MoreMessages } from '../../messages.js';

/** Bulgarian (Български): the texts of the rarer paths (see `MoreMessages`), checked as `../bg.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'Часът ви е отменен',
  manageNotFound: 'Тази връзка не работи',
  bookingPast: 'Този час вече е минал',
  bookNew: 'Запишете нов час',
  statusCancelled: 'Отменен',
  activationConfirmed: 'Благодарим ви! Часът ви е потвърден.',
  cancelConfirm: 'Наистина ли искате да отмените този час?',
  cancelYes: 'Да, отменям',
  cancelNo: 'Не, запазвам го',
  cancelling: 'Отмяна…',
  cancelled: 'Часът ви е отменен.',

  // The calendar file
  icsSummary: 'Записан час: {concerns} – {office}',
  icsReference: 'Номер на записването: {reference}',
  icsBring: 'Моля, носете: {items}',
  icsReminder: 'Напомняне: часът ви е утре в {time} ч.',

  // Changing an appointment
  rescheduleTime: 'Изберете нов час',
  rescheduleReview: 'Проверка на промяната',
  previousAppointment: 'Досегашен час',
  newAppointment: 'Нов час',
  rescheduleSubmit: 'Пренасрочете часа',
  rescheduling: 'Пренасрочване…',
  rescheduled: 'Часът ви е пренасрочен',
  rescheduledReleased: 'Досегашният ви час за {when} е освободен.',
  rescheduleOldKept: 'Досегашният ви час остава в сила.',
  rescheduleCancelOldFailed:
    'Новият ви час е записан, но досегашният час за {when} не можа да бъде отменен. В момента сте записани два пъти. Моля, отменете досегашния час сега, за да се освободи за други хора.',
  rescheduleCancelOldRetry: 'Отменете досегашния час сега',
  keepAppointment: 'Обратно към моя час',

  // The captcha
  captcha: {
    label: 'Проверка за сигурност',
    checking: 'Проверка…',
    verified: 'Проверено',
    failed: 'Проверката не беше успешна.',
    retry: 'Проверете отново',
  },

  // A page that set the widget up wrongly
  configMissingApi:
    'Този модул за записване не е настроен: страницата трябва да посочи адреса на система за записване (api).',
  configUnknownBackend:
    'Този модул за записване не е настроен правилно: системата за записване „{backend}“ е непозната.',

  // What the backend refused
  refusals: {
    'invalid-input': 'Някои данни не бяха приети. Моля, поправете отбелязаните полета.',
    'slot-taken': 'За съжаление този час току-що беше зает. Моля, изберете друг час; въведените от вас данни остават.',
    'hold-expired': 'Резервацията ви изтече. Моля, изберете отново час; въведените от вас данни остават.',
    'limit-reached':
      'Вече имате максималния разрешен брой записани часове в тази служба. Моля, първо отменете друг час (чрез връзката в имейла за потвърждение) или се обърнете към службата.',
    'too-late': 'Този час вече не може да бъде променен или отменен онлайн. Моля, обърнете се пряко към службата.',
    'idempotency-mismatch':
      'Записването не беше завършено, защото данните ви се промениха по време на изпращането. Моля, проверете ги и запишете часа отново.',
    'captcha-required':
      'Проверката за сигурност не беше успешна. Моля, започнете я отново с „Проверете отново“ и след това изберете отново час.',
    'not-found':
      'Не открихме този час. Може да е бил отменен или връзката да е непълна или с изтекъл срок. Можете да запишете нов час.',
    'rate-limited': 'В момента постъпват твърде много заявки. Моля, изчакайте малко.',
    unavailable:
      'Онлайн записването в момента не е достъпно поради техническа поддръжка. Моля, опитайте отново по-късно.',
  },
  errorRetryIn: {
    one: 'Моля, опитайте отново след {count} секунда.',
    other: 'Моля, опитайте отново след {count} секунди.',
  },
};
