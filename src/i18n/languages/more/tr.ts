import type { MoreMessages } from '../../messages.js';

/** Turkish (Türkçe): the texts of the rarer paths (see `MoreMessages`), checked as `../tr.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'Randevunuz iptal edildi',
  manageNotFound: 'Bu bağlantı çalışmıyor',
  bookingPast: 'Bu randevunun tarihi geçti',
  bookNew: 'Yeni randevu al',
  statusCancelled: 'İptal edildi',
  activationConfirmed: 'Teşekkür ederiz, randevunuz onaylandı.',
  cancelConfirm: 'Bu randevuyu gerçekten iptal etmek istiyor musunuz?',
  cancelYes: 'Evet, iptal et',
  cancelNo: 'Hayır, kalsın',
  cancelling: 'İptal ediliyor…',
  cancelled: 'Randevunuz iptal edildi.',

  // The calendar file
  icsSummary: 'Randevu: {concerns} – {office}',
  icsReference: 'Randevu numarası: {reference}',
  icsBring: 'Lütfen yanınızda getirin: {items}',
  icsReminder: 'Hatırlatma: Randevunuz yarın saat {time}.',

  // Changing an appointment
  rescheduleTime: 'Yeni bir saat seçin',
  rescheduleReview: 'Değişikliği kontrol edin',
  previousAppointment: 'Mevcut randevu',
  newAppointment: 'Yeni randevu',
  rescheduleSubmit: 'Zamanı kesin olarak değiştir',
  rescheduling: 'Zaman değiştiriliyor…',
  rescheduled: 'Randevunuzun zamanı değiştirildi',
  rescheduledReleased: 'Önceki randevunuz ({when}) başkalarına açıldı.',
  rescheduleOldKept: 'Mevcut randevunuz değişmedi.',
  rescheduleCancelOldFailed:
    'Yeni randevunuz alındı, ancak önceki randevunuz ({when}) iptal edilemedi. Şu anda iki randevunuz var. Başkaları alabilsin diye lütfen önceki randevuyu şimdi iptal edin.',
  rescheduleCancelOldRetry: 'Önceki randevuyu şimdi iptal et',
  keepAppointment: 'Randevuma geri dön',

  // The captcha
  captcha: {
    label: 'Güvenlik kontrolü',
    checking: 'Kontrol ediliyor…',
    verified: 'Kontrol edildi',
    failed: 'Kontrol başarısız oldu.',
    retry: 'Yeniden kontrol et',
  },

  // A page that set the widget up wrongly
  configMissingApi: 'Bu randevu modülü kurulmamış: Sayfada bir randevu sisteminin adresi (api) belirtilmelidir.',
  configUnknownBackend: 'Bu randevu modülü doğru kurulmamış: “{backend}” adlı arka uç tanınmıyor.',

  // What the backend refused
  refusals: {
    'invalid-input': 'Bazı bilgiler kabul edilmedi. Lütfen işaretli alanları düzeltin.',
    'slot-taken': 'Maalesef bu saat az önce alındı. Lütfen başka bir saat seçin; girdiğiniz bilgiler korunuyor.',
    'hold-expired': 'Ayırma süreniz doldu. Lütfen yeniden bir saat seçin; girdiğiniz bilgiler korunuyor.',
    'limit-reached':
      'Bu kurumdan alabileceğiniz en fazla sayıda randevuyu zaten aldınız. Lütfen önce başka bir randevuyu iptal edin (onay e-postanızdaki bağlantıyla) veya kurumla iletişime geçin.',
    'too-late':
      'Bu randevu artık internet üzerinden değiştirilemez veya iptal edilemez. Lütfen doğrudan kurumla iletişime geçin.',
    'idempotency-mismatch':
      'Randevunuz alınamadı, çünkü bilgileriniz gönderilirken değişti. Lütfen bilgilerinizi kontrol edip yeniden randevu alın.',
    'captcha-required':
      'Güvenlik kontrolü başarılı olmadı. Lütfen “Yeniden kontrol et” düğmesine basın ve ardından tekrar bir saat seçin.',
    'not-found':
      'Bu randevuyu bulamadık. Randevu iptal edilmiş, bağlantı eksik ya da süresi dolmuş olabilir. Yeni bir randevu alabilirsiniz.',
    'rate-limited': 'Şu anda çok fazla istek geliyor. Lütfen biraz bekleyin.',
    unavailable:
      'Bakım çalışmaları nedeniyle şu anda internet üzerinden randevu alınamıyor. Lütfen daha sonra yeniden deneyin.',
  },
  errorRetryIn: {
    one: 'Lütfen {count} saniye sonra yeniden deneyin.',
    other: 'Lütfen {count} saniye sonra yeniden deneyin.',
  },
};
