import { BookingError } from '../../domain/booking-error.js';
import { offsetMinutesAt, pad } from '../../domain/dates.js';

/** Readers for upstream's JSON, which may carry anything: each answers undefined for what is no real value. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
/** A positive number below 1e11 (Unix seconds until the year 5138): larger values are no real answer. */
export const positive = (value: unknown): number | undefined => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && number > 0 && number < 1e11 ? number : undefined;
};
/** An id: an integer, or a string of digits. */
export const id = (value: unknown): string | undefined =>
  (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^\d+$/.test(value))
    ? String(value)
    : undefined;

export function malformed(message: string): BookingError {
  return new BookingError('unexpected', message, { reason: 'malformed-response' });
}

/** A Unix timestamp as ISO 8601 with the offset of `timeZone` then. */
export function zonedIso(seconds: number, timeZone: string): string {
  const offset = offsetMinutesAt(timeZone, new Date(seconds * 1000));
  const wall = new Date((seconds + offset * 60) * 1000);
  const sign = offset < 0 ? '-' : '+';
  return `${wall.toISOString().slice(0, 19)}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
