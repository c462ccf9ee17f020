/**
 * What each `errorCode` of the eappointment (ZMS) citizen API means in the booking domain: a chunk of its own,
 * loaded only when upstream answers with an error. The codes are those
 * of upstream's `zmscitizenapi/src/Zmscitizenapi/Utils/ErrorMessages.php` and its README.
 */
import { BookingError, type BookingErrorCode, type FieldError } from '../../domain/booking-error.js';
import { zmsErrorsOf } from './zms-errors.js';

/** Upstream `errorCode` -> our code. Codes not listed fall back to the HTTP status ({@link codeForStatus}). */
export const zmsErrorCodes: Readonly<Record<string, BookingErrorCode>> = {
  // A parameter or a field is wrong.
  invalidRequest: 'invalid-input',
  invalidSchema: 'invalid-input',
  invalidApiClient: 'invalid-input',
  invalidLocationAndServiceCombination: 'invalid-input',
  invalidStartDate: 'invalid-input',
  invalidEndDate: 'invalid-input',
  invalidSlotsStartDate: 'invalid-input',
  invalidSlotsEndDate: 'invalid-input',
  slotsStartDateAfterEndDate: 'invalid-input',
  invalidOfficeId: 'invalid-input',
  invalidServiceId: 'invalid-input',
  emptyServiceArrays: 'invalid-input',
  mismatchedArrays: 'invalid-input',
  invalidServiceCount: 'invalid-input',
  invalidScopeId: 'invalid-input',
  invalidDate: 'invalid-input',
  invalidTimestamp: 'invalid-input',
  invalidFamilyName: 'invalid-input',
  invalidEmail: 'invalid-input',
  invalidTelephone: 'invalid-input',
  invalidCustomTextfield: 'invalid-input',
  invalidCustomTextfield2: 'invalid-input',
  emailIsRequired: 'invalid-input',
  telephoneIsRequired: 'invalid-input',
  tooManySlotsPerAppointment: 'invalid-input',
  tooManyServicesPerAppointment: 'invalid-input',
  processInvalid: 'invalid-input',
  requestEntityTooLarge: 'invalid-input',
  // Our ids and tokens come from holds and bookings: a malformed or wrong one is an unknown one (SPEC section 3:
  // nothing may reveal whether a booking exists).
  invalidProcessId: 'not-found',
  invalidAuthKey: 'not-found',
  authKeyMismatch: 'not-found',
  invalidCredentials: 'not-found',
  appointmentNotFound: 'not-found',
  noAppointmentForThisScope: 'not-found',
  notFound: 'not-found',
  sourceNotFound: 'not-found',
  departmentNotFound: 'not-found',
  organisationNotFound: 'not-found',
  providerNotFound: 'not-found',
  requestNotFound: 'not-found',
  scopeNotFound: 'not-found',
  scopesNotFound: 'not-found',
  mailNotFound: 'not-found',
  // The slot is gone.
  appointmentNotAvailable: 'slot-taken',
  noAppointmentForThisDay: 'slot-taken',
  processAlreadyExists: 'slot-taken',
  // The reservation or the activation ran out.
  processNotReservedAnymore: 'hold-expired',
  processNotPreconfirmedAnymore: 'hold-expired',
  preconfirmationExpired: 'hold-expired',
  tooManyAppointmentsWithSameMail: 'limit-reached',
  appointmentCanNotBeCanceled: 'too-late',
  processAlreadyCalled: 'too-late',
  captchaMissing: 'captcha-required',
  captchaInvalid: 'captcha-required',
  captchaExpired: 'captcha-required',
  captchaVerificationFailed: 'captcha-required',
  captchaVerificationError: 'captcha-required',
  rateLimitExceeded: 'rate-limited',
  serviceUnavailable: 'unavailable',
  zmsClientCommunicationError: 'unavailable',
  // Nothing a citizen can fix or wait out.
  ipBlacklisted: 'unexpected',
  IP_BLACKLISTED: 'unexpected',
  securityHeaderViolation: 'unexpected',
  unauthorized: 'unexpected',
  internalError: 'unexpected',
  processDeleteFailed: 'unexpected',
  notImplemented: 'unexpected',
  requestMethodNotAllowed: 'unexpected',
  unknownError: 'unexpected',
};

/** The contact field an upstream validation code is about, for the form to mark. */
const fieldOf: Readonly<Record<string, FieldError>> = {
  invalidFamilyName: { field: 'contact.name', code: 'invalid' },
  invalidEmail: { field: 'contact.email', code: 'invalid' },
  emailIsRequired: { field: 'contact.email', code: 'required' },
  invalidTelephone: { field: 'contact.phone', code: 'invalid' },
  telephoneIsRequired: { field: 'contact.phone', code: 'required' },
  tooManyAppointmentsWithSameMail: { field: 'contact.email', code: 'limit-reached' },
};

const codeForStatus: Readonly<Record<number, BookingErrorCode>> = {
  400: 'invalid-input',
  404: 'not-found',
  429: 'rate-limited',
  503: 'unavailable',
};

/** A table's own entry: a backend's `errorCode` of `constructor` or `__proto__` must not reach the prototype. */
function own<T>(table: Readonly<Record<string | number, T>>, key: string | number): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The BookingError for an upstream error answer. With several entries, the one with the highest status decides
 * the code (upstream answers with that status); every field named by any entry is kept.
 */
export function zmsError(status: number, json: unknown, label: string, retryAfterSeconds?: number): BookingError {
  const errors = zmsErrorsOf(json).sort((a, b) => (b.statusCode ?? 0) - (a.statusCode ?? 0));
  const known = errors.find((error) => own(zmsErrorCodes, error.errorCode) !== undefined);
  const code = (known && own(zmsErrorCodes, known.errorCode)) ?? own(codeForStatus, status) ?? 'unexpected';
  const fieldErrors = errors.flatMap((error) => own(fieldOf, error.errorCode) ?? []);
  const said = errors.map((error) => `${error.errorCode}${error.errorMessage ? ` (${error.errorMessage})` : ''}`);
  return new BookingError(code, `${label} answered ${status}${said.length ? `: ${said.join(', ')}` : ''}`, {
    status,
    fieldErrors,
    // Upstream's rate limit sends no Retry-After: it lets requests in again a minute (its default
    // RATE_LIMIT_CACHE_TTL) after the last one it counted, and a request sent sooner is refused again.
    retryAfterSeconds: retryAfterSeconds ?? (code === 'rate-limited' ? 60 : undefined),
    cause: { zmsErrors: errors },
  });
}
