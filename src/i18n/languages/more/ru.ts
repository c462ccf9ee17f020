import type { MoreMessages } from '../../messages.js';

/** Russian (Русский): the texts of the rarer paths (see `MoreMessages`), checked as `../ru.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'Ваша запись отменена',
  manageNotFound: 'Эта ссылка не работает',
  bookingPast: 'Время этой записи уже прошло',
  bookNew: 'Записаться снова',
  statusCancelled: 'Отменена',
  activationConfirmed: 'Спасибо! Ваша запись подтверждена.',
  cancelConfirm: 'Вы действительно хотите отменить эту запись?',
  cancelYes: 'Да, отменить',
  cancelNo: 'Нет, оставить',
  cancelling: 'Отменяем…',
  cancelled: 'Ваша запись отменена.',

  // The calendar file
  icsSummary: 'Приём: {concerns} — {office}',
  icsReference: 'Номер записи: {reference}',
  icsBring: 'Возьмите с собой: {items}',
  icsReminder: 'Напоминание: вы записаны на завтра на {time}.',

  // Changing an appointment
  rescheduleTime: 'Выберите новое время',
  rescheduleReview: 'Проверьте изменения',
  previousAppointment: 'Прежняя запись',
  newAppointment: 'Новая запись',
  rescheduleSubmit: 'Перенести запись',
  rescheduling: 'Переносим…',
  rescheduled: 'Ваша запись перенесена',
  rescheduledReleased: 'Прежняя запись ({when}) отменена, это время снова свободно.',
  rescheduleOldKept: 'Прежняя запись остаётся в силе.',
  rescheduleCancelOldFailed:
    'Новая запись оформлена, но прежнюю запись ({when}) отменить не удалось. Сейчас у вас две записи. Пожалуйста, сразу отмените прежнюю запись, чтобы это время могли занять другие.',
  rescheduleCancelOldRetry: 'Отменить прежнюю запись сейчас',
  keepAppointment: 'Вернуться к моей записи',

  // The captcha
  captcha: {
    label: 'Проверка безопасности',
    checking: 'Проверяем…',
    verified: 'Проверка пройдена',
    failed: 'Проверка не пройдена.',
    retry: 'Проверить ещё раз',
  },

  // A page that set the widget up wrongly
  configMissingApi: 'Модуль записи не настроен: на странице должен быть указан адрес системы записи (api).',
  configUnknownBackend: 'Модуль записи настроен неправильно: неизвестный тип системы записи «{backend}».',

  // What the backend refused
  refusals: {
    'invalid-input': 'Некоторые данные не приняты. Исправьте отмеченные поля.',
    'slot-taken': 'К сожалению, это время только что заняли. Выберите другое время. Введённые данные сохранены.',
    'hold-expired': 'Бронирование закончилось. Выберите время ещё раз. Введённые данные сохранены.',
    'limit-reached':
      'У вас уже максимальное разрешённое число записей в это учреждение. Сначала отмените другую запись (по ссылке в письме с подтверждением) или обратитесь в учреждение.',
    'too-late': 'Эту запись уже нельзя изменить или отменить онлайн. Обратитесь напрямую в учреждение.',
    'idempotency-mismatch':
      'Запись не оформлена: ваши данные изменились во время отправки. Проверьте их и запишитесь ещё раз.',
    'captcha-required': 'Проверка безопасности не пройдена. Нажмите «Проверить ещё раз», а затем снова выберите время.',
    'not-found':
      'Мы не нашли эту запись. Возможно, её отменили, а возможно, ссылка неполная или устарела. Вы можете записаться снова.',
    'rate-limited': 'Сейчас поступает слишком много запросов. Подождите немного.',
    unavailable: 'Онлайн-запись сейчас недоступна из-за технических работ. Попробуйте позже.',
  },
  errorRetryIn: {
    one: 'Попробуйте ещё раз через {count} секунду.',
    few: 'Попробуйте ещё раз через {count} секунды.',
    many: 'Попробуйте ещё раз через {count} секунд.',
    other: 'Попробуйте ещё раз через {count} секунды.',
  },
};
