import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startMockBackend, type MockBackend } from './browser.js';

const baseUrl = `${location.origin}/mock-protocol/v1`;
const now = () => new Date('2026-12-01T08:00:00+01:00');
const concerns = [{ id: 'registration', count: 1 }];

describe('mock protocol backend', () => {
  let mock: MockBackend;

  before(async () => {
    mock = await startMockBackend({ baseUrl, now });
  });

  after(() => mock.stop());

  afterEach(() => mock.worker.resetHandlers());

  async function firstSlot() {
    const response = await fetch(`${baseUrl}/availability?concerns=registration:1&from=2026-12-02&to=2026-12-31`);
    return (await response.json()).slots[0] as { locationId: string; start: string };
  }

  async function hold() {
    const slot = await firstSlot();
    const response = await fetch(`${baseUrl}/holds`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ concerns, locationId: slot.locationId, start: slot.start }),
    });
    expect(response.status).to.equal(201);
    return response.json();
  }

  it('serves the catalog in the Accept-Language language', async () => {
    const de = await (await fetch(`${baseUrl}/catalog`, { headers: { 'Accept-Language': 'de-DE,de;q=0.9' } })).json();
    const en = await (await fetch(`${baseUrl}/catalog`, { headers: { 'Accept-Language': 'en-GB' } })).json();
    expect(de.office.name).to.equal('Stadt Musterstadt');
    expect(en.office.name).to.equal('City of Musterstadt');
  });

  it('answers errors as problem+json', async () => {
    const response = await fetch(`${baseUrl}/availability?concerns=unknown:1&from=2026-12-01&to=2026-12-31`);
    expect(response.status).to.equal(422);
    expect(response.headers.get('Content-Type')).to.equal('application/problem+json');
    const body = await response.json();
    expect(body).to.include({ status: 422, code: 'invalid-input' });
    expect(body.type).to.be.a('string');
    expect(body.title).to.be.a('string');
    expect(body.errors).to.deep.equal([{ field: 'concerns', code: 'invalid' }]);
  });

  it('requires an Idempotency-Key to book', async () => {
    const h = await hold();
    const response = await fetch(`${baseUrl}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        holdId: h.id,
        holdToken: h.token,
        contact: { name: 'A', email: 'a@example.org' },
        lang: 'de',
      }),
    });
    expect(response.status).to.equal(400);
    expect((await response.json()).code).to.equal('invalid-input');
  });

  it('books with 201, and answers 404 to a missing or wrong Bearer token', async () => {
    const h = await hold();
    const created = await fetch(`${baseUrl}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' },
      body: JSON.stringify({
        holdId: h.id,
        holdToken: h.token,
        contact: { name: 'A', email: 'a@example.org' },
        lang: 'de',
      }),
    });
    expect(created.status).to.equal(201);
    const booking = await created.json();
    const url = `${baseUrl}/bookings/${booking.reference}`;
    expect((await fetch(url)).status).to.equal(404);
    expect((await fetch(url, { headers: { Authorization: 'Bearer nope' } })).status).to.equal(404);
    const found = await fetch(url, { headers: { Authorization: `Bearer ${booking.token}` } });
    expect(found.status).to.equal(200);
    expect(await found.json()).not.to.have.property('token');
    const cancelled = await fetch(url, { method: 'DELETE', headers: { Authorization: `Bearer ${booking.token}` } });
    expect(cancelled.status).to.equal(204);
  });

  it('releases a hold with 204, then answers 404', async () => {
    const h = await hold();
    const release = () =>
      fetch(`${baseUrl}/holds/${h.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${h.token}` } });
    expect((await release()).status).to.equal(204);
    expect((await release()).status).to.equal(404);
  });

  it('sends Retry-After with faults from failNext, and lets tests inject their own handlers', async () => {
    mock.backend.failNext('rate-limited');
    const limited = await fetch(`${baseUrl}/catalog`);
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('Retry-After')).to.equal('30');
    mock.worker.use(http.get(`${baseUrl}/catalog`, () => HttpResponse.text('down', { status: 503 })));
    expect((await fetch(`${baseUrl}/catalog`)).status).to.equal(503);
    mock.worker.resetHandlers();
    expect((await fetch(`${baseUrl}/catalog`)).status).to.equal(200);
  });
});
