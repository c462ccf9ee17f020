// Over 350 lines on purpose: one test file per unit, its contracts in describe blocks, as the unit has them.
import { expect } from '@open-wc/testing';
import type { BookingErrorCode } from '../../domain/booking-error.js';
import type { Hold } from '../../domain/types.js';
import { parseRetryAfter } from '../http.js';
import { RestAdapter } from './rest-adapter.js';
import { rejectionOf } from '../../../test/support/booking-errors.js';

interface Sent {
  url: string;
  init: RequestInit;
  headers: Headers;
  body: unknown;
}

/** A fetch that records what it was sent and answers with the given responses, one per call. */
function fakeFetch(...answers: (() => Response | Promise<Response>)[]) {
  const sent: Sent[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    sent.push({
      url: String(input),
      init,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
    return answer!();
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const problem =
  (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, ...body }), {
      status,
      headers: { 'Content-Type': 'application/problem+json', ...headers },
    });

const noContent = () => new Response(null, { status: 204 });

/** A fetch that never answers, but rejects like the real one when its signal aborts. */
const hangingFetch = ((_input: RequestInfo | URL, init: RequestInit = {}) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
  })) as typeof fetch;

const catalogJson = {
  office: { name: 'Office' },
  concerns: [{ id: 'c', name: 'Concern' }],
  locations: [{ id: 'l', name: 'Location', timeZone: 'Europe/Berlin', concernIds: ['c'] }],
};
const holdJson: Hold = {
  id: 'hold/1',
  token: 'hold-token',
  expiresAt: '2026-12-01T08:10:00+01:00',
  locationId: 'l',
  start: '2026-12-02T08:30:00+01:00',
  end: '2026-12-02T08:50:00+01:00',
};
const bookingJson = {
  reference: 'MS-4K7Q2',
  status: 'confirmed',
  locationId: 'l',
  start: holdJson.start,
  end: holdJson.end,
  concerns: [{ id: 'c', count: 2 }],
  token: 'booking-token',
};

describe('RestAdapter', () => {
  describe('URLs', () => {
    for (const baseUrl of ['https://termine.example.org/api/v1', 'https://termine.example.org/api/v1/']) {
      it(`keeps the base path of ${baseUrl}`, async () => {
        const { fetch, sent } = fakeFetch(json(catalogJson));
        await new RestAdapter({ baseUrl, fetch }).loadCatalog({ lang: 'de' });
        expect(sent[0]!.url).to.equal('https://termine.example.org/api/v1/catalog');
      });
    }

    it('builds the availability query', async () => {
      const { fetch, sent } = fakeFetch(json({ from: '2026-12-01', to: '2026-12-31', slots: [] }));
      await new RestAdapter({ baseUrl: 'https://x.example/api', fetch }).loadAvailability({
        concerns: [
          { id: 'a', count: 2 },
          { id: 'b&c', count: 1 },
        ],
        from: '2026-12-01',
        to: '2026-12-31',
        locationId: 'stadthaus 2',
      });
      const url = new URL(sent[0]!.url);
      expect(url.pathname).to.equal('/api/availability');
      expect(url.searchParams.get('concerns')).to.equal('a:2,b&c:1');
      expect(url.searchParams.get('from')).to.equal('2026-12-01');
      expect(url.searchParams.get('to')).to.equal('2026-12-31');
      expect(url.searchParams.get('location')).to.equal('stadthaus 2');
    });

    it('leaves out location when the query has none', async () => {
      const { fetch, sent } = fakeFetch(json({ from: '2026-12-01', to: '2026-12-31', slots: [] }));
      await new RestAdapter({ baseUrl: 'https://x.example/api', fetch }).loadAvailability({
        concerns: [{ id: 'a', count: 1 }],
        from: '2026-12-01',
        to: '2026-12-31',
      });
      expect(new URL(sent[0]!.url).searchParams.has('location')).to.equal(false);
    });

    it('encodes path segments', async () => {
      const { fetch, sent } = fakeFetch(noContent, json(bookingJson));
      const adapter = new RestAdapter({ baseUrl: 'https://x.example/api/', fetch });
      await adapter.releaseHold(holdJson);
      await adapter.getBooking('MS/../admin?x', 't');
      expect(sent[0]!.url).to.equal('https://x.example/api/holds/hold%2F1');
      expect(sent[1]!.url).to.equal('https://x.example/api/bookings/MS%2F..%2Fadmin%3Fx');
    });
  });

  describe('requests', () => {
    it('sends no cookies and asks for JSON on every call', async () => {
      const { fetch, sent } = fakeFetch(json(catalogJson));
      await new RestAdapter({ baseUrl: 'https://x.example', fetch }).loadCatalog({ lang: 'de' });
      expect(sent[0]!.init.credentials).to.equal('omit');
      expect(sent[0]!.init.method).to.equal('GET');
      expect(sent[0]!.headers.get('Accept')).to.equal('application/json');
      expect(sent[0]!.init.signal).to.be.instanceOf(AbortSignal);
    });

    it('asks for the catalog in the UI language', async () => {
      const { fetch, sent } = fakeFetch(json(catalogJson));
      await new RestAdapter({ baseUrl: 'https://x.example', fetch }).loadCatalog({ lang: 'uk' });
      expect(sent[0]!.headers.get('Accept-Language')).to.equal('uk');
    });

    it("keeps a captcha only when its challenge is on the backend's own origin", async () => {
      const captchaAt = (challengeUrl: string) => json({ ...catalogJson, captcha: { kind: 'altcha', challengeUrl } });
      const { fetch } = fakeFetch(
        captchaAt('https://x.example/api/captcha'),
        captchaAt('https://captcha-vendor.example/challenge'),
      );
      const adapter = new RestAdapter({ baseUrl: 'https://x.example/api', fetch });
      expect((await adapter.loadCatalog({ lang: 'de' })).captcha).to.deep.equal({
        kind: 'altcha',
        challengeUrl: 'https://x.example/api/captcha',
      });
      expect((await adapter.loadCatalog({ lang: 'de' })).captcha).to.equal(null);
    });

    it('posts a hold, with the captcha header only when there is a captcha', async () => {
      const { fetch, sent } = fakeFetch(json(holdJson, 201));
      const adapter = new RestAdapter({ baseUrl: 'https://x.example', fetch });
      const request = { concerns: [{ id: 'c', count: 2 }], locationId: 'l', start: holdJson.start };
      expect(await adapter.holdSlot(request)).to.deep.equal(holdJson);
      await adapter.holdSlot({ ...request, captcha: 'solved-payload' });
      expect(sent[0]!.init.method).to.equal('POST');
      expect(sent[0]!.url).to.equal('https://x.example/holds');
      expect(sent[0]!.headers.get('Content-Type')).to.equal('application/json');
      expect(sent[0]!.body).to.deep.equal(request);
      expect(sent[0]!.headers.has('X-Captcha')).to.equal(false);
      expect(sent[1]!.headers.get('X-Captcha')).to.equal('solved-payload');
      expect(sent[1]!.body).not.to.have.property('captcha');
    });

    it('releases a hold with its token', async () => {
      const { fetch, sent } = fakeFetch(noContent);
      await new RestAdapter({ baseUrl: 'https://x.example', fetch }).releaseHold(holdJson);
      expect(sent[0]!.init.method).to.equal('DELETE');
      expect(sent[0]!.headers.get('Authorization')).to.equal('Bearer hold-token');
    });

    it('books with the idempotency key, the hold and the contact', async () => {
      const { fetch, sent } = fakeFetch(json(bookingJson, 201));
      const booking = await new RestAdapter({ baseUrl: 'https://x.example', fetch }).book({
        hold: holdJson,
        contact: { name: 'Amina', email: 'amina@example.org' },
        lang: 'de',
        idempotencyKey: '0b4e7c1c-8a2f-4c55-9d3e-2f1a6b7c8d9e',
      });
      expect(booking).to.deep.equal(bookingJson);
      expect(sent[0]!.url).to.equal('https://x.example/bookings');
      expect(sent[0]!.headers.get('Idempotency-Key')).to.equal('0b4e7c1c-8a2f-4c55-9d3e-2f1a6b7c8d9e');
      expect(sent[0]!.body).to.deep.equal({
        holdId: 'hold/1',
        holdToken: 'hold-token',
        contact: { name: 'Amina', email: 'amina@example.org' },
        lang: 'de',
      });
    });

    it('looks up and cancels a booking with its token', async () => {
      const { fetch, sent } = fakeFetch(json({ ...bookingJson, token: undefined }), noContent);
      const adapter = new RestAdapter({ baseUrl: 'https://x.example', fetch });
      const booking = await adapter.getBooking('MS-4K7Q2', 'booking-token');
      expect(booking.reference).to.equal('MS-4K7Q2');
      expect(booking).not.to.have.property('token');
      await adapter.cancelBooking('MS-4K7Q2', 'booking-token');
      expect(sent.map((s) => s.init.method)).to.deep.equal(['GET', 'DELETE']);
      for (const s of sent) expect(s.headers.get('Authorization')).to.equal('Bearer booking-token');
    });
  });

  describe('errors', () => {
    const adapterAnswering = (answer: () => Response) =>
      new RestAdapter({ baseUrl: 'https://x.example', fetch: fakeFetch(answer).fetch });

    it('turns a network failure into network', async () => {
      const fetch = (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof globalThis.fetch;
      const error = await rejectionOf(
        new RestAdapter({ baseUrl: 'https://x.example', fetch }).loadCatalog({ lang: 'de' }),
      );
      expect(error.code).to.equal('network');
      expect(error.reason).to.equal(undefined);
      expect(error.cause).to.be.instanceOf(TypeError);
    });

    it('turns a timeout into network with reason timeout', async () => {
      const adapter = new RestAdapter({ baseUrl: 'https://x.example', fetch: hangingFetch, timeoutMs: 30 });
      const error = await rejectionOf(adapter.loadCatalog({ lang: 'de' }));
      expect(error.code).to.equal('network');
      expect(error.reason).to.equal('timeout');
    });

    it('turns the caller aborting into network, keeping the AbortError as cause', async () => {
      const controller = new AbortController();
      const adapter = new RestAdapter({ baseUrl: 'https://x.example', fetch: hangingFetch });
      const pending = adapter.loadCatalog({ lang: 'de', signal: controller.signal });
      controller.abort();
      const error = await rejectionOf(pending);
      expect(error.code).to.equal('network');
      expect(error.reason).to.equal(undefined);
      expect((error.cause as DOMException).name).to.equal('AbortError');
    });

    it('uses the code of a problem answer, with its field errors', async () => {
      const error = await rejectionOf(
        adapterAnswering(
          problem(422, {
            code: 'invalid-input',
            detail: 'E-mail invalid',
            errors: [{ field: 'contact.email', code: 'invalid' }],
          }),
        ).book({ hold: holdJson, contact: { name: 'A', email: 'x' }, lang: 'de', idempotencyKey: 'k' }),
      );
      expect(error.code).to.equal('invalid-input');
      expect(error.status).to.equal(422);
      expect(error.fieldErrors).to.deep.equal([{ field: 'contact.email', code: 'invalid' }]);
      expect(error.message).to.contain('E-mail invalid');
    });

    for (const code of ['slot-taken', 'hold-expired', 'limit-reached', 'too-late'] as const) {
      it(`maps a 409 with code ${code}`, async () => {
        const error = await rejectionOf(adapterAnswering(problem(409, { code })).releaseHold(holdJson));
        expect(error.code).to.equal(code);
      });
    }

    const byStatus: [number, BookingErrorCode][] = [
      [400, 'invalid-input'],
      [422, 'invalid-input'],
      [404, 'not-found'],
      [409, 'unexpected'],
      [403, 'unexpected'],
      [429, 'rate-limited'],
      [503, 'unavailable'],
      [500, 'unexpected'],
      [418, 'unexpected'],
    ];
    for (const [status, code] of byStatus) {
      it(`maps status ${status} without a known code to ${code}`, async () => {
        const error = await rejectionOf(
          adapterAnswering(problem(status, { code: 'something-else' })).loadCatalog({ lang: 'de' }),
        );
        expect(error.code).to.equal(code);
        expect(error.status).to.equal(status);
      });
    }

    it('reads Retry-After in seconds on 429', async () => {
      const error = await rejectionOf(
        adapterAnswering(problem(429, { code: 'rate-limited' }, { 'Retry-After': '120' })).loadCatalog({ lang: 'de' }),
      );
      expect(error.code).to.equal('rate-limited');
      expect(error.retryAfterSeconds).to.equal(120);
    });

    it('reads Retry-After as an HTTP date on 429', async () => {
      const date = new Date(Date.now() + 90_000).toUTCString();
      const error = await rejectionOf(
        adapterAnswering(problem(429, {}, { 'Retry-After': date })).loadCatalog({ lang: 'de' }),
      );
      expect(error.code).to.equal('rate-limited');
      // HTTP dates have whole seconds: 89 or 90 seconds from now.
      expect(error.retryAfterSeconds).to.be.within(88, 91);
    });

    it('reads 503 with Retry-After as unavailable', async () => {
      const error = await rejectionOf(
        adapterAnswering(problem(503, { code: 'unavailable' }, { 'Retry-After': '3600' })).loadCatalog({ lang: 'de' }),
      );
      expect(error.code).to.equal('unavailable');
      expect(error.retryAfterSeconds).to.equal(3600);
    });

    it('maps a 500 with an HTML body to unexpected', async () => {
      const error = await rejectionOf(
        adapterAnswering(() => new Response('<h1>Internal Server Error</h1>', { status: 500 })).loadCatalog({
          lang: 'de',
        }),
      );
      expect(error.code).to.equal('unexpected');
      expect(error.status).to.equal(500);
      expect(error.retryAfterSeconds).to.equal(undefined);
    });

    it('refuses a 200 that is not JSON', async () => {
      const error = await rejectionOf(
        adapterAnswering(() => new Response('<html>login</html>', { status: 200 })).loadCatalog({ lang: 'de' }),
      );
      expect(error.code).to.equal('unexpected');
      expect(error.reason).to.equal('malformed-response');
    });

    it('refuses a 200 whose JSON is malformed for the protocol', async () => {
      const error = await rejectionOf(adapterAnswering(json({ office: {}, concerns: [] })).loadCatalog({ lang: 'de' }));
      expect(error.code).to.equal('unexpected');
      expect(error.reason).to.equal('malformed-response');
      expect(error.message).to.contain('catalog.');
    });

    it('refuses an empty 200 where a body is due', async () => {
      const error = await rejectionOf(
        adapterAnswering(() => new Response('', { status: 200 })).loadCatalog({ lang: 'de' }),
      );
      expect(error.reason).to.equal('malformed-response');
    });
  });

  describe('parseRetryAfter', () => {
    it('reads delta-seconds and HTTP dates, and nothing else', () => {
      const now = Date.parse('2026-12-01T08:00:00Z');
      expect(parseRetryAfter('0', now)).to.equal(0);
      expect(parseRetryAfter(' 30 ', now)).to.equal(30);
      expect(parseRetryAfter('Tue, 01 Dec 2026 08:02:00 GMT', now)).to.equal(120);
      expect(parseRetryAfter('Tue, 01 Dec 2026 07:00:00 GMT', now)).to.equal(0);
      expect(parseRetryAfter('soon', now)).to.equal(undefined);
      expect(parseRetryAfter(null, now)).to.equal(undefined);
    });

    it('caps a wait at one day, however large the answer', () => {
      const now = Date.parse('2026-12-01T08:00:00Z');
      expect(parseRetryAfter('9'.repeat(400), now)).to.equal(86400);
      expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', now)).to.equal(86400);
    });
  });
});
