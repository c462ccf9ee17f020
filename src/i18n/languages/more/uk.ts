import type { MoreMessages } from '../../messages.js';

/** Ukrainian (Українська): the texts of the rarer paths (see `MoreMessages`), checked as `../uk.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'Ваш запис скасовано',
  manageNotFound: 'Це посилання не працює',
  bookingPast: 'Час цього запису вже минув',
  bookNew: 'Записатися знову',
  statusCancelled: 'Скасовано',
  activationConfirmed: 'Дякуємо! Ваш запис підтверджено.',
  cancelConfirm: 'Ви справді хочете скасувати цей запис?',
  cancelYes: 'Так, скасувати',
  cancelNo: 'Ні, залишити',
  cancelling: 'Скасовуємо…',
  cancelled: 'Ваш запис скасовано.',

  // The calendar file
  icsSummary: 'Прийом: {concerns} — {office}',
  icsReference: 'Номер запису: {reference}',
  icsBring: 'Візьміть із собою: {items}',
  icsReminder: 'Нагадування: Вас записано на завтра на {time}.',

  // Changing an appointment
  rescheduleTime: 'Оберіть новий час',
  rescheduleReview: 'Перевірте зміни',
  previousAppointment: 'Попередній запис',
  newAppointment: 'Новий запис',
  rescheduleSubmit: 'Перенести запис',
  rescheduling: 'Переносимо…',
  rescheduled: 'Ваш запис перенесено',
  rescheduledReleased: 'Попередній запис ({when}) скасовано, цей час знову вільний.',
  rescheduleOldKept: 'Попередній запис залишається чинним.',
  rescheduleCancelOldFailed:
    'Новий запис оформлено, але попередній запис ({when}) скасувати не вдалося. Зараз у Вас два записи. Будь ласка, одразу скасуйте попередній запис, щоб цей час могли взяти інші.',
  rescheduleCancelOldRetry: 'Скасувати попередній запис зараз',
  keepAppointment: 'Повернутися до мого запису',

  // The captcha
  captcha: {
    label: 'Перевірка безпеки',
    checking: 'Перевіряємо…',
    verified: 'Перевірку пройдено',
    failed: 'Перевірку не пройдено.',
    retry: 'Перевірити ще раз',
  },

  // A page that set the widget up wrongly
  configMissingApi: 'Модуль запису не налаштовано: на сторінці має бути вказано адресу системи запису (api).',
  configUnknownBackend: 'Модуль запису налаштовано неправильно: невідомий тип системи запису «{backend}».',

  // What the backend refused
  refusals: {
    'invalid-input': 'Деякі дані не прийнято. Виправте позначені поля.',
    'slot-taken': 'На жаль, цей час щойно зайняли. Оберіть інший час. Введені дані збережено.',
    'hold-expired': 'Бронювання завершилося. Оберіть час ще раз. Введені дані збережено.',
    'limit-reached':
      'Ви вже маєте найбільшу дозволену кількість записів до цієї установи. Спершу скасуйте інший запис (за посиланням у листі з підтвердженням) або зверніться до установи.',
    'too-late': 'Цей запис уже не можна змінити чи скасувати онлайн. Зверніться безпосередньо до установи.',
    'idempotency-mismatch':
      'Запис не оформлено, бо Ваші дані змінилися під час надсилання. Перевірте їх і запишіться ще раз.',
    'captcha-required': 'Перевірку безпеки не пройдено. Натисніть «Перевірити ще раз», а потім знову оберіть час.',
    'not-found':
      'Ми не знайшли цього запису. Можливо, його скасовано або посилання неповне чи застаріле. Ви можете записатися знову.',
    'rate-limited': 'Зараз надходить забагато запитів. Зачекайте трохи.',
    unavailable: 'Онлайн-запис зараз недоступний через технічні роботи. Спробуйте пізніше.',
  },
  errorRetryIn: {
    one: 'Спробуйте ще раз через {count} секунду.',
    few: 'Спробуйте ще раз через {count} секунди.',
    many: 'Спробуйте ще раз через {count} секунд.',
    other: 'Спробуйте ще раз через {count} секунди.',
  },
};
