import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { BookingError } from '../../domain/booking-error.js';
import { MockCaptcha } from '../../mocks/mock-captcha.js';
import '../../define-captcha.js';
import type { CivicCaptcha } from './civic-captcha.js';
import { api, useMockProtocol } from '../../../test/support/protocol-fixture.js';
import { CaptchaPage } from '../../../test/page-objects/captcha-page.js';

const mock = useMockProtocol({ captcha: true });
const challengeUrl = `${api}/captcha`;

async function setup(url = challengeUrl, lang = 'de') {
  const element = await fixture<CivicCaptcha>(html`<civic-captcha lang=${lang} challenge-url=${url}></civic-captcha>`);
  return { element, page: new CaptchaPage(element) };
}

async function until(condition: () => boolean, what: string, timeoutMs = 10000) {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Waited for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('civic-captcha', () => {
  it('solves the challenge by itself and says so, in the page language', async () => {
    const { element, page } = await setup();
    await until(() => page.state() === 'verified', 'the check to be solved');
    expect(page.label()).to.equal('Überprüft');
    expect(page.checkbox()!.checked).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('speaks English where the widget does', async () => {
    const { page } = await setup(challengeUrl, 'en');
    await until(() => page.state() === 'verified', 'the check to be solved');
    expect(page.label()).to.equal('Verified');
  });

  it('gives each payload once and solves a new one for the next request', async () => {
    const { element } = await setup();
    const first = await element.solution();
    const second = await element.solution();
    expect(first).to.be.a('string');
    expect(second === first, 'a new payload').to.equal(false);
    for (const payload of [first, second]) await mock.captcha!.verify(payload);
    expect(mock.captcha!.issued).to.equal(2);
    // The backend takes no payload twice.
    let refused: unknown = null;
    await mock.captcha!.verify(first).catch((error: unknown) => (refused = error));
    expect(refused).to.be.instanceOf(BookingError);
  });

  it('rejects with captcha-required when there is no challenge, and is accessible in its error', async () => {
    mock.worker.use(http.get(challengeUrl, () => new HttpResponse(null, { status: 503 })));
    const { element, page } = await setup();
    let error: unknown = null;
    await element.solution().catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(BookingError);
    expect((error as BookingError).code).to.equal('captcha-required');
    expect(page.state()).to.equal('error');
    await expect(element).to.be.accessible();
  });

  it('keeps a challenge that asks for a typed code a proof of work, and fetches none of its media', async () => {
    mock.worker.use(
      http.get(challengeUrl, async () =>
        HttpResponse.json({
          ...(await mock.captcha!.challenge()),
          codeChallenge: { image: 'https://media.example/code.png', audio: 'https://media.example/code.mp3' },
        }),
      ),
    );
    const { element, page } = await setup();
    const payload = await element.solution();
    expect(page.state()).to.equal('verified');
    await mock.captcha!.verify(payload);
    const media = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('media.example'));
    expect(media).to.deep.equal([]);
  });

  it('answers a waiting request with captcha-required when it leaves the page before it is solved', async () => {
    mock.worker.use(
      http.get(challengeUrl, async () => {
        await delay(1500);
        return HttpResponse.json(await mock.captcha!.challenge());
      }),
    );
    const { element } = await setup();
    const waiting = element.solution();
    element.remove();
    let error: unknown = null;
    await waiting.catch((caught: unknown) => (error = caught));
    expect((error as BookingError | null)?.code).to.equal('captcha-required');
  });

  it('asks for the challenge without credentials', async () => {
    const { page } = await setup();
    await until(() => page.state() === 'verified', 'the check to be solved');
    const challenge = mock.recorded.find((request) => request.path === '/api/v1/captcha')!;
    expect(challenge.credentials).to.equal('omit');
  });

  it('answers two requests at once with a payload each', async () => {
    const { element } = await setup();
    await until(() => new CaptchaPage(element).state() === 'verified', 'the payload solved ahead');
    const [first, second, third] = await Promise.all([element.solution(), element.solution(), element.solution()]);
    expect(new Set([first, second, third]).size).to.equal(3);
    for (const payload of [first!, second!, third!]) await mock.captcha!.verify(payload);
  });

  it("keeps to its own settings whatever the page's ALTCHA defaults say, and gives the page its defaults back", async () => {
    const pageDefaults = {
      setCookie: { name: 'altcha', path: '/' },
      verifyUrl: 'https://tracker.example/verify',
      auto: 'onload' as const,
      hideFooter: false,
    };
    const fetched: string[] = [];
    const pageFetch = window.fetch;
    window.fetch = (input, init) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return pageFetch(input, init);
    };
    globalThis.$altcha.defaults.set(pageDefaults);
    try {
      const { element } = await setup();
      await mock.captcha!.verify(await element.solution());
      await mock.captcha!.verify(await element.solution());
      let current: unknown;
      globalThis.$altcha.defaults.store.subscribe((value) => (current = value))();
      expect(current).to.deep.equal(pageDefaults);
    } finally {
      window.fetch = pageFetch;
      globalThis.$altcha.defaults.set({});
    }
    expect(document.cookie).not.to.contain('altcha');
    expect(fetched.filter((url) => !url.startsWith(`${api}/`))).to.deep.equal([]);
  });

  for (const [move, pause] of [
    ['at once', 0],
    ['after a while', 50],
  ] as const) {
    it(`still gives payloads when the page moves it ${move}`, async () => {
      const { element, page } = await setup();
      await until(() => page.state() === 'verified', 'the check to be solved');
      const parent = element.parentElement!;
      element.remove();
      if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
      parent.append(element);
      await mock.captcha!.verify(await element.solution());
      expect(page.label()).to.equal('Überprüft');
      // ALTCHA started again without writing its footer's HTML (which Trusted Types would refuse).
      expect(element.shadowRoot!.querySelector('.altcha-footer')).to.equal(null);
    });
  }

  it('does not ask again and again when challenges run out as soon as they come (a clock far off)', async () => {
    const stale = new MockCaptcha({ expiresInSeconds: -60 });
    mock.worker.use(http.get(challengeUrl, async () => HttpResponse.json(await stale.challenge())));
    const { element } = await setup();
    let error: unknown = null;
    await element.solution().catch((caught: unknown) => (error = caught));
    expect((error as BookingError | null)?.code).to.equal('captcha-required');
    const issued = stale.issued;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(stale.issued, 'no challenge asked for by itself').to.equal(issued);
    expect(issued).to.be.at.most(3);
  });

  it('does not hand out a payload that is about to run out', async () => {
    const shortLived = new MockCaptcha({ expiresInSeconds: 7 });
    mock.worker.use(http.get(challengeUrl, async () => HttpResponse.json(await shortLived.challenge())));
    const { element, page } = await setup();
    await until(() => shortLived.issued === 1 && page.state() === 'verified', 'the payload solved ahead');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const payload = await element.solution();
    expect(shortLived.issued, 'a new challenge').to.equal(2);
    await shortLived.verify(payload);
  });

  it('solves ahead again a few times at most while payloads run out unused', async function () {
    this.timeout(40000);
    const shortLived = new MockCaptcha({ expiresInSeconds: 3 });
    mock.worker.use(http.get(challengeUrl, async () => HttpResponse.json(await shortLived.challenge())));
    await setup();
    // The first payload, then three solved again after each ran out; then no more.
    await until(() => shortLived.issued === 4, 'three fresh payloads', 25000);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(shortLived.issued).to.equal(4);
  });

  it('solves a fresh payload quietly when the one solved ahead runs out', async () => {
    const shortLived = new MockCaptcha({ expiresInSeconds: 5 });
    mock.worker.use(http.get(challengeUrl, async () => HttpResponse.json(await shortLived.challenge())));
    const { element, page } = await setup();
    await until(() => shortLived.issued === 1 && page.state() === 'verified', 'the payload solved ahead');
    await until(() => shortLived.issued === 2 && page.state() === 'verified', 'a fresh one after expiry', 12000);
    expect(page.text()).not.to.contain('abgelaufen');
    await shortLived.verify(await element.solution());
  });
});
