import type { BookingMessages } from '../messages.js';

/**
 * Albanian (Shqip). Translated from the German and English texts with machine help;
 * not yet checked by a native speaker.
 */
export const messages: BookingMessages = {
  widgetLabel: 'Caktoni një takim',
  officeLabel: 'Caktim takimi: {office}',
  loading: 'Po ngarkohet…',
  stepOf: 'Hapi {current} nga {total}',
  back: 'Prapa',
  next: 'Vazhdoni',
  retry: 'Provoni përsëri',
  change: 'Ndryshoni',
  steps: {
    concerns: 'Çfarë shërbimi ju duhet?',
    location: 'Ku?',
    time: 'Data dhe ora',
    contact: 'Të dhënat tuaja të kontaktit',
    review: 'Kontrolloni dhe caktoni takimin',
    done: 'Takimi juaj u caktua',
    manage: 'Takimi juaj',
  },
  language: 'Gjuha',
  languageChanged: 'Gjuha u ndryshua: {language}.',

  concernFilterLabel: 'Kërkoni një shërbim',
  concernFilterNoMatch:
    'Asnjë shërbim nuk përputhet me «{query}». Kontrolloni drejtshkrimin ose pastroni kërkimin për të parë të gjitha shërbimet.',
  concernFilterClear: 'Pastroni kërkimin',
  concernMatches: { one: 'U gjet {count} shërbim', other: 'U gjetën {count} shërbime' },
  concernNone: 'Kjo zyrë aktualisht nuk ofron caktim takimesh në internet.',
  concernPersons: 'Numri i personave',
  concernPersonsFor: 'Numri i personave për {name}',
  concernMoreInfo: 'Më shumë informacion',
  concernMoreInfoNewWindow: 'Më shumë informacion për {name} (hapet në dritare të re)',
  concernNotCombinable: 'Nuk mund të caktohet bashkë me shërbimet e zgjedhura',
  concernSelected: { one: '{count} shërbim i zgjedhur', other: '{count} shërbime të zgjedhura' },
  concernOtherCategory: 'Të tjera',
  estimatedDuration: 'Kohëzgjatja e parashikuar: {duration}',
  chooseConcernFirst: 'Ju lutemi, zgjidhni të paktën një shërbim.',
  noLocationForSelection:
    'Asnjë vendndodhje nuk i ofron të gjitha këto shërbime bashkë. Ju lutemi, caktoni një takim të veçantë për secilin.',

  locationLegend: 'Zgjidhni vendndodhjen',
  locationAny: 'Takimi më i hershëm, në cilëndo vendndodhje',
  locationAnyHint: 'Ju tregojmë oret e lira të të gjitha vendndodhjeve që ofrojnë shërbimet e zgjedhura.',
  chooseLocationFirst: 'Ju lutemi, zgjidhni një vendndodhje.',

  previousMonth: 'Muaji i mëparshëm',
  nextMonth: 'Muaji tjetër',
  dayBookable: 'ka takime të lira',
  dayNotBookable: 'nuk ka takime',
  nextBookableDate: 'Dita e parë e lirë: {date}',
  noBookableDate: 'Në javët e ardhshme nuk ka takime të lira.',
  noSlotsThisMonth: 'Këtë muaj nuk ka takime të lira.',
  calendarLoading: 'Po ngarkohen ditët e lira…',
  earliestAppointment: 'Takimi më i hershëm: {when}',
  bookEarliest: 'Zgjidhni takimin më të hershëm',
  slotsFor: 'Oret për ditën {date}',
  chooseDayFirst: 'Zgjidhni një ditë për të parë oret.',
  noSlotsThisDay: 'Në këtë ditë nuk ka orë të lira.',
  slotsLoading: 'Po ngarkohen oret e lira…',
  dayTakenMeanwhile:
    'Doli që në këtë ditë nuk ka asnjë orë të lirë për shërbimet e zgjedhura. Ju lutemi, zgjidhni një ditë tjetër.',
  partsOfDay: { morning: 'Paradite', afternoon: 'Pasdite', evening: 'Mbrëmje' },
  timesIn: 'Oret sipas zonës kohore: {zone}',
  slotAt: '{time}, {location}',

  holding: 'Po rezervohet ora…',
  heldUntil: 'E rezervuar për ju deri në orën {time}.',
  holdExtend: 'Zgjatni rezervimin',
  holdWarning: {
    one: 'Rezervimi juaj mbaron pas {count} minute.',
    other: 'Rezervimi juaj mbaron pas {count} minutash.',
  },
  holdLastMinute: 'Rezervimi juaj mbaron pas më pak se një minute.',
  holdRenewed: 'Ora juaj u rezervua përsëri.',

  contactName: 'Emri dhe mbiemri',
  contactEmail: 'Posta elektronike',
  contactPhone: 'Telefoni',
  optional: 'opsionale',
  requiredHint: 'Fushat e shënuara me * janë të detyrueshme.',
  consent: 'Pranoj që të dhënat e mia të përpunohen për caktimin e këtij takimi.',
  privacyPolicyNewWindow: 'Politika e privatësisë (hapet në dritare të re)',
  fieldInvalid: 'Ju lutemi, kontrolloni këtë fushë.',
  fieldRequired: 'Ju lutemi, plotësoni këtë fushë.',
  emailMissingAt:
    'Adresës së postës elektronike i mungon shenja @. Ju lutemi, shkruajeni të plotë, për shembull name@example.org.',
  emailMissingDomain:
    'Pas shenjës @ mungon pjesa e plotë me pikë, për shembull @example.org. Ju lutemi, kontrolloni adresën.',
  emailInvalid:
    'Kjo adresë e postës elektronike nuk është e vlefshme. Ju lutemi, kontrollojeni, për shembull name@example.org.',
  phoneCharacters:
    'Numri i telefonit mund të përmbajë vetëm shifra, hapësira dhe shenjat + - / ( ), për shembull +49 251 492-0.',
  phoneLength: 'Numri i telefonit duhet të ketë nga 7 deri në 15 shifra, për shembull +49 251 492-0 ose 0176 1234567.',
  consentRequired: 'Ju lutemi, jepni pëlqimin, që të mund ta caktojmë takimin.',

  reviewConcerns: 'Shërbimet',
  reviewLocation: 'Vendndodhja',
  reviewTime: 'Data dhe ora',
  reviewContact: 'Të dhënat e kontaktit',
  changeConcerns: 'Ndryshoni shërbimet',
  changeLocation: 'Ndryshoni vendndodhjen',
  changeTime: 'Ndryshoni datën dhe orën',
  changeContact: 'Ndryshoni të dhënat e kontaktit',
  book: 'Caktoni takimin',
  booking: 'Po caktohet takimi…',
  persons: { one: '{count} person', other: '{count} persona' },

  donePending: {
    one: 'Ju lutemi, konfirmoni takimin përmes postës elektronike brenda {count} minute',
    other: 'Ju lutemi, konfirmoni takimin përmes postës elektronike brenda {count} minutash',
  },
  donePendingNoTime: 'Ju lutemi, konfirmoni takimin përmes postës elektronike',
  bringHeading: 'Ju lutemi, sillni me vete',
  addressHeading: 'Adresa',
  changeOrCancelHeading: 'Ndryshimi ose anulimi i takimit',
  changeOrCancelText:
    'Takimin mund ta ndryshoni ose ta anuloni përmes lidhjes në mesazhin e konfirmimit që morët me postë elektronike. Për këtë, mbani gati numrin e takimit.',
  reference: 'Numri i takimit',
  statusLabel: 'Gjendja',
  statusConfirmed: 'I konfirmuar',
  statusPending: 'Në pritje të konfirmimit tuaj',
  pendingVerification: {
    one: 'Ju lutemi, kontrolloni postën elektronike dhe konfirmoni takimin brenda {count} minute. Përndryshe takimi do të lirohet.',
    other:
      'Ju lutemi, kontrolloni postën elektronike dhe konfirmoni takimin brenda {count} minutash. Përndryshe takimi do të lirohet.',
  },
  pendingVerificationNoTime:
    'Ju lutemi, kontrolloni postën elektronike dhe konfirmoni takimin përmes lidhjes në mesazhin që ju dërguam.',
  addToCalendar: 'Shtoni në kalendar (.ics)',
  print: 'Shtypni',
  cancelBooking: 'Anuloni takimin',
  bookAnother: 'Caktoni një takim tjetër',
  rescheduleStart: 'Zhvendosni takimin',

  errors: {
    network: 'Nuk ka lidhje me sistemin e takimeve. Ju lutemi, kontrolloni lidhjen me internetin dhe provoni përsëri.',
    unexpected: 'Diçka shkoi keq. Ju lutemi, provoni përsëri. Nëse përsëri nuk funksionon, kontaktoni zyrën.',
  },
  errorTimeout: 'Sistemi i takimeve nuk përgjigjet. Ju lutemi, provoni përsëri.',
};

/** The texts of the rarer paths, fetched only when one of them is shown. */
export const more = () => import('./more/sq.js');
