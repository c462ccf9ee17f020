import type { BookingMessages } from '../messages.js';

/**
 * Persian (فارسی). Translated from the German and English texts with machine help;
 * not yet checked by a native speaker.
 */
export const messages: BookingMessages = {
  widgetLabel: 'ثبت نوبت',
  officeLabel: 'ثبت نوبت: {office}',
  loading: 'در حال بارگذاری…',
  stepOf: 'مرحلهٔ {current} از {total}',
  back: 'بازگشت',
  next: 'ادامه',
  retry: 'تلاش دوباره',
  change: 'تغییر',
  steps: {
    concerns: 'موضوع مراجعهٔ شما چیست؟',
    location: 'کجا؟',
    time: 'تاریخ و ساعت',
    contact: 'اطلاعات تماس شما',
    review: 'بررسی و ثبت',
    done: 'نوبت شما ثبت شد',
    manage: 'نوبت شما',
  },
  language: 'زبان',
  languageChanged: 'زبان به {language} تغییر کرد.',

  concernFilterLabel: 'جست‌وجوی موضوع',
  concernFilterNoMatch:
    'هیچ موضوعی با «{query}» پیدا نشد. املای آن را بررسی کنید، یا جست‌وجو را پاک کنید تا همهٔ موضوع‌ها را ببینید.',
  concernFilterClear: 'پاک کردن جست‌وجو',
  concernMatches: { one: '{count} موضوع پیدا شد', other: '{count} موضوع پیدا شد' },
  concernNone: 'این اداره در حال حاضر نوبت اینترنتی نمی‌دهد.',
  concernPersons: 'تعداد افراد',
  concernPersonsFor: 'تعداد افراد برای {name}',
  concernMoreInfo: 'اطلاعات بیشتر',
  concernMoreInfoNewWindow: 'اطلاعات بیشتر دربارهٔ {name} (در پنجرهٔ جدید باز می‌شود)',
  concernNotCombinable: 'همراه با انتخاب شما قابل ثبت نیست',
  concernSelected: { one: '{count} موضوع انتخاب شده', other: '{count} موضوع انتخاب شده' },
  concernOtherCategory: 'سایر موارد',
  estimatedDuration: 'مدت تقریبی: {duration}',
  chooseConcernFirst: 'لطفاً دست‌کم یک موضوع را انتخاب کنید.',
  noLocationForSelection: 'هیچ محلی همهٔ این موضوع‌ها را با هم ارائه نمی‌دهد. لطفاً برای هر کدام جداگانه نوبت ثبت کنید.',

  locationLegend: 'انتخاب محل',
  locationAny: 'زودترین نوبت، در هر محلی که باشد',
  locationAnyHint: 'ساعت‌های آزاد همهٔ محل‌هایی را نشان می‌دهیم که موضوع‌های شما را ارائه می‌دهند.',
  chooseLocationFirst: 'لطفاً یک محل را انتخاب کنید.',

  previousMonth: 'ماه قبل',
  nextMonth: 'ماه بعد',
  dayBookable: 'نوبت آزاد دارد',
  dayNotBookable: 'نوبت آزاد ندارد',
  nextBookableDate: 'روز آزاد بعدی: {date}',
  noBookableDate: 'در چند هفتهٔ آینده نوبت آزادی وجود ندارد.',
  noSlotsThisMonth: 'در این ماه نوبت آزادی وجود ندارد.',
  calendarLoading: 'در حال بارگذاری روزهای آزاد…',
  earliestAppointment: 'زودترین نوبت: {when}',
  bookEarliest: 'انتخاب زودترین نوبت',
  slotsFor: 'ساعت‌های {date}',
  chooseDayFirst: 'برای دیدن ساعت‌ها، یک روز را انتخاب کنید.',
  noSlotsThisDay: 'در این روز ساعت آزادی وجود ندارد.',
  slotsLoading: 'در حال بارگذاری ساعت‌های آزاد…',
  dayTakenMeanwhile: 'در این روز دیگر ساعت آزادی برای انتخاب شما نمانده است. لطفاً روز دیگری را انتخاب کنید.',
  partsOfDay: { morning: 'صبح', afternoon: 'بعدازظهر', evening: 'عصر' },
  timesIn: 'ساعت‌ها بر اساس {zone}',
  slotAt: '{time}، {location}',

  holding: 'در حال نگه داشتن این ساعت برای شما…',
  heldUntil: 'این ساعت تا {time} برای شما نگه داشته شده است.',
  holdExtend: 'تمدید نگه‌داری ساعت',
  holdWarning: {
    one: '{count} دقیقه تا پایان نگه‌داری ساعت شما مانده است.',
    other: '{count} دقیقه تا پایان نگه‌داری ساعت شما مانده است.',
  },
  holdLastMinute: 'کمتر از یک دقیقه تا پایان نگه‌داری ساعت شما مانده است.',
  holdRenewed: 'این ساعت دوباره برای شما نگه داشته شد.',

  contactName: 'نام و نام خانوادگی',
  contactEmail: 'رایانامه (ایمیل)',
  contactPhone: 'تلفن',
  optional: 'اختیاری',
  requiredHint: 'پر کردن کادرهای دارای * الزامی است.',
  consent: 'موافقم که اطلاعات من برای ثبت این نوبت پردازش شود.',
  privacyPolicyNewWindow: 'بیانیهٔ حفاظت از داده‌ها (در پنجرهٔ جدید باز می‌شود)',
  fieldInvalid: 'لطفاً این کادر را بررسی کنید.',
  fieldRequired: 'لطفاً این کادر را پر کنید.',
  emailMissingAt: 'در نشانی رایانامه علامت @ نیست. لطفاً نشانی را کامل بنویسید، مثلاً \u2066name@example.org\u2069.',
  emailMissingDomain:
    'بعد از @ باید دامنهٔ کامل با نقطه بیاید، مثلاً \u2066@example.org\u2069. لطفاً نشانی را بررسی کنید.',
  emailInvalid: 'این نشانی رایانامه معتبر نیست. لطفاً آن را بررسی کنید، مثلاً \u2066name@example.org\u2069.',
  phoneCharacters:
    'شمارهٔ تلفن فقط می‌تواند رقم، فاصله و علامت‌های \u2066+ - / ( )\u2069 داشته باشد، مثلاً \u2066+49 251 492-0\u2069.',
  phoneLength: 'شمارهٔ تلفن باید ۷ تا ۱۵ رقم داشته باشد، مثلاً \u2066+49 251 492-0\u2069 یا \u20660176 1234567\u2069.',
  consentRequired: 'لطفاً موافقت خود را اعلام کنید تا بتوانیم نوبت شما را ثبت کنیم.',

  reviewConcerns: 'موضوع‌ها',
  reviewLocation: 'محل',
  reviewTime: 'تاریخ و ساعت',
  reviewContact: 'اطلاعات تماس',
  changeConcerns: 'تغییر موضوع‌ها',
  changeLocation: 'تغییر محل',
  changeTime: 'تغییر تاریخ و ساعت',
  changeContact: 'تغییر اطلاعات تماس',
  book: 'ثبت قطعی نوبت',
  booking: 'در حال ثبت…',
  persons: { one: '{count} نفر', other: '{count} نفر' },

  donePending: {
    one: 'لطفاً نوبت خود را ظرف {count} دقیقه از طریق رایانامه تأیید کنید',
    other: 'لطفاً نوبت خود را ظرف {count} دقیقه از طریق رایانامه تأیید کنید',
  },
  donePendingNoTime: 'لطفاً نوبت خود را از طریق رایانامه تأیید کنید',
  bringHeading: 'لطفاً با خود بیاورید',
  addressHeading: 'نشانی',
  changeOrCancelHeading: 'تغییر یا لغو نوبت',
  changeOrCancelText:
    'می‌توانید نوبت را با پیوند داخل رایانامهٔ تأیید تغییر دهید یا لغو کنید. لطفاً برای این کار شمارهٔ ثبت خود را آماده داشته باشید.',
  reference: 'شمارهٔ ثبت',
  statusLabel: 'وضعیت',
  statusConfirmed: 'تأیید شده',
  statusPending: 'در انتظار تأیید شما',
  pendingVerification: {
    one: 'لطفاً صندوق رایانامهٔ خود را بررسی کنید و نوبت را ظرف {count} دقیقه تأیید کنید. در غیر این صورت، نوبت دوباره آزاد می‌شود.',
    other:
      'لطفاً صندوق رایانامهٔ خود را بررسی کنید و نوبت را ظرف {count} دقیقه تأیید کنید. در غیر این صورت، نوبت دوباره آزاد می‌شود.',
  },
  pendingVerificationNoTime: 'لطفاً صندوق رایانامهٔ خود را بررسی کنید و نوبت را با پیوند داخل آن تأیید کنید.',
  addToCalendar: 'افزودن به تقویم (\u2066.ics\u2069)',
  print: 'چاپ',
  cancelBooking: 'لغو نوبت',
  bookAnother: 'ثبت نوبت دیگر',
  rescheduleStart: 'تغییر زمان نوبت',

  errors: {
    network: 'ارتباط با سامانهٔ نوبت‌دهی برقرار نیست. لطفاً اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید.',
    unexpected: 'مشکلی پیش آمد. لطفاً دوباره تلاش کنید. اگر باز هم نشد، لطفاً با اداره تماس بگیرید.',
  },
  errorTimeout: 'سامانهٔ نوبت‌دهی پاسخ نمی‌دهد. لطفاً دوباره تلاش کنید.',
};

/** The texts of the rarer paths, fetched only when one of them is shown. */
export const more = () => import('./more/fa.js');
