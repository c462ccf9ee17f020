import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../define.js';
import { api, problem, toContact, toReview, toTimes, useMockProtocol } from '../../../test/support/protocol-fixture.js';
import type { BookingWidgetPage } from '../../../test/page-objects/booking-widget-page.js';

// An office whose backend asks for an ALTCHA captcha before it holds a slot (catalog `captcha`). The mocked
// backend issues real challenges and accepts each solved payload once, with altcha's server library.

const mock = useMockProtocol({ captcha: true });

const holdRequests = () =>
  mock.recorded.filter((request) => request.method === 'POST' && request.path.endsWith('/holds'));

async function toSolvedCaptcha(page: BookingWidgetPage) {
  await toTimes(page);
  await page.waitFor(() => page.captcha().state() === 'verified', 'the captcha to be solved', 15000);
}

describe('<civic-booking> with a captcha', () => {
  it('solves the captcha on the device and holds the time with its payload', async () => {
    const { element, page } = await mock.widget();
    await toSolvedCaptcha(page);
    expect(page.captcha().status()).to.equal('Geprüft');
    await expect(element).to.be.accessible();

    page.slots().buttons()[0]!.click();
    await page.waitForHeading('Ihre Kontaktdaten');
    const [hold] = holdRequests();
    expect(hold!.headers.get('X-Captcha')).to.match(/^[A-Za-z0-9+/]+=*$/);
    expect(mock.captcha!.accepted).to.equal(1);
    // The challenge came from the backend, without credentials, and nothing else was asked of anyone.
    const challenge = mock.recorded.find((request) => request.path === '/api/v1/captcha')!;
    expect(challenge.credentials).to.equal('omit');
    expect(mock.requests.every((request) => request.includes(' /api/v1/'))).to.equal(true);
  });

  it('books with a captcha, from the first time to the confirmation', async () => {
    const { page } = await mock.widget();
    await toReview(page);
    page.button('Termin verbindlich buchen').click();
    await page.waitForHeading('Ihr Termin ist gebucht');
    expect(mock.captcha!.accepted).to.equal(1);
  });

  it('solves a new captcha for every hold: a payload is good for one request only', async () => {
    const { page } = await mock.widget();
    await toContact(page);
    page.contact().fill('name', 'Ada Yılmaz');
    mock.clock.advance(9 * 60);
    await page.waitFor(() => page.hasButton('Zeit weiter reservieren'), 'the hold warning');
    page.button('Zeit weiter reservieren').click();
    await page.waitFor(() => holdRequests().length === 2, 'a second hold', 15000);
    await page.waitFor(() => !page.text().includes('Ihre Reservierung endet'), 'the warning to go', 15000);
    const [first, second] = holdRequests().map((request) => request.headers.get('X-Captcha'));
    expect(second).to.be.a('string');
    expect(second === first, 'the second hold sent a new payload').to.equal(false);
    expect(mock.captcha!.accepted).to.equal(2);
    expect(page.error()).to.equal('');
    expect(page.contact().input('name')!.value).to.equal('Ada Yılmaz');
  });

  it('explains a captcha that cannot be solved, and holds the time once it can', async () => {
    let captchaDown = true;
    mock.worker.use(
      http.get(`${api}/captcha`, () => (captchaDown ? new HttpResponse(null, { status: 503 }) : undefined)),
    );
    const { element, page } = await mock.widget();
    await toTimes(page);
    await page.waitFor(() => page.captcha().state() === 'failed', 'the captcha to fail', 15000);
    page.slots().buttons()[0]!.click();
    await page.waitFor(() => page.error() !== '', 'an error');
    expect(page.error()).to.contain('Die Sicherheitsprüfung ist nicht gelungen.');
    expect(page.root.activeElement === page.errorElement(), 'the error has focus').to.equal(true);
    expect(page.heading()).to.equal('Datum und Uhrzeit');
    await expect(element).to.be.accessible();
    expect(holdRequests()).to.have.length(0);

    // The backend recovers; the citizen has the check tried again with the keyboard, then takes the time.
    captchaDown = false;
    await page.waitFor(() => page.captcha().retryButton() !== null, 'the retry button', 15000);
    page.captcha().retryButton()!.focus();
    await sendKeys({ press: 'Space' });
    await page.waitFor(() => page.captcha().state() === 'verified', 'the captcha to be solved', 15000);
    page.slots().buttons()[0]!.click();
    await page.waitForHeading('Ihre Kontaktdaten');
    expect(mock.captcha!.accepted).to.equal(1);
  });

  it('lets the citizen go back while the captcha is being solved, and choose again', async () => {
    let answerChallenge!: () => void;
    const challengeHeld = new Promise<void>((resolve) => (answerChallenge = resolve));
    mock.worker.use(
      http.get(
        `${api}/captcha`,
        async () => {
          await challengeHeld;
          return HttpResponse.json(await mock.captcha!.challenge());
        },
        { once: true },
      ),
    );
    const { page } = await mock.widget();
    await toTimes(page);
    page.slots().buttons()[0]!.click();
    await page.waitFor(() => page.text().includes('Die Zeit wird reserviert'), 'the hold to wait for the captcha');
    page.button('Zurück').click();
    await page.waitForHeading('Wo?');
    answerChallenge();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Neither an error about the captcha nor a jump forward: the citizen is where they went.
    expect(page.heading()).to.equal('Wo?');
    expect(page.error()).to.equal('');
    page.button('Weiter').click();
    await page.waitForHeading('Datum und Uhrzeit');
    await page.waitFor(() => page.slots().buttons().length > 0, 'the times');
    page.slots().buttons()[0]!.click();
    await page.waitForHeading('Ihre Kontaktdaten', 15000);
    expect(mock.captcha!.accepted).to.equal(1);
  });

  it('keeps the held time until the captcha for its renewal is solved', async () => {
    const { page } = await mock.widget();
    await toContact(page);
    mock.clock.advance(9 * 60);
    await page.waitFor(() => page.hasButton('Zeit weiter reservieren'), 'the hold warning');
    const before = mock.requests.length;
    page.button('Zeit weiter reservieren').click();
    await page.waitFor(() => holdRequests().length === 2, 'a second hold', 15000);
    const renewal = mock.requests.slice(before);
    const challenge = renewal.indexOf('GET /api/v1/captcha');
    const release = renewal.findIndex((request) => request.startsWith('DELETE /api/v1/holds/'));
    expect(challenge, 'a challenge for the renewal').to.be.greaterThan(-1);
    expect(release, 'the old hold given back').to.be.greaterThan(challenge);
  });

  it('books once, with the renewed hold, not the one being given back, when "book" is pressed during a renewal', async () => {
    const { page } = await mock.widget();
    await toReview(page);
    mock.clock.advance(9 * 60);
    await page.waitFor(() => page.hasButton('Zeit weiter reservieren'), 'the hold warning');
    page.button('Zeit weiter reservieren').click();
    page.button('Termin verbindlich buchen').click();
    await page.settled();
    page.button('Wird gebucht …').click();
    // The booking waits for the renewal, then books once, with the new hold.
    await page.waitFor(() => holdRequests().length === 2, 'the renewed hold', 15000);
    await page.waitForHeading('Ihr Termin ist gebucht', 15000);
    expect(mock.requests.filter((request) => request === 'POST /api/v1/bookings')).to.have.length(1);
    const booking = mock.recorded.find((request) => request.path === '/api/v1/bookings')!;
    // The hold the renewal gave back (widgets of earlier tests, taken off the page, give theirs back too).
    const ownRequests = mock.requests.slice(mock.requests.indexOf('POST /api/v1/holds'));
    const released = ownRequests.find((request) => request.startsWith('DELETE /api/v1/holds/'))!;
    const releasedId = decodeURIComponent(released.slice('DELETE /api/v1/holds/'.length));
    expect(JSON.parse(booking.body).holdId).to.be.a('string').and.not.equal(releasedId);
  });

  it('lets no challenge set a cookie or send anything elsewhere', async () => {
    const reconfigure = { setCookie: { name: 'altcha', path: '/' }, verifyUrl: 'https://tracker.example/verify' };
    mock.worker.use(
      http.get(`${api}/captcha`, async () =>
        HttpResponse.json(
          { ...(await mock.captcha!.challenge()), configuration: reconfigure },
          { headers: { 'X-Altcha-Config': JSON.stringify(reconfigure) } },
        ),
      ),
    );
    const fetched: string[] = [];
    const pageFetch = window.fetch;
    window.fetch = (input, init) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return pageFetch(input, init);
    };
    try {
      const { page } = await mock.widget();
      await toSolvedCaptcha(page);
      page.slots().buttons()[0]!.click();
      await page.waitForHeading('Ihre Kontaktdaten');
    } finally {
      window.fetch = pageFetch;
    }
    expect(document.cookie).not.to.contain('altcha');
    expect(fetched.filter((url) => !url.startsWith(`${api}/`))).to.deep.equal([]);
    expect(mock.captcha!.accepted).to.equal(1);
  });

  it('does not take a payload the backend refuses for a hold, and says so', async () => {
    mock.worker.use(http.post(`${api}/holds`, () => problem(403, 'captcha-required')));
    const { page } = await mock.widget();
    await toSolvedCaptcha(page);
    page.slots().buttons()[0]!.click();
    await page.waitFor(() => page.error() !== '', 'an error');
    expect(page.error()).to.contain('Die Sicherheitsprüfung ist nicht gelungen.');
    expect(page.heading()).to.equal('Datum und Uhrzeit');
  });
});
