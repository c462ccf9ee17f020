import { expect } from '@open-wc/testing';
import { useMockProtocol } from '../support/protocol-fixture.js';
import { bookOnPage, openPage, removePages } from '../support/iframe-page.js';
import { BookingWidgetPage } from '../page-objects/booking-widget-page.js';

// What the widget promises a data-protection officer (SPEC section 5): no request to anyone but the
// configured backend, no cookies, no personal data in web storage or in any URL.

const mock = useMockProtocol();
const citizen = { name: 'Zeynep Privacy-Probe', email: 'zeynep.probe@example.org' };

describe('privacy', () => {
  afterEach(() => {
    removePages();
    document.cookie = 'page-session=; max-age=0; path=/';
  });

  it('asks no one but the backend, sends no cookie, and keeps no personal data anywhere', async () => {
    // The page itself has a cookie for its own origin, which is also the backend's here: it must not be sent.
    document.cookie = 'page-session=secret; path=/';
    const opened = await openPage('/test/e2e/fixtures/script-tag.html');
    opened.widget().now = mock.clock.now;
    const page = new BookingWidgetPage(opened.widget());
    await bookOnPage(page, citizen);
    await page.waitFor(() => /MS-\w+/.test(page.details()), 'the booking reference');

    const { window } = opened;
    const origin = window.location.origin;

    // Requests: every resource the page loaded came from its own origin (the page, the bundle, the backend).
    const resources = window.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(resources.filter((url) => new URL(url).origin !== origin)).to.deep.equal([]);

    // Requests to the backend carried no credentials.
    const backendRequests = mock.recorded;
    expect(backendRequests.length).to.be.greaterThan(3);
    expect([...new Set(backendRequests.map((request) => request.credentials))]).to.deep.equal(['omit']);

    // No personal data in any URL: not in the page's address, not in any request's address.
    const personal = [citizen.name, citizen.email, 'Zeynep', 'zeynep.probe'];
    const urls = [window.location.href, ...resources, ...backendRequests.map((request) => request.path)];
    for (const url of urls) {
      const decoded = decodeURIComponent(url);
      for (const value of personal) expect(decoded, url).not.to.contain(value);
    }
    // It travelled only in the body of the booking request.
    const booking = backendRequests.find((request) => request.method === 'POST' && request.path === '/api/v1/bookings');
    expect(booking?.body).to.contain(citizen.email);

    // No cookies set by the widget, nothing in web storage, no databases, no caches.
    expect(window.document.cookie, "only the page's own cookie").to.equal('page-session=secret');
    expect(window.localStorage.length, 'localStorage').to.equal(0);
    expect(window.sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(await window.indexedDB.databases(), 'IndexedDB').to.deep.equal([]);
    expect(await window.caches.keys(), 'Cache Storage').to.deep.equal([]);
  });
});
