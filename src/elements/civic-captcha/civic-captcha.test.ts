import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { BookingError } from '../../domain/booking-error.js';
import { MockCaptcha } from '../../mocks/mock-captcha.js';
import './define.js';
import type { CivicCaptcha } from './civic-captcha.js';
import { api, useMockProtocol } from '../../../test/support/protocol-fixture.js';
import { CaptchaPage } from '../../../test/page-objects/captcha-page.js';

const mock = useMockProtocol({ captcha: true });
const challengeUrl = `${api}/captcha`;
const challengeRequests = () => mock.recorded.filter((request) => request.path === '/api/v1/captcha');

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

async function rejection(promise: Promise<unknown>): Promise<BookingError | null> {
  let error: unknown = null;
  await promise.catch((caught: unknown) => (error = caught));
  return error as BookingError | null;
}

/** A challenge that does not come before the test lets it. */
function heldChallenge() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  mock.worker.use(
    http.get(challengeUrl, async () => {
      await released;
      return HttpResponse.json(await mock.captcha!.challenge());
    }),
  );
  return release;
}

describe('civic-captcha', () => {
  describe('states and what it announces', () => {
    it('says it is checking while the check runs, in a live region, and is accessible', async () => {
      const release = heldChallenge();
      const { element, page } = await setup();
      expect(page.state()).to.equal('checking');
      expect(page.label()).to.equal('Sicherheitsprüfung');
      expect(page.statusElement()!.getAttribute('role')).to.equal('status');
      expect(page.status()).to.equal('Wird geprüft …');
      expect(page.retryButton()).to.equal(null);
      await expect(element).to.be.accessible();
      release();
      await until(() => page.state() === 'verified', 'the check to be solved');
    });

    it('solves the challenge by itself and says so, in the page language', async () => {
      const { element, page } = await setup();
      await until(() => page.state() === 'verified', 'the check to be solved');
      expect(page.status()).to.equal('Geprüft');
      expect(page.retryButton()).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('speaks English where the widget does', async () => {
      const { page } = await setup(challengeUrl, 'en');
      await until(() => page.state() === 'verified', 'the check to be solved');
      expect(page.label()).to.equal('Security check');
      expect(page.status()).to.equal('Checked');
    });

    it('says so when there is no challenge, offers to check again, and is accessible in its failure', async () => {
      mock.worker.use(http.get(challengeUrl, () => new HttpResponse(null, { status: 503 })));
      const { element, page } = await setup();
      const error = await rejection(element.solution());
      expect(error).to.be.instanceOf(BookingError);
      expect(error!.code).to.equal('captcha-required');
      expect(page.state()).to.equal('failed');
      expect(page.status()).to.equal('Die Prüfung ist fehlgeschlagen.');
      expect(page.retryButton()!.textContent!.trim()).to.equal('Erneut prüfen');
      await expect(element).to.be.accessible();
    });

    it('shows none of the backend text, not even as text', async () => {
      mock.worker.use(
        http.get(challengeUrl, () => new HttpResponse('<img src=x onerror="alert(1)"> Wartung', { status: 503 })),
      );
      const { page } = await setup();
      await until(() => page.state() === 'failed', 'the check to fail');
      expect(page.root.querySelector('img')).to.equal(null);
      expect(page.text()).to.equal('Sicherheitsprüfung Die Prüfung ist fehlgeschlagen. Erneut prüfen');
    });
  });

  describe('retry', () => {
    it('checks again from the keyboard, announces it and keeps the focus in the check', async () => {
      let down = true;
      mock.worker.use(http.get(challengeUrl, () => (down ? new HttpResponse(null, { status: 503 }) : undefined)));
      const { element, page } = await setup();
      await until(() => page.state() === 'failed', 'the check to fail');
      down = false;
      page.retryButton()!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => page.state() === 'verified', 'the check to be solved');
      expect(page.status()).to.equal('Geprüft');
      expect(page.root.activeElement, 'the focus on what the check says').to.equal(page.statusElement());
      await expect(element).to.be.accessible();
      await mock.captcha!.verify(await element.solution());
      expect(challengeRequests()).to.have.length(2);
    });

    it('checks again with Space, too, and a failed check again offers to retry', async () => {
      mock.worker.use(http.get(challengeUrl, () => new HttpResponse(null, { status: 503 })));
      const { page } = await setup();
      await until(() => page.state() === 'failed', 'the check to fail');
      page.retryButton()!.focus();
      await sendKeys({ press: 'Space' });
      await until(() => challengeRequests().length === 2 && page.state() === 'failed', 'the second check to fail');
      expect(page.retryButton()).not.to.equal(null);
    });
  });

  describe('payloads', () => {
    it('gives each payload once and solves a new one for the next request', async () => {
      const { element } = await setup();
      const first = await element.solution();
      const second = await element.solution();
      expect(first).to.be.a('string');
      expect(second === first, 'a new payload').to.equal(false);
      for (const payload of [first, second]) await mock.captcha!.verify(payload);
      expect(mock.captcha!.issued).to.equal(2);
      // The backend takes no payload twice.
      expect(await rejection(mock.captcha!.verify(first))).to.be.instanceOf(BookingError);
    });

    it('answers three requests at once with a payload each', async () => {
      const { element, page } = await setup();
      await until(() => page.state() === 'verified', 'the payload solved ahead');
      const [first, second, third] = await Promise.all([element.solution(), element.solution(), element.solution()]);
      expect(new Set([first, second, third]).size).to.equal(3);
      for (const payload of [first!, second!, third!]) await mock.captcha!.verify(payload);
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
      expect((await rejection(waiting))?.code).to.equal('captcha-required');
      expect((await rejection(element.solution()))?.code, 'asked off the page').to.equal('captcha-required');
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
        expect(page.state()).to.equal('verified');
      });
    }
  });

  describe('challenges', () => {
    it('asks for the challenge without credentials', async () => {
      const { page } = await setup();
      await until(() => page.state() === 'verified', 'the check to be solved');
      expect(challengeRequests()[0]!.credentials).to.equal('omit');
    });

    it('follows no redirect', async () => {
      mock.worker.use(
        http.get(challengeUrl, () => HttpResponse.redirect(`${api}/captcha-elsewhere`, 302)),
        http.get(`${api}/captcha-elsewhere`, async () => HttpResponse.json(await mock.captcha!.challenge())),
      );
      const { element } = await setup();
      expect((await rejection(element.solution()))?.code).to.equal('captcha-required');
      expect(mock.requests).not.to.include('GET /api/v1/captcha-elsewhere');
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

    it('refuses a memory-hard algorithm with captcha-required, once', async () => {
      mock.worker.use(
        http.get(challengeUrl, async () => {
          const challenge = (await mock.captcha!.challenge()) as { parameters: Record<string, unknown> };
          return HttpResponse.json({ ...challenge, parameters: { ...challenge.parameters, algorithm: 'ARGON2ID' } });
        }),
      );
      const { element, page } = await setup();
      expect((await rejection(element.solution()))?.code).to.equal('captcha-required');
      expect(page.state()).to.equal('failed');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(mock.captcha!.issued, 'one challenge for the check ahead, one for the request').to.be.at.most(2);
    });

    it('brings no second framework and no global with it', async () => {
      const { element, page } = await setup();
      await until(() => page.state() === 'verified', 'the check to be solved');
      expect(customElements.get('altcha-widget')).to.equal(undefined);
      expect('$altcha' in globalThis || '__svelte' in globalThis).to.equal(false);
      expect(element.shadowRoot!.querySelectorAll('*').length).to.be.below(10);
    });
  });

  describe('challenges that run out', () => {
    it('does not ask again and again when challenges run out as soon as they come (a clock far off)', async () => {
      const stale = new MockCaptcha({ expiresInSeconds: -60 });
      mock.worker.use(http.get(challengeUrl, async () => HttpResponse.json(await stale.challenge())));
      const { element, page } = await setup();
      expect((await rejection(element.solution()))?.code).to.equal('captcha-required');
      expect(page.state()).to.equal('failed');
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
      const states = new Set<string>();
      const watch = setInterval(() => states.add(page.state()), 10);
      try {
        await until(() => shortLived.issued === 1 && page.state() === 'verified', 'the payload solved ahead');
        await until(() => shortLived.issued === 2 && page.state() === 'verified', 'a fresh one after expiry', 12000);
      } finally {
        clearInterval(watch);
      }
      expect(states.has('failed'), 'no failure shown').to.equal(false);
      await shortLived.verify(await element.solution());
    });
  });
});
