import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { BookingAdapter } from '../../adapters/booking-adapter.js';
import { DemoAdapter } from '../../adapters/demo/demo-adapter.js';
import '../../define.js';
import { focused, tabTo } from '../../../test/support/focus.js';
import { api, recordEvents, toReview, useMockProtocol } from '../../../test/support/protocol-fixture.js';
import type { ErrorDetail } from './civic-booking.js';

const mock = useMockProtocol();
const widget = mock.widget;
const now = () => mock.clock.now();

/** The text of an input's labels. */
function labelOf(element: Element): string {
  return [...((element as HTMLInputElement).labels ?? [])].map((label) => label.textContent ?? '').join(' ');
}

describe('<civic-booking>', () => {
  describe('the whole flow', () => {
    it('books an appointment over the protocol, step by step, with events for each step', async () => {
      const { element, page } = await widget();
      const events = recordEvents(element);
      await toReview(page);
      expect(page.review().definition('Anliegen')).to.contain('Reisepass beantragen');
      expect(page.review().definition('Kontakt')).to.contain('ada@example.org');

      page.button('Termin verbindlich buchen').click();
      await page.waitForHeading('Ihr Termin ist gebucht');
      const booked = events.find((event) => event.type === 'civic-booked')!.detail as {
        booking: { reference: string };
      };
      expect(page.details()).to.contain(booked.booking.reference);
      expect(events.filter((event) => event.type === 'civic-step-change').map((event) => event.detail)).to.deep.equal(
        ['concerns', 'location', 'time', 'contact', 'review', 'done'].map((step) => ({ step })),
      );
      expect(mock.requests.filter((request) => request.startsWith('POST'))).to.deep.equal([
        'POST /api/v1/holds',
        'POST /api/v1/bookings',
      ]);
    });

    it('is accessible in every step', async () => {
      const { element, page } = await widget();
      await page.waitForHeading('Worum geht es?');
      await expect(element).to.be.accessible();
      page.concerns().checkbox('Reisepass beantragen').click();
      await page.settled();
      page.button('Weiter').click();
      await page.waitForHeading('Wo?');
      await expect(element).to.be.accessible();
      page.locations().radio('Frühester Termin an einem beliebigen Standort').click();
      page.button('Weiter').click();
      await page.waitForHeading('Datum und Uhrzeit');
      await page.waitFor(() => page.slots().buttons().length > 0, 'times');
      await expect(element).to.be.accessible();
      page.slots().buttons()[0]!.click();
      await page.waitForHeading('Ihre Kontaktdaten');
      await expect(element).to.be.accessible();
      page.contact().fill('name', 'Ada');
      page.contact().fill('email', 'ada@example.org');
      page.contact().toggleConsent();
      page.button('Weiter').click();
      await page.waitForHeading('Prüfen und buchen');
      await expect(element).to.be.accessible();
      page.button('Termin verbindlich buchen').click();
      await page.waitForHeading('Ihr Termin ist gebucht');
      await expect(element).to.be.accessible();
    });

    it('can be used with the keyboard alone, from the first step to the confirmation', async () => {
      const { element, page } = await widget();
      await page.waitForHeading('Worum geht es?');
      // The first step must not steal the focus from the page; each later one takes it to its heading.
      // (Elements are compared by identity: chai's diff of two DOM nodes can take minutes.)
      expect(element.shadowRoot!.activeElement === null, 'nothing in the widget has focus').to.equal(true);
      const headingHasFocus = () => focused() === page.headingElement();

      await tabTo((el) => labelOf(el).includes('Reisepass beantragen'), 'the passport');
      await sendKeys({ press: 'Space' });
      await page.settled();
      expect(page.concerns().checked()).to.deep.equal(['Reisepass beantragen']);
      await tabTo((el) => el.textContent?.trim() === 'Weiter', 'Weiter');
      await sendKeys({ press: 'Enter' });
      await page.waitForHeading('Wo?');
      expect(headingHasFocus(), 'Wo? has focus').to.equal(true);

      await tabTo((el) => (el as HTMLInputElement).type === 'radio', 'the locations');
      await sendKeys({ press: 'Space' });
      await tabTo((el) => el.textContent?.trim() === 'Weiter', 'Weiter');
      await sendKeys({ press: 'Enter' });
      await page.waitForHeading('Datum und Uhrzeit');
      expect(headingHasFocus(), 'Datum und Uhrzeit has focus').to.equal(true);

      await page.waitFor(() => page.slots().buttons().length > 0, 'the times');
      const time = page.slots().buttons()[0]!;
      await tabTo((el) => el === time, 'the first time');
      await sendKeys({ press: 'Enter' });
      await page.waitForHeading('Ihre Kontaktdaten');
      expect(headingHasFocus(), 'Ihre Kontaktdaten has focus').to.equal(true);

      await tabTo((el) => el === page.contact().input('name'), 'the name');
      await sendKeys({ type: 'Ada Yilmaz' });
      await tabTo((el) => el === page.contact().input('email'), 'the e-mail');
      await sendKeys({ type: 'ada@example.org' });
      await tabTo((el) => el === page.contact().input('consent'), 'the consent');
      await sendKeys({ press: 'Space' });
      await tabTo((el) => el.textContent?.trim() === 'Weiter', 'Weiter');
      await sendKeys({ press: 'Enter' });
      await page.waitForHeading('Prüfen und buchen');
      expect(headingHasFocus(), 'Prüfen und buchen has focus').to.equal(true);
      expect(page.review().definition('Kontakt')).to.contain('ada@example.org');

      await tabTo((el) => el.textContent?.trim() === 'Termin verbindlich buchen', 'the book button');
      await sendKeys({ press: 'Enter' });
      await page.waitForHeading('Ihr Termin ist gebucht');
      expect(headingHasFocus(), 'Ihr Termin ist gebucht has focus').to.equal(true);
    });

    it('asks to choose a concern before going on', async () => {
      const { page } = await widget();
      await page.waitForHeading('Worum geht es?');
      page.button('Weiter').click();
      await page.settled();
      expect(page.text()).to.contain('Bitte wählen Sie mindestens ein Anliegen.');
      expect(page.heading()).to.equal('Worum geht es?');
    });

    it('keeps every choice when the citizen goes back and forth', async () => {
      const { page } = await widget();
      await toReview(page);
      page.review().changeButton('Anliegen ändern')!.click();
      await page.waitForHeading('Worum geht es?');
      expect(page.concerns().checked()).to.deep.equal(['Reisepass beantragen']);
      page.button('Weiter').click();
      await page.waitForHeading('Wo?');
      page.button('Weiter').click();
      await page.waitForHeading('Datum und Uhrzeit');
      await page.waitFor(() => page.slots().buttons().length > 0, 'times');
      page.slots().buttons()[0]!.click();
      await page.waitForHeading('Ihre Kontaktdaten');
      expect(page.contact().input('name')!.value).to.equal('Ada Yılmaz');
      expect(page.contact().input('email')!.value).to.equal('ada@example.org');
    });

    it('books once however often "book" is pressed', async () => {
      const { element, page } = await widget();
      const events = recordEvents(element);
      await toReview(page);
      const book = page.button('Termin verbindlich buchen');
      for (let press = 0; press < 5; press += 1) book.click();
      await page.waitForHeading('Ihr Termin ist gebucht');
      expect(events.filter((event) => event.type === 'civic-booked')).to.have.length(1);
      expect(mock.requests.filter((request) => request === 'POST /api/v1/bookings')).to.have.length(1);
    });
  });

  describe('attributes', () => {
    it("follows the page's direction, and turns right to left for a right-to-left language", async () => {
      const page = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="de"><civic-booking backend="demo"></civic-booking></div>`,
      );
      const element = page.querySelector('civic-booking')!;
      const direction = async () => {
        // A change of `lang` reaches the element through a MutationObserver: let it run, then the update.
        await new Promise((resolve) => setTimeout(resolve));
        await element.updateComplete;
        return getComputedStyle(element.shadowRoot!.querySelector('[part~="widget"]')!).direction;
      };
      expect(await direction()).to.equal('rtl');
      page.dir = 'ltr';
      expect(await direction()).to.equal('ltr');
      element.setAttribute('lang', 'ar');
      expect(await direction()).to.equal('rtl');
    });

    it('starts with the times when the page preselects a concern offered at one location', async () => {
      const { page } = await widget(
        html`<civic-booking api=${api} concerns="residence-permit-extension:2"></civic-booking>`,
      );
      await page.waitForHeading('Datum und Uhrzeit');
      expect(page.text()).to.contain('Schritt 1 von 3');
    });

    it('offers only the location the page names', async () => {
      const { page } = await widget(html`<civic-booking api=${api} location="buergerbuero-nord"></civic-booking>`);
      await page.waitForHeading('Worum geht es?');
      page.concerns().checkbox('Reisepass beantragen').click();
      page.button('Weiter').click();
      await page.waitForHeading('Datum und Uhrzeit');
      await page.waitFor(() => page.slots().buttons().length > 0, 'times');
      expect(mock.requests.some((request) => request.startsWith('GET /api/v1/availability'))).to.equal(true);
      expect(page.slots().text()).not.to.contain('Bürgerbüro Mitte');
    });

    it('follows a change of language, keeping what was chosen', async () => {
      const { element, page } = await widget();
      await page.waitForHeading('Worum geht es?');
      page.concerns().checkbox('Reisepass beantragen').click();
      await page.settled();
      element.setAttribute('lang', 'en');
      await page.waitForHeading('What do you need?');
      await page.waitFor(() => page.concerns().has('Apply for a passport'), 'English concern names');
      expect(page.concerns().checked()).to.deep.equal(['Apply for a passport']);
    });

    it('switches to the built-in demo office with backend="demo", which sends no request', async () => {
      const { element, page } = await widget();
      await page.waitForHeading('Worum geht es?');
      const before = mock.requests.length;
      element.setAttribute('backend', 'demo');
      await element.updateComplete;
      await page.waitFor(() => page.concerns().has('Reisepass beantragen'), 'the demo office');
      page.concerns().checkbox('Reisepass beantragen').click();
      page.button('Weiter').click();
      await page.waitForHeading('Wo?');
      expect(mock.requests.slice(before)).to.deep.equal([]);
    });

    it('says so on the page when api is missing or the backend is unknown', async () => {
      const { element, page } = await widget(html`<civic-booking></civic-booking>`);
      expect(page.error()).to.contain('(api)');
      await expect(element).to.be.accessible();
      element.setAttribute('backend', 'soap');
      await page.settled();
      expect(page.error()).to.contain('„soap“');
    });

    it('opens an existing booking from reference and token, and cancels it', async () => {
      const hold = mock.backend.hold({
        concerns: [{ id: 'passport', count: 1 }],
        locationId: 'buergerbuero-mitte',
        start: firstSlot(),
      });
      const booking = mock.backend.book(
        { holdId: hold.id, holdToken: hold.token, contact: { name: 'Ada', email: 'ada@example.org' }, lang: 'de' },
        'manage-test',
      );
      const { element, page } = await widget(
        html`<civic-booking api=${api} reference=${booking.reference} token=${booking.token!}></civic-booking>`,
      );
      const events = recordEvents(element);
      await page.waitForHeading('Ihr Termin');
      expect(page.details()).to.contain(booking.reference);
      await expect(element).to.be.accessible();
      const details = page.detailsElement().shadowRoot!;
      const buttonNamed = (label: string) =>
        [...details.querySelectorAll('button')].find((button) => button.textContent!.trim() === label)!;
      buttonNamed('Termin absagen').click();
      await page.settled();
      buttonNamed('Ja, absagen').click();
      await page.waitFor(() => events.some((event) => event.type === 'civic-cancelled'), 'the cancellation');
      expect(page.details()).to.contain('Ihr Termin wurde abgesagt.');
      expect(mock.requests).to.include(`DELETE /api/v1/bookings/${booking.reference}`);
    });
  });

  describe('bad answers', () => {
    it('explains a malformed catalog, tells the developer, and loads it on retry', async () => {
      mock.worker.use(http.get(`${api}/catalog`, () => HttpResponse.json({ concerns: 'nope' }), { once: true }));
      const logged: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args.join(' '));
      try {
        const errors: ErrorDetail[] = [];
        const { element, page } = await widget(
          html`<civic-booking
            api=${api}
            @civic-error=${(event: CustomEvent<ErrorDetail>) => errors.push(event.detail)}
          ></civic-booking>`,
        );
        await page.waitFor(() => page.error() !== '', 'an error message');
        expect(page.error()).to.contain('Etwas ist schiefgelaufen');
        expect(logged.join('\n')).to.contain('catalog');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include({ code: 'unexpected' });
        expect(errors[0]!.message).to.contain('Etwas ist schiefgelaufen');
        await expect(element).to.be.accessible();
        page.button('Erneut versuchen').click();
        await page.waitForHeading('Worum geht es?');
      } finally {
        console.error = original;
      }
    });

    it('shows backend text as text, never as markup', async () => {
      const adapter = new DemoAdapter({ now });
      const hostile: BookingAdapter = Object.assign(Object.create(adapter), {
        loadCatalog: async (options: { lang: string }) => {
          const catalog = await adapter.loadCatalog(options);
          catalog.concerns[0]!.name = '<img src=x onerror="window.hacked=1">Pass';
          return catalog;
        },
      });
      const { element, page } = await widget(html`<civic-booking></civic-booking>`);
      element.adapter = hostile;
      await page.waitForHeading('Worum geht es?');
      expect(page.concerns().has('<img src=x onerror="window.hacked=1">Pass')).to.equal(true);
      const images = page.concerns().element.shadowRoot!.querySelectorAll('img');
      expect(images).to.have.length(0);
    });
  });
});

/** The first free passport slot at Bürgerbüro Mitte, straight from the mocked backend. */
function firstSlot(): string {
  const availability = mock.backend.availability({
    concerns: [{ id: 'passport', count: 1 }],
    from: '2026-12-01',
    to: '2026-12-31',
    locationId: 'buergerbuero-mitte',
  });
  return availability.slots[0]!.start;
}
