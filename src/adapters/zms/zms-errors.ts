/** Reading upstream's error bodies: `{"errors":[{errorCode, errorMessage, statusCode, errorType}]}`. */
import { BookingError } from '../../domain/booking-error.js';

/** One entry of upstream's `{"errors":[{errorCode, errorMessage, statusCode, errorType}]}`. */
export interface ZmsError {
  errorCode: string;
  errorMessage?: string;
  statusCode?: number;
}

/** The entries of an error body; never throws, whatever the body is. */
export function zmsErrorsOf(json: unknown): ZmsError[] {
  const errors = (json as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((entry) => {
    const { errorCode, errorMessage, statusCode } = (entry ?? {}) as Record<string, unknown>;
    if (typeof errorCode !== 'string') return [];
    return [
      {
        errorCode,
        errorMessage: typeof errorMessage === 'string' ? errorMessage : undefined,
        statusCode: typeof statusCode === 'number' ? statusCode : undefined,
      },
    ];
  });
}

/** The upstream `errorCode`s behind a BookingError made by {@link zmsError}. */
export function upstreamCodes(error: unknown): string[] {
  const cause = error instanceof BookingError ? (error.cause as { zmsErrors?: ZmsError[] } | undefined) : undefined;
  return cause?.zmsErrors?.map((e) => e.errorCode) ?? [];
}

/**
 * A reservation refused after the citizen API had seen the slot free: zmsbackend's `ProcessReserveFailed`
 * ("Maybe someone was faster"), for which the citizen API has no code, so it answers 404 with `unknownError`.
 * The slot went to someone else: the citizen chooses again, as for `appointmentNotAvailable`.
 */
export function reservationRefusal(error: unknown): unknown {
  if (!(error instanceof BookingError) || error.status !== 404 || !upstreamCodes(error).includes('unknownError'))
    return error;
  return new BookingError('slot-taken', `${error.message}: the slot went to someone else meanwhile.`, {
    status: 404,
    cause: error.cause,
  });
}
