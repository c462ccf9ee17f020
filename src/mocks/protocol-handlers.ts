/**
 * The Civic Booking Protocol (SPEC section 3) over HTTP, served by msw from a DemoBackend. For tests, stories
 * and the local demo only: never part of a build.
 */
import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { BookingError, type BookingErrorCode, type FieldError } from '../domain/booking-error.js';
import type { ConcernSelection, Contact } from '../domain/types.js';
import type { DemoBackend } from '../adapters/demo/demo-backend.js';
import type { MockCaptcha } from './mock-captcha.js';

export interface ProtocolHandlerOptions {
  /** Where the protocol lives, for example `${location.origin}/api/v1`. */
  baseUrl: string;
  backend: DemoBackend;
  /** When set, the catalog asks for this captcha and `POST /holds` needs its solved payload. */
  captcha?: MockCaptcha;
}

const statusOf: Record<BookingErrorCode, number> = {
  'invalid-input': 422,
  'slot-taken': 409,
  'hold-expired': 409,
  'limit-reached': 409,
  'too-late': 409,
  'idempotency-mismatch': 422,
  'captcha-required': 403,
  'not-found': 404,
  'rate-limited': 429,
  unavailable: 503,
  network: 0,
  unexpected: 500,
};

/** An `application/problem+json` answer for an error, or a network failure for code `network`. */
export function problemResponse(error: unknown): Response {
  const e = error instanceof BookingError ? error : new BookingError('unexpected', String(error));
  if (e.code === 'network') return HttpResponse.error();
  const status = e.code === 'invalid-input' && e.status === 400 ? 400 : statusOf[e.code];
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (e.retryAfterSeconds !== undefined) headers['Retry-After'] = String(e.retryAfterSeconds);
  const body = {
    type: `https://civic-booking.example.org/problems/${e.code}`,
    title: e.code,
    status,
    code: e.code,
    detail: e.message,
    ...(e.fieldErrors.length ? { errors: e.fieldErrors } : {}),
  };
  return new Response(JSON.stringify(body), { status, headers });
}

function badRequest(message: string, fieldErrors: FieldError[]): never {
  throw new BookingError('invalid-input', message, { status: 400, fieldErrors });
}

function bearer(request: Request): string {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  // A missing token answers exactly like a wrong one, so that nothing reveals whether a booking exists.
  if (!match) throw new BookingError('not-found', 'Unknown hold or booking.');
  return match[1]!;
}

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.json();
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // Fall through to the error below.
  }
  return badRequest('The body must be a JSON object.', [{ field: 'body', code: 'invalid' }]);
}

function concernsFrom(value: unknown): ConcernSelection[] {
  if (!Array.isArray(value)) return badRequest('concerns must be a list.', [{ field: 'concerns', code: 'invalid' }]);
  return value.map((item: { id?: unknown; count?: unknown }) => {
    if (typeof item?.id !== 'string' || typeof item.count !== 'number') {
      return badRequest('Each concern needs id and count.', [{ field: 'concerns', code: 'invalid' }]);
    }
    return { id: item.id, count: item.count };
  });
}

function stringField(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  return typeof value === 'string' ? value : badRequest(`${field} must be a string.`, [{ field, code: 'required' }]);
}

/** Runs a handler, turning every BookingError into a problem answer. */
function guarded(
  handler: (request: Request, params: Record<string, string>) => Promise<Response> | Response,
): HttpResponseResolver {
  return async ({ request, params }) => {
    try {
      return await handler(request, params as Record<string, string>);
    } catch (error) {
      return problemResponse(error);
    }
  };
}

/** msw v2 handlers that implement the Civic Booking Protocol over a DemoBackend. */
export function createProtocolHandlers({ baseUrl, backend, captcha }: ProtocolHandlerOptions) {
  const base = baseUrl.replace(/\/+$/, '');
  return [
    http.get(
      `${base}/captcha`,
      guarded(async () => {
        if (!captcha) throw new BookingError('not-found', 'This office asks for no captcha.');
        return HttpResponse.json(await captcha.challenge());
      }),
    ),

    http.get(
      `${base}/catalog`,
      guarded((request) => {
        const lang = (request.headers.get('Accept-Language') ?? 'de').split(',')[0]!.split(';')[0]!.trim() || 'de';
        const challengeUrl = `${base}/captcha`;
        return HttpResponse.json({
          ...backend.catalog(lang),
          captcha: captcha ? { kind: 'altcha', challengeUrl } : null,
        });
      }),
    ),

    http.get(
      `${base}/availability`,
      guarded((request) => {
        const search = new URL(request.url).searchParams;
        const concerns = (search.get('concerns') ?? '')
          .split(',')
          .filter(Boolean)
          .map((part) => {
            const [id, count = '1'] = part.split(':');
            if (!id || !/^\d+$/.test(count)) {
              return badRequest('concerns must be ID:COUNT,…', [{ field: 'concerns', code: 'invalid' }]);
            }
            return { id, count: Number(count) };
          });
        const location = search.get('location');
        return HttpResponse.json(
          backend.availability({
            concerns,
            from: search.get('from') ?? '',
            to: search.get('to') ?? '',
            ...(location === null ? {} : { locationId: location }),
          }),
        );
      }),
    ),

    http.post(
      `${base}/holds`,
      guarded(async (request) => {
        await captcha?.verify(request.headers.get('X-Captcha'));
        const body = await jsonBody(request);
        const hold = backend.hold({
          concerns: concernsFrom(body.concerns),
          locationId: stringField(body, 'locationId'),
          start: stringField(body, 'start'),
        });
        return HttpResponse.json(hold, { status: 201 });
      }),
    ),

    http.delete(
      `${base}/holds/:id`,
      guarded((request, params) => {
        backend.release(params.id!, bearer(request));
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    http.post(
      `${base}/bookings`,
      guarded(async (request) => {
        const key = request.headers.get('Idempotency-Key');
        if (!key)
          badRequest('The Idempotency-Key header is required.', [{ field: 'Idempotency-Key', code: 'required' }]);
        const body = await jsonBody(request);
        const raw = (typeof body.contact === 'object' && body.contact !== null ? body.contact : {}) as Record<
          string,
          unknown
        >;
        const contact: Contact = { name: typeof raw.name === 'string' ? raw.name : '' };
        if (typeof raw.email === 'string') contact.email = raw.email;
        if (typeof raw.phone === 'string') contact.phone = raw.phone;
        const booking = backend.book(
          {
            holdId: stringField(body, 'holdId'),
            holdToken: stringField(body, 'holdToken'),
            contact,
            lang: typeof body.lang === 'string' ? body.lang : 'de',
          },
          key,
        );
        return HttpResponse.json(booking, { status: 201 });
      }),
    ),

    http.post(
      `${base}/bookings/:reference/reschedule`,
      guarded(async (request, params) => {
        const key = request.headers.get('Idempotency-Key');
        if (!key)
          badRequest('The Idempotency-Key header is required.', [{ field: 'Idempotency-Key', code: 'required' }]);
        const token = bearer(request);
        const body = await jsonBody(request);
        const hold = { holdId: stringField(body, 'holdId'), holdToken: stringField(body, 'holdToken') };
        return HttpResponse.json(backend.reschedule(params.reference!, token, hold, key));
      }),
    ),

    http.get(
      `${base}/bookings/:reference`,
      guarded((request, params) => HttpResponse.json(backend.getBooking(params.reference!, bearer(request)))),
    ),

    http.delete(
      `${base}/bookings/:reference`,
      guarded((request, params) => {
        backend.cancel(params.reference!, bearer(request));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
