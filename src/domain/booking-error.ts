/** The error codes of the Civic Booking Protocol v1 (SPEC section 3). */
export const protocolErrorCodes = [
  'invalid-input',
  'slot-taken',
  'hold-expired',
  'limit-reached',
  'too-late',
  'idempotency-mismatch',
  'captcha-required',
  'not-found',
  'rate-limited',
  'unavailable',
] as const;

/** An error the backend answered: one of the protocol's codes. */
export type ProtocolErrorCode = (typeof protocolErrorCodes)[number];

/** Every error the widget knows how to explain: the protocol's codes plus `network` and `unexpected`. */
export type BookingErrorCode = ProtocolErrorCode | 'network' | 'unexpected';

/** Whether a value is one of the protocol's error codes (a refusal the backend answered). */
export function isProtocolErrorCode(value: unknown): value is ProtocolErrorCode {
  return (protocolErrorCodes as readonly unknown[]).includes(value);
}

/** What went wrong beneath a `network` or `unexpected` error, for a more precise message. */
export type BookingErrorReason = 'timeout' | 'malformed-response';

/** A field that the backend refused, for example `{ field: 'contact.email', code: 'invalid' }`. */
export interface FieldError {
  field: string;
  code: string;
}

export interface BookingErrorOptions {
  status?: number;
  fieldErrors?: FieldError[];
  /** From `Retry-After`: seconds until the backend accepts requests again. */
  retryAfterSeconds?: number;
  reason?: BookingErrorReason;
  cause?: unknown;
}

/**
 * The one error type every adapter raises, so that every step handles every backend the same way.
 * `message` is for developers (the console); citizens see a translated text chosen by `code`.
 */
export class BookingError extends Error {
  override readonly name = 'BookingError';
  readonly code: BookingErrorCode;
  readonly status?: number;
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds?: number;
  readonly reason?: BookingErrorReason;

  constructor(code: BookingErrorCode, message: string, options: BookingErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.fieldErrors = options.fieldErrors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.reason = options.reason;
  }
}

/** Wraps anything thrown into a BookingError, keeping BookingErrors as they are. */
export function toBookingError(error: unknown): BookingError {
  if (error instanceof BookingError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BookingError('unexpected', message, { cause: error });
}

/** Whether trying the same request again may succeed. */
export function isRetryable(error: BookingError): boolean {
  return ['network', 'rate-limited', 'unavailable', 'unexpected'].includes(error.code);
}
