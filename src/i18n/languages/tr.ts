import type { BookingMessages } from '../messages.js';

/**
 * Turkish (Türkçe). Translated from the German and English texts with machine help;
 * not yet checked by a native speaker.
 */
export const messages: BookingMessages = {
  widgetLabel: 'Randevu al',
  officeLabel: 'Randevu alma: {office}',
  loading: 'Yükleniyor…',
  stepOf: 'Adım {current} / {total}',
  back: 'Geri',
  next: 'Devam',
  retry: 'Yeniden dene',
  change: 'Değiştir',
  steps: {
    concerns: 'Hangi işlem için?',
    location: 'Nerede?',
    time: 'Tarih ve saat',
    contact: 'İletişim bilgileriniz',
    review: 'Kontrol edip randevu alın',
    done: 'Randevunuz alındı',
    manage: 'Randevunuz',
  },
  language: 'Dil',
  languageChanged: 'Dil değiştirildi: {language}.',

  concernFilterLabel: 'İşlem ara',
  concernFilterNoMatch:
    '“{query}” ile eşleşen bir işlem yok. Yazımı kontrol edin veya tüm işlemleri görmek için aramayı temizleyin.',
  concernFilterClear: 'Aramayı temizle',
  concernMatches: { one: '{count} işlem bulundu', other: '{count} işlem bulundu' },
  concernNone: 'Bu kurum şu anda internet üzerinden randevu vermiyor.',
  concernPersons: 'Kişi sayısı',
  concernPersonsFor: '{name} için kişi sayısı',
  concernMoreInfo: 'Daha fazla bilgi',
  concernMoreInfoNewWindow: '{name} hakkında daha fazla bilgi (yeni pencerede açılır)',
  concernNotCombinable: 'Seçiminizle birlikte randevu alınamaz',
  concernSelected: { one: '{count} işlem seçildi', other: '{count} işlem seçildi' },
  concernOtherCategory: 'Diğer',
  estimatedDuration: 'Tahmini süre: {duration}',
  chooseConcernFirst: 'Lütfen en az bir işlem seçin.',
  noLocationForSelection: 'Bu işlemlerin hepsinin birlikte yapıldığı bir yer yok. Lütfen ayrı ayrı randevu alın.',

  locationLegend: 'Yer seçin',
  locationAny: 'Herhangi bir yerde en erken randevu',
  locationAnyHint: 'İşlemlerinizin yapıldığı tüm yerlerdeki boş saatleri gösteriyoruz.',
  chooseLocationFirst: 'Lütfen bir yer seçin.',

  previousMonth: 'Önceki ay',
  nextMonth: 'Sonraki ay',
  dayBookable: 'boş randevu var',
  dayNotBookable: 'boş randevu yok',
  nextBookableDate: 'Boş randevu olan sonraki gün: {date}',
  noBookableDate: 'Önümüzdeki haftalarda boş randevu yok.',
  noSlotsThisMonth: 'Bu ay boş randevu yok.',
  calendarLoading: 'Boş randevu olan günler yükleniyor…',
  earliestAppointment: 'En erken randevu: {when}',
  bookEarliest: 'En erken randevuyu al',
  slotsFor: '{date} için saatler',
  chooseDayFirst: 'Saatleri görmek için bir gün seçin.',
  noSlotsThisDay: 'Bu tarihte boş saat yok.',
  slotsLoading: 'Boş saatler yükleniyor…',
  dayTakenMeanwhile: 'Bu tarihte seçiminiz için boş saat kalmamış. Lütfen başka bir gün seçin.',
  partsOfDay: { morning: 'Öğleden önce', afternoon: 'Öğleden sonra', evening: 'Akşam' },
  timesIn: 'Saat dilimi: {zone}',
  slotAt: '{time}, {location}',

  holding: 'Saat sizin için ayrılıyor…',
  heldUntil: 'Sizin için şu saate kadar ayrıldı: {time}.',
  holdExtend: 'Ayırma süresini uzat',
  holdWarning: {
    one: 'Ayırma sürenizin dolmasına {count} dakika kaldı.',
    other: 'Ayırma sürenizin dolmasına {count} dakika kaldı.',
  },
  holdLastMinute: 'Ayırma sürenizin dolmasına bir dakikadan az kaldı.',
  holdRenewed: 'Saatiniz yeniden sizin için ayrıldı.',

  contactName: 'Ad ve soyad',
  contactEmail: 'E-posta',
  contactPhone: 'Telefon',
  optional: 'isteğe bağlı',
  requiredHint: '* işaretli alanlar zorunludur.',
  consent: 'Verilerimin bu randevunun verilmesi için işlenmesini kabul ediyorum.',
  privacyPolicyNewWindow: 'Veri koruma bildirimi (yeni pencerede açılır)',
  fieldInvalid: 'Lütfen bu alanı kontrol edin.',
  fieldRequired: 'Lütfen bu alanı doldurun.',
  emailMissingAt: 'E-posta adresinde @ işareti eksik. Lütfen adresi eksiksiz girin, örneğin name@example.org.',
  emailMissingDomain:
    '@ işaretinden sonra noktalı tam alan adı eksik, örneğin @example.org. Lütfen adresi kontrol edin.',
  emailInvalid: 'Bu e-posta adresi geçerli değil. Lütfen adresi kontrol edin, örneğin name@example.org.',
  phoneCharacters:
    'Telefon numarasında yalnızca rakam, boşluk ve + - / ( ) işaretleri olabilir, örneğin +49 251 492-0.',
  phoneLength: 'Telefon numarasında 7 ile 15 arası rakam olmalıdır, örneğin +49 251 492-0 veya 0176 1234567.',
  consentRequired: 'Randevunuzu verebilmemiz için lütfen verilerinizin işlenmesini kabul edin.',

  reviewConcerns: 'İşlemler',
  reviewLocation: 'Randevu yeri',
  reviewTime: 'Tarih ve saat',
  reviewContact: 'İletişim',
  changeConcerns: 'İşlemleri değiştir',
  changeLocation: 'Yeri değiştir',
  changeTime: 'Tarih ve saati değiştir',
  changeContact: 'İletişim bilgilerini değiştir',
  book: 'Randevuyu kesin olarak al',
  booking: 'Randevu alınıyor…',
  persons: { one: '{count} kişi', other: '{count} kişi' },

  donePending: {
    one: 'Lütfen randevunuzu {count} dakika içinde e-postayla onaylayın',
    other: 'Lütfen randevunuzu {count} dakika içinde e-postayla onaylayın',
  },
  donePendingNoTime: 'Lütfen randevunuzu e-postayla onaylayın',
  bringHeading: 'Yanınızda getirmeniz gerekenler',
  addressHeading: 'Adres',
  changeOrCancelHeading: 'Randevu değişikliği veya iptali',
  changeOrCancelText:
    'Randevuyu onay e-postanızdaki bağlantıyla değiştirebilir veya iptal edebilirsiniz. Bunun için lütfen randevu numaranızı hazır bulundurun.',
  reference: 'Randevu numarası',
  statusLabel: 'Durum',
  statusConfirmed: 'Onaylandı',
  statusPending: 'Onayınızı bekliyor',
  pendingVerification: {
    one: 'Lütfen e-posta kutunuzu kontrol edin ve randevuyu {count} dakika içinde onaylayın. Aksi hâlde randevu yeniden başkalarına açılır.',
    other:
      'Lütfen e-posta kutunuzu kontrol edin ve randevuyu {count} dakika içinde onaylayın. Aksi hâlde randevu yeniden başkalarına açılır.',
  },
  pendingVerificationNoTime: 'Lütfen e-posta kutunuzu kontrol edin ve randevuyu e-postadaki bağlantıyla onaylayın.',
  addToCalendar: 'Takvime ekle (.ics)',
  print: 'Yazdır',
  cancelBooking: 'Randevuyu iptal et',
  bookAnother: 'Başka bir randevu al',
  rescheduleStart: 'Randevu zamanını değiştir',

  errors: {
    network: 'Randevu sistemine bağlanılamıyor. Lütfen internet bağlantınızı kontrol edip yeniden deneyin.',
    unexpected: 'Bir sorun oluştu. Lütfen yeniden deneyin. Yine olmazsa lütfen kurumla iletişime geçin.',
  },
  errorTimeout: 'Randevu sistemi yanıt vermiyor. Lütfen yeniden deneyin.',
};

/** The texts of the rarer paths, fetched only when one of them is shown. */
export const more = () => import('./more/tr.js');
