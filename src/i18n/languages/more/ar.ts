import type { MoreMessages } from '../../messages.js';

/** Arabic (العربية): the texts of the rarer paths (see `MoreMessages`), checked as `../ar.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'تم إلغاء موعدك',
  manageNotFound: 'هذا الرابط لا يعمل',
  bookingPast: 'لقد مضى وقت هذا الموعد',
  bookNew: 'حجز موعد جديد',
  statusCancelled: 'ملغى',
  activationConfirmed: 'شكرًا لك، تم تأكيد موعدك.',
  cancelConfirm: 'هل تريد فعلًا إلغاء هذا الموعد؟',
  cancelYes: 'نعم، إلغاء الموعد',
  cancelNo: 'لا، الاحتفاظ بالموعد',
  cancelling: 'جارٍ الإلغاء…',
  cancelled: 'تم إلغاء موعدك.',

  // The calendar file
  icsSummary: 'موعد: {concerns} – {office}',
  icsReference: 'رقم الحجز: {reference}',
  icsBring: 'يُرجى إحضار: {items}',
  icsReminder: 'تذكير: موعدك غدًا الساعة {time}.',

  // Changing an appointment
  rescheduleTime: 'اختيار وقت جديد',
  rescheduleReview: 'مراجعة التغيير',
  previousAppointment: 'الموعد الحالي',
  newAppointment: 'الموعد الجديد',
  rescheduleSubmit: 'نقل الموعد نهائيًا',
  rescheduling: 'جارٍ نقل الموعد…',
  rescheduled: 'تم نقل موعدك',
  rescheduledReleased: 'أصبح موعدك السابق يوم {when} متاحًا لغيرك.',
  rescheduleOldKept: 'يبقى موعدك الحالي كما هو.',
  rescheduleCancelOldFailed:
    'تم حجز موعدك الجديد، لكن تعذّر إلغاء موعدك السابق يوم {when}. لديك الآن موعدان. يُرجى إلغاء الموعد السابق الآن ليصبح متاحًا لغيرك.',
  rescheduleCancelOldRetry: 'إلغاء الموعد السابق الآن',
  keepAppointment: 'العودة إلى موعدي',

  // The captcha
  captcha: {
    label: 'الفحص الأمني',
    checking: 'جارٍ الفحص…',
    verified: 'تم الفحص',
    failed: 'لم ينجح الفحص.',
    retry: 'إعادة الفحص',
  },

  // A page that set the widget up wrongly
  configMissingApi: 'وحدة الحجز هذه غير مُعدّة: يجب أن تذكر الصفحة عنوان نظام الحجز (api).',
  configUnknownBackend: 'وحدة الحجز هذه غير مُعدّة بشكل صحيح: الواجهة الخلفية «{backend}» غير معروفة.',

  // What the backend refused
  refusals: {
    'invalid-input': 'لم تُقبل بعض البيانات. يُرجى تصحيح الحقول المميزة.',
    'slot-taken': 'عذرًا، حجز شخص آخر هذا الوقت للتو. يُرجى اختيار وقت آخر؛ ستبقى البيانات التي أدخلتها محفوظة.',
    'hold-expired': 'انتهى حجزك المؤقت. يُرجى اختيار وقت من جديد؛ ستبقى البيانات التي أدخلتها محفوظة.',
    'limit-reached':
      'لقد حجزت لدى هذا المكتب الحد الأقصى المسموح به من المواعيد. يُرجى أولًا إلغاء موعد آخر (عبر الرابط في رسالة التأكيد)، أو التواصل مع المكتب.',
    'too-late': 'لم يعد ممكنًا تغيير هذا الموعد أو إلغاؤه عبر الإنترنت. يُرجى التواصل مع المكتب مباشرةً.',
    'idempotency-mismatch':
      'لم يكتمل حجزك، لأن البيانات التي أدخلتها تغيّرت أثناء إرسالها. يُرجى مراجعتها والحجز من جديد.',
    'captcha-required': 'لم ينجح الفحص الأمني. يُرجى إعادته بالنقر على «إعادة الفحص»، ثم اختيار وقت من جديد.',
    'not-found': 'لم نعثر على هذا الموعد. ربما أُلغي، أو أن الرابط غير مكتمل أو انتهت صلاحيته. يمكنك حجز موعد جديد.',
    'rate-limited': 'تصلنا الآن طلبات كثيرة جدًا. يُرجى الانتظار قليلًا.',
    unavailable: 'الحجز عبر الإنترنت غير متاح حاليًا بسبب أعمال صيانة. يُرجى المحاولة لاحقًا.',
  },
  errorRetryIn: {
    zero: 'يُرجى المحاولة مرة أخرى بعد {count} ثانية.',
    one: 'يُرجى المحاولة مرة أخرى بعد {count} ثانية.',
    two: 'يُرجى المحاولة مرة أخرى بعد {count} ثانيتين.',
    few: 'يُرجى المحاولة مرة أخرى بعد {count} ثوانٍ.',
    many: 'يُرجى المحاولة مرة أخرى بعد {count} ثانية.',
    other: 'يُرجى المحاولة مرة أخرى بعد {count} ثانية.',
  },
};
