import type { MoreMessages } from '../../messages.js';

/** Persian (فارسی): the texts of the rarer paths (see `MoreMessages`), checked as `../fa.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'نوبت شما لغو شد',
  manageNotFound: 'این پیوند کار نمی‌کند',
  bookingPast: 'زمان این نوبت گذشته است',
  bookNew: 'ثبت نوبت جدید',
  statusCancelled: 'لغو شده',
  activationConfirmed: 'سپاسگزاریم. نوبت شما تأیید شد.',
  cancelConfirm: 'آیا واقعاً می‌خواهید این نوبت را لغو کنید؟',
  cancelYes: 'بله، لغو شود',
  cancelNo: 'خیر، لغو نشود',
  cancelling: 'در حال لغو…',
  cancelled: 'نوبت شما لغو شد.',

  // The calendar file
  icsSummary: 'نوبت: {concerns} – {office}',
  icsReference: 'شمارهٔ ثبت: {reference}',
  icsBring: 'لطفاً با خود بیاورید: {items}',
  icsReminder: 'یادآوری: نوبت شما فردا ساعت {time} است.',

  // Changing an appointment
  rescheduleTime: 'انتخاب زمان جدید',
  rescheduleReview: 'بررسی تغییر',
  previousAppointment: 'نوبت قبلی',
  newAppointment: 'نوبت جدید',
  rescheduleSubmit: 'تغییر قطعی زمان نوبت',
  rescheduling: 'در حال تغییر زمان…',
  rescheduled: 'زمان نوبت شما تغییر کرد',
  rescheduledReleased: 'نوبت قبلی شما ({when}) آزاد شد.',
  rescheduleOldKept: 'نوبت قبلی شما تغییری نکرده است.',
  rescheduleCancelOldFailed:
    'نوبت جدید شما ثبت شد، اما نوبت قبلی شما ({when}) لغو نشد. اکنون دو نوبت دارید. لطفاً همین حالا نوبت قبلی را لغو کنید تا برای دیگران آزاد شود.',
  rescheduleCancelOldRetry: 'لغو فوری نوبت قبلی',
  keepAppointment: 'بازگشت به نوبت من',

  // The captcha
  captcha: {
    label: 'بررسی امنیتی',
    checking: 'در حال بررسی…',
    verified: 'بررسی شد',
    failed: 'بررسی ناموفق بود.',
    retry: 'بررسی دوباره',
  },

  // A page that set the widget up wrongly
  configMissingApi: 'این ابزار نوبت‌دهی راه‌اندازی نشده است: صفحه باید نشانی یک سامانهٔ نوبت‌دهی (api) را مشخص کند.',
  configUnknownBackend: 'این ابزار نوبت‌دهی درست راه‌اندازی نشده است: نوع سامانهٔ «{backend}» ناشناخته است.',

  // What the backend refused
  refusals: {
    'invalid-input': 'برخی از اطلاعات پذیرفته نشد. لطفاً کادرهای مشخص‌شده را اصلاح کنید.',
    'slot-taken':
      'متأسفانه این ساعت همین الان گرفته شد. لطفاً ساعت دیگری را انتخاب کنید؛ اطلاعاتی که وارد کرده‌اید حفظ می‌شود.',
    'hold-expired':
      'مدت نگه‌داری ساعت شما تمام شد. لطفاً دوباره یک ساعت انتخاب کنید؛ اطلاعاتی که وارد کرده‌اید حفظ می‌شود.',
    'limit-reached':
      'شما در این اداره به تعداد مجاز نوبت ثبت کرده‌اید. لطفاً ابتدا یکی از نوبت‌های دیگر خود را لغو کنید (با پیوند داخل رایانامهٔ تأیید) یا با اداره تماس بگیرید.',
    'too-late': 'این نوبت را دیگر نمی‌توان به‌صورت اینترنتی تغییر داد یا لغو کرد. لطفاً مستقیماً با اداره تماس بگیرید.',
    'idempotency-mismatch':
      'ثبت نوبت شما کامل نشد، چون اطلاعات شما هنگام ارسال تغییر کرد. لطفاً اطلاعات را بررسی کنید و دوباره ثبت کنید.',
    'captcha-required':
      'بررسی امنیتی موفق نبود. لطفاً آن را با «بررسی دوباره» از نو شروع کنید و سپس دوباره یک ساعت انتخاب کنید.',
    'not-found':
      'این نوبت را پیدا نکردیم. شاید لغو شده باشد، یا پیوند ناقص باشد یا اعتبارش تمام شده باشد. می‌توانید نوبت جدیدی ثبت کنید.',
    'rate-limited': 'در حال حاضر درخواست‌های زیادی می‌رسد. لطفاً کمی صبر کنید.',
    unavailable: 'ثبت نوبت اینترنتی به دلیل کارهای فنی فعلاً در دسترس نیست. لطفاً بعداً دوباره تلاش کنید.',
  },
  errorRetryIn: {
    one: 'لطفاً {count} ثانیهٔ دیگر دوباره تلاش کنید.',
    other: 'لطفاً {count} ثانیهٔ دیگر دوباره تلاش کنید.',
  },
};
