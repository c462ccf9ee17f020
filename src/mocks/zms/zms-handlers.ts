// Over 350 lines on purpose: one upstream API, both generations, in one mock that shares its office's state.
/**
 * msw handlers that behave like an eappointment (ZMS) citizen API (`zmscitizenapi`) over an in-memory office:
 * answers shaped by upstream's schemas, both API generations, upstream's error bodies
 * `{"errors":[{errorCode, errorMessage, statusCode, errorType}]}` with the HTTP status of the highest
 * `statusCode`. Offices open Monday to Friday, 08:00 to 12:00 Europe/Berlin; every slot unit takes one
 * appointment. For tests, stories and the local demo only: never part of a build.
 */
import { http, HttpResponse } from 'msw';
import { MockCaptcha } from '../mock-captcha.js';
import { addDaysTo, endOfMonthOf, localDate, startOfMonthOf } from '../../domain/dates.js';
import { zonedInstant } from '../../domain/zoned-instant.js';
import { zmsOfficeData, type ZmsOfficeData } from './zms-office.js';

export interface ZmsHandlerOptions {
  /** Where the citizen API lives, for example `${location.origin}/buergeransicht/api/citizen`. */
  baseUrl: string;
  /** `current`: `/available-calendar/` (since July 2026); `legacy`: the day and appointment lists before it. */
  generation: 'current' | 'legacy';
  /** The backend's clock; default the real one. */
  now?: () => Date;
  /** Whether the first office's scope requires a solved ALTCHA captcha. */
  captcha?: boolean;
}

/** Upstream's message and status for each error code the mock answers. */
const errorStatus: Record<string, number> = {
  notFound: 404,
  invalidRequest: 400,
  invalidStartDate: 400,
  invalidEndDate: 400,
  invalidOfficeId: 400,
  invalidServiceId: 400,
  invalidServiceCount: 400,
  invalidDate: 400,
  invalidTimestamp: 400,
  invalidProcessId: 400,
  invalidAuthKey: 400,
  invalidFamilyName: 400,
  invalidEmail: 400,
  invalidTelephone: 400,
  invalidLocationAndServiceCombination: 400,
  captchaMissing: 400,
  captchaInvalid: 400,
  captchaExpired: 400,
  preconfirmationExpired: 400,
  appointmentNotAvailable: 404,
  appointmentNotFound: 404,
  noAppointmentForThisDay: 404,
  appointmentCanNotBeCanceled: 406,
  authKeyMismatch: 406,
  tooManyAppointmentsWithSameMail: 406,
  processNotReservedAnymore: 409,
  processNotPreconfirmedAnymore: 409,
  rateLimitExceeded: 429,
};

/** An error answer as upstream sends it. */
export function zmsErrorResponse(...codes: string[]): Response {
  const errors = codes.map((errorCode) => ({
    errorCode,
    errorMessage: `${errorCode} (mock)`,
    statusCode: errorStatus[errorCode] ?? 500,
    errorType: 'error',
  }));
  return HttpResponse.json({ errors }, { status: Math.max(...errors.map((e) => e.statusCode)) });
}

/**
 * How the citizen API answers a backend exception it has no code for, such as zmsbackend's
 * `ProcessReserveFailed` ("Maybe someone was faster", 404) when a slot goes to someone else between the citizen
 * API's check and the reservation: the HTTP status is the exception's, the body's code `unknownError` (520).
 */
export function zmsUnmappedExceptionResponse(status: number): Response {
  const errors = [
    { errorCode: 'unknownError', errorMessage: 'An unknown error occurred.', statusCode: 520, errorType: 'error' },
  ];
  return HttpResponse.json({ errors }, { status });
}

class ZmsFailure extends Error {
  constructor(readonly codes: string[]) {
    super(codes.join(', '));
  }
}
const fail = (...codes: string[]): never => {
  throw new ZmsFailure(codes);
};

interface Process {
  processId: number;
  authKey: string;
  officeId: number;
  services: { id: number; count: number }[];
  timestamp: number;
  /** Slot units the appointment takes. */
  units: number;
  status: 'reserved' | 'preconfirmed' | 'confirmed' | 'deleted' | 'blocked';
  reservedAt: number;
  /** When a reservation was given back: it is `blocked`, and keeps its slot until the next slot calculation. */
  blockedAt?: number;
  preconfirmedAt?: number;
  familyName: string | null;
  email: string | null;
  telephone: string | null;
}

const TIME_ZONE = 'Europe/Berlin';
const OPEN_HOUR = 8;
const CLOSE_HOUR = 12;
// Upstream fills a fresh reservation with a placeholder address; a widget must never show it.
const PLACEHOLDER_EMAIL = 'test@muenchen.de';
const upstreamEmail = /^(?!.*\.\.)(?!\.)(?!.*\.$)[^\s@+]+(?<!\.)@(?!\.)[^\s@+]+\.[^\s@]{2,}$/;

const isDate = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
const csv = (value: string | null) => (value ?? '').split(',').filter((part) => part !== '');

function hex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createZmsHandlers({ baseUrl, generation, now = () => new Date(), captcha = false }: ZmsHandlerOptions) {
  const data = zmsOfficeData({ captcha });
  const processes = new Map<number, Process>();
  const captchaTokens = new Map<string, number>();
  const altcha = new MockCaptcha();
  let nextProcessId = 100231;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const url = (path: string) => `${base}${path}`;
  const seconds = () => Math.floor(now().getTime() / 1000);

  const office = (id: number) => data.offices.find((o) => o.id === id);
  const relation = (officeId: number, serviceId: number) =>
    data.relations.find((r) => r.officeId === officeId && r.serviceId === serviceId);
  const service = (id: number) => data.services.find((s) => s.id === id)!;

  /** When upstream's minutely cron jobs last ran: at the start of each minute. */
  const lastCron = () => Math.floor(seconds() / 60) * 60;

  /**
   * A process as it still exists, as upstream's minutely cron jobs leave it. A reservation that ran out is
   * still there, bookable and taking its slot, until `deleteReservedData` deletes it at the next full minute
   * after its reservationDuration (zmsbackend `ReservedDataDeleteByCron`), one waiting for its activation link
   * likewise after its activationDuration (`UnconfirmedAppointmentDeleteByCron`). One given back is `blocked` and keeps
   * its slot until `calculateSlots` drops the mapping at the next full minute (`Slot::deleteSlotProcessOnProcess`).
   */
  function alive(process: Process | undefined): Process | undefined {
    if (!process) return undefined;
    const { reservationDuration, activationDuration } = office(process.officeId)!.scope;
    const gone =
      (process.status === 'reserved' && lastCron() > process.reservedAt + reservationDuration * 60) ||
      (process.status === 'preconfirmed' && lastCron() > process.preconfirmedAt! + activationDuration * 60) ||
      (process.status === 'blocked' && lastCron() > process.blockedAt!);
    if (gone) processes.delete(process.processId);
    return gone ? undefined : process;
  }

  function busy(officeId: number, unitStart: number): boolean {
    const slot = office(officeId)!.slotTimeInMinutes * 60;
    for (const process of [...processes.values()]) {
      if (process.officeId !== officeId || process.status === 'deleted' || !alive(process)) continue;
      if (unitStart >= process.timestamp && unitStart < process.timestamp + process.units * slot) return true;
    }
    return false;
  }

  /** The slot unit starts of an office on a day (Monday to Friday, 08:00 to 12:00 Berlin). */
  function units(o: ZmsOfficeData, day: string): number[] {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) return [];
    const open = Date.parse(zonedInstant(day, OPEN_HOUR, 0, TIME_ZONE)) / 1000;
    const close = Date.parse(zonedInstant(day, CLOSE_HOUR, 0, TIME_ZONE)) / 1000;
    const starts: number[] = [];
    for (let t = open; t < close; t += o.slotTimeInMinutes * 60) starts.push(t);
    return starts;
  }

  /** Appointment starts of an office on a day with `needed` free consecutive units, after now. */
  function appointments(o: ZmsOfficeData, day: string, needed: number): number[] {
    const starts = units(o, day);
    return starts.filter(
      (start, index) =>
        start > seconds() &&
        index + needed <= starts.length &&
        starts.slice(index, index + needed).every((unit) => !busy(o.id, unit)),
    );
  }

  function unitsNeeded(officeId: number, services: { id: number; count: number }[]): number {
    return services.reduce((sum, s) => sum + (relation(officeId, s.id)?.slots ?? 1) * s.count, 0);
  }

  /** Validates offices and services as upstream does, including per-office combinability. */
  function selection(officeIds: string[], serviceIds: string[], counts: string[]) {
    if (!officeIds.length || officeIds.some((id) => !/^\d+$/.test(id) || !office(Number(id)))) fail('invalidOfficeId');
    if (!serviceIds.length || serviceIds.some((id) => !/^\d+$/.test(id))) fail('invalidServiceId');
    if (counts.length !== serviceIds.length || counts.some((c) => !/^\d+$/.test(c) || +c < 1 || +c > 25))
      fail('invalidServiceCount');
    const services = serviceIds.map((id, index) => ({ id: Number(id), count: Number(counts[index]) }));
    const [main, ...others] = services;
    for (const officeId of officeIds.map(Number)) {
      const o = office(officeId)!;
      const offered = services.every((s) => relation(officeId, s.id) && !o.disabledByServices.includes(s.id));
      const combinable = service(main!.id)?.combinable;
      const combines = others.every((s) =>
        (Array.isArray(combinable) ? [] : Object.values(combinable ?? {})).some((entry) =>
          (entry[String(s.id)] ?? []).includes(officeId),
        ),
      );
      if (!offered || !combines) fail('invalidLocationAndServiceCombination');
    }
    return { offices: officeIds.map((id) => office(Number(id))!), services };
  }

  function requireCaptcha(offices: ZmsOfficeData[], token: string | null | undefined) {
    if (!offices.some((o) => o.scope.captchaActivatedRequired)) return;
    if (!token) fail('captchaMissing');
    const until = captchaTokens.get(token!);
    if (until === undefined) fail('captchaInvalid');
    if (until! < seconds()) fail('captchaExpired');
  }

  /** Each day from..to with its appointments per office. */
  function days(offices: ZmsOfficeData[], services: { id: number; count: number }[], from: string, to: string) {
    const result: { date: string; offices: { officeId: number; appointments: number[] }[] }[] = [];
    for (let day = from; day <= to; day = addDaysTo(day, 1)) {
      const byOffice = offices
        .map((o) => ({ officeId: o.id, appointments: appointments(o, day, unitsNeeded(o.id, services)) }))
        .filter((entry) => entry.appointments.length);
      if (byOffice.length) result.push({ date: day, offices: byOffice });
    }
    return result;
  }

  function thinned(process: Process) {
    const o = office(process.officeId)!;
    const [main, ...subs] = process.services;
    return {
      processId: process.processId,
      timestamp: String(process.timestamp),
      authKey: process.authKey,
      captchaToken: null,
      familyName: process.familyName,
      customTextfield: null,
      customTextfield2: null,
      email: process.email,
      telephone: process.telephone,
      officeName: o.name,
      officeId: o.id,
      scope: { ...o.scope, provider: { id: o.id, name: o.name, source: 'dldb' } },
      subRequestCounts: subs.map((s) => ({ id: s.id, name: service(s.id).name, count: s.count })),
      serviceId: main!.id,
      serviceName: service(main!.id).name,
      serviceCount: main!.count,
      status: process.status,
      slotCount: process.units,
      displayNumber: `M${process.processId}`,
      icsContent: [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//ZMS mock//DE',
        'BEGIN:VEVENT',
        `UID:${process.processId}@zms.example`,
        `DTSTART:${new Date(process.timestamp * 1000).toISOString().replace(/[-:]|\.\d+/g, '')}`,
        `SUMMARY:${service(main!.id).name}`,
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    };
  }

  /** The process with these credentials, as upstream checks them. */
  function find(body: Record<string, unknown>): Process {
    const id = typeof body.processId === 'number' || typeof body.processId === 'string' ? String(body.processId) : '';
    const authKey = typeof body.authKey === 'string' ? body.authKey.trim() : '';
    const codes: string[] = [];
    if (!/^\d+$/.test(id) || Number(id) <= 0) codes.push('invalidProcessId');
    if (!/^([0-9a-f]{4}|[0-9a-f]{64})$/i.test(authKey)) codes.push('invalidAuthKey');
    if (codes.length) fail(...codes);
    const process = alive(processes.get(Number(id)));
    if (!process) fail('appointmentNotFound');
    // A blocked process is dereferenced: its authKey is 'deref!0' now.
    if (process!.authKey !== authKey || process!.status === 'blocked') fail('authKeyMismatch');
    return process!;
  }

  const handle =
    (resolve: (request: Request, query: URLSearchParams) => unknown | Promise<unknown>) =>
    async ({ request }: { request: Request }) => {
      try {
        return HttpResponse.json((await resolve(request, new URL(request.url).searchParams)) as Record<string, never>);
      } catch (error) {
        if (error instanceof ZmsFailure) return zmsErrorResponse(...error.codes);
        throw error;
      }
    };
  const json = async (request: Request): Promise<Record<string, unknown>> => {
    try {
      const body: unknown = await request.json();
      return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    } catch {
      return fail('invalidRequest');
    }
  };

  /**
   * `/available-calendar/` as zmsbackend's `CalendarAvailability::readAvailability` answers it: the bookable
   * days of the month (or months) of the slots window, clamped to startDate..endDate, and slot timestamps for
   * one day only: the first bookable day inside a window of several days, or, for one day without a slot, the
   * first bookable day of its month. A month with no bookable day snaps to the month of the next one (upstream's
   * lead time). prev/nextBookableDate are the nearest bookable days outside the painted month.
   */
  const calendar = handle((_request, query) => {
    if (generation === 'legacy') fail('notFound');
    const startDate = query.get('startDate');
    const endDate = query.get('endDate');
    if (!isDate(startDate)) fail('invalidStartDate');
    if (!isDate(endDate) || endDate! < startDate! || endDate! > addDaysTo(startDate!, 365)) fail('invalidEndDate');
    const { offices, services } = selection(
      csv(query.get('officeIds')),
      csv(query.get('serviceIds')),
      csv(query.get('serviceCounts')),
    );
    requireCaptcha(offices, query.get('captchaToken'));
    let slotsStart = query.get('slotsStartDate') || startDate!;
    let slotsEnd = query.get('slotsEndDate') || endDate!;
    if (!isDate(slotsStart) || !isDate(slotsEnd) || slotsStart > slotsEnd) fail('invalidDate');
    if (slotsStart < startDate!) slotsStart = startDate!;
    if (slotsEnd > endDate!) slotsEnd = endDate!;
    if (slotsStart > slotsEnd) fail('invalidDate');
    const all = days(offices, services, startDate!, endDate!);
    const paintedMonth = (from: string, to: string): [string, string] => {
      const first = startOfMonthOf(from);
      const last = endOfMonthOf(to);
      return [first < startDate! ? startDate! : first, last > endDate! ? endDate! : last];
    };
    const between = (from: string, to: string) => all.filter((day) => day.date >= from && day.date <= to);
    let [paintedFrom, paintedTo] = paintedMonth(slotsStart, slotsEnd);
    let painted = between(paintedFrom, paintedTo);
    const inSlotsWindow = between(slotsStart, slotsEnd);
    if (slotsStart !== slotsEnd) {
      if (inSlotsWindow.length) slotsStart = slotsEnd = inSlotsWindow[0]!.date;
    } else if (!inSlotsWindow.length && painted.length) {
      slotsStart = slotsEnd = painted[0]!.date;
    }
    if (!painted.length) {
      const first = all.find((day) => day.date > paintedTo);
      if (first) {
        slotsStart = slotsEnd = first.date;
        [paintedFrom, paintedTo] = paintedMonth(first.date, first.date);
        painted = between(paintedFrom, paintedTo);
      }
    }
    return {
      startDate,
      endDate,
      slotsStartDate: slotsStart,
      slotsEndDate: slotsEnd,
      prevBookableDate: all.filter((day) => day.date < paintedFrom).at(-1)?.date ?? null,
      nextBookableDate: all.find((day) => day.date > paintedTo)?.date ?? null,
      availableDays: painted.map((day) => {
        const withSlots = day.date >= slotsStart && day.date <= slotsEnd;
        return {
          date: day.date,
          providerIDs: day.offices.map((o) => o.officeId).join(','),
          offices: withSlots
            ? day.offices.map((o) => ({ officeId: String(o.officeId), appointments: o.appointments }))
            : [],
        };
      }),
    };
  });

  const legacyDays = handle((_request, query) => {
    const startDate = query.get('startDate');
    const endDate = query.get('endDate');
    if (!isDate(startDate)) fail('invalidStartDate');
    if (!isDate(endDate) || endDate! < startDate!) fail('invalidEndDate');
    const { offices } = selection(
      csv(query.get('officeId')),
      csv(query.get('serviceId')),
      csv(query.get('serviceCount')),
    );
    requireCaptcha(offices, query.get('captchaToken'));
    // Like upstream's legacy list, a day counts when any single slot unit is free, even where a multi-service
    // booking finds no run of free units: the list is a hint.
    const availableDays: { time: string; providerIDs: string }[] = [];
    for (let day = startDate!; day <= endDate!; day = addDaysTo(day, 1)) {
      const open = offices.filter((o) => appointments(o, day, 1).length);
      if (open.length) availableDays.push({ time: day, providerIDs: open.map((o) => o.id).join(',') });
    }
    if (!availableDays.length) fail('noAppointmentForThisDay');
    return { availableDays };
  });

  const legacyAppointments = handle((_request, query) => {
    const date = query.get('date');
    if (!isDate(date)) fail('invalidDate');
    const { offices, services } = selection(
      csv(query.get('officeId')),
      csv(query.get('serviceId')),
      csv(query.get('serviceCount')),
    );
    requireCaptcha(offices, query.get('captchaToken'));
    const byOffice = days(offices, services, date!, date!)[0]?.offices ?? [];
    if (!byOffice.length) fail('noAppointmentForThisDay');
    return { offices: byOffice };
  });

  return [
    http.get(
      url('offices-and-services/'),
      // From the release that brought /available-calendar/ (upstream 2.25.00-muc46), every office carries
      // `sharedBookingOfficeIds`, null where it shares no calendar; before it, the key is absent.
      handle(() =>
        generation === 'current'
          ? { ...data, offices: data.offices.map((o) => ({ ...o, sharedBookingOfficeIds: null })) }
          : data,
      ),
    ),
    http.get(url('available-calendar/'), calendar),
    ...(generation === 'legacy'
      ? [
          http.get(url('available-days-by-office/'), legacyDays),
          http.get(url('available-appointments-by-office/'), legacyAppointments),
        ]
      : [
          http.get(url('available-days-by-office/'), () => zmsErrorResponse('notFound')),
          http.get(url('available-appointments-by-office/'), () => zmsErrorResponse('notFound')),
        ]),

    http.post(
      url('reserve-appointment/'),
      handle(async (request) => {
        const body = await json(request);
        const serviceIds = Array.isArray(body.serviceId) ? body.serviceId.map(String) : [];
        const counts = Array.isArray(body.serviceCount) ? body.serviceCount.map(String) : [];
        if (typeof body.timestamp !== 'number') fail('invalidTimestamp');
        const { offices, services } = selection([String(body.officeId)], serviceIds, counts);
        const o = offices[0]!;
        requireCaptcha(offices, typeof body.captchaToken === 'string' ? body.captchaToken : undefined);
        const timestamp = body.timestamp as number;
        const needed = unitsNeeded(o.id, services);
        if (!appointments(o, localDate(new Date(timestamp * 1000), TIME_ZONE), needed).includes(timestamp)) {
          fail('appointmentNotAvailable');
        }
        const process: Process = {
          processId: nextProcessId++,
          authKey: hex(32),
          officeId: o.id,
          services,
          timestamp,
          units: needed,
          status: 'reserved',
          reservedAt: seconds(),
          familyName: null,
          email: PLACEHOLDER_EMAIL,
          telephone: null,
        };
        processes.set(process.processId, process);
        return thinned(process);
      }),
    ),

    http.post(
      url('update-appointment/'),
      handle(async (request) => {
        const body = await json(request);
        const process = find(body);
        const scope = office(process.officeId)!.scope;
        const str = (value: unknown) => (typeof value === 'string' ? value : null);
        const familyName = str(body.familyName);
        const email = str(body.email);
        const telephone = str(body.telephone);
        const codes: string[] = [];
        if (!familyName?.trim()) codes.push('invalidFamilyName');
        // Upstream's EMAIL_PATTERN (zmscitizenapi `ValidationService`): no `+`, no dots doubled or at an end.
        if (scope.emailRequired && !upstreamEmail.test(email ?? '')) codes.push('invalidEmail');
        const phoneOk = (value: string | null) => !!value && /^\+?[0-9]\d{6,14}$/.test(value);
        if (
          scope.telephoneActivated &&
          ((scope.telephoneRequired && !phoneOk(telephone)) || (telephone && !phoneOk(telephone)))
        )
          codes.push('invalidTelephone');
        if (codes.length) fail(...codes);
        const limit = Number(scope.appointmentsPerMail);
        const sameMail = [...processes.values()].filter(
          (p) =>
            p !== process &&
            p.email === email &&
            (p.status === 'preconfirmed' || p.status === 'confirmed') &&
            office(p.officeId)!.scope.id === scope.id,
        );
        if (limit > 0 && sameMail.length >= limit) fail('tooManyAppointmentsWithSameMail');
        process.familyName = familyName;
        process.email = email ?? process.email;
        process.telephone = telephone ?? process.telephone;
        return thinned(process);
      }),
    ),

    http.post(
      url('preconfirm-appointment/'),
      handle(async (request) => {
        const process = find(await json(request));
        if (process.status !== 'reserved') fail('processNotReservedAnymore');
        process.status = 'preconfirmed';
        process.preconfirmedAt = seconds();
        return thinned(process);
      }),
    ),

    http.post(
      url('confirm-appointment/'),
      handle(async (request) => {
        // zmsbackend `ProcessConfirm` confirms a preconfirmed or a reserved process; one whose activation time
        // ran out is simply gone (see `alive`), so upstream never answers `preconfirmationExpired`.
        const process = find(await json(request));
        if (process.status !== 'preconfirmed' && process.status !== 'reserved') fail('processNotPreconfirmedAnymore');
        process.status = 'confirmed';
        return thinned(process);
      }),
    ),

    http.get(
      url('appointment/'),
      handle((_request, query) => thinned(find({ processId: query.get('processId'), authKey: query.get('authKey') }))),
    ),

    http.post(
      url('cancel-appointment/'),
      handle(async (request) => {
        const process = find(await json(request));
        if (process.status === 'deleted' || process.timestamp <= seconds()) fail('appointmentCanNotBeCanceled');
        if (process.status === 'reserved') {
          // A reservation given back is blocked (zmsbackend `ProcessDelete`, `writeBlockedEntity` without
          // releasing slots): its slot stays taken until the next slot calculation, up to a minute.
          process.status = 'blocked';
          process.blockedAt = seconds();
        } else {
          // A cancelled appointment gets a new authKey (zmsbackend `Process::QUERY_CANCELED`): the citizen's
          // link and key find it no more, and the answer still carries the old one.
          process.status = 'deleted';
          const answer = thinned(process);
          process.authKey = hex(32);
          return answer;
        }
        return thinned(process);
      }),
    ),

    http.get(
      url('captcha-details/'),
      handle(() => ({
        siteKey: 'mock-site-key',
        captchaChallenge: url('captcha-challenge/'),
        captchaVerify: url('captcha-verify/'),
        captchaEnabled: captcha,
      })),
    ),
    // Upstream forwards both to its ALTCHA server (zmscitizenapi `CaptchaService`); here altcha's own server
    // functions issue and check them, so that a wrong solution is refused.
    http.get(
      url('captcha-challenge/'),
      handle(() => altcha.challenge()),
    ),
    http.post(
      url('captcha-verify/'),
      handle(async (request) => {
        const body = await json(request);
        const payload = String(body.payload ?? '')
          .replace(/-/g, '+')
          .replace(/_/g, '/');
        // A refused solution is a 200 with `success: false` and no token, never an `errors` body.
        const refused = await altcha.verify(payload).then(
          () => false,
          () => true,
        );
        if (refused) return { meta: { success: false, error: 'Captcha verification failed.' }, data: { valid: false } };
        const token = `mock.${hex(12)}.jwt`;
        captchaTokens.set(token, seconds() + 300);
        return { meta: { success: true }, data: { valid: true }, token };
      }),
    ),
  ];
}
