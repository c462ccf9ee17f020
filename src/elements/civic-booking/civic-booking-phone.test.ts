import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../define.js';
import { focused } from '../../../test/support/focus.js';
import { api, requestTimes, useMockProtocol } from '../../../test/support/protocol-fixture.js';
import type { BookingWidgetPage } from '../../../test/page-objects/booking-widget-page.js';
import type { CivicBooking } from './civic-booking.js';

// The widget on a phone, as a citizen holds it: the way to "Next" stays short, the focus is never behind the
// action bar, nothing jumps, and a chosen day's times come into view.

const mock = useMockProtocol();

function bar(element: CivicBooking): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('.actions')!;
}

async function settle(page: BookingWidgetPage) {
  await page.settled();
  // Smooth scrolling and layout take frames: settled once the page has stood still for three of them.
  let still = 0;
  let last = scrollY;
  for (let frame = 0; frame < 240 && still < 3; frame++) {
    await new Promise(requestAnimationFrame);
    still = scrollY === last ? still + 1 : 0;
    last = scrollY;
  }
}

for (const width of [320, 360, 414]) {
  describe(`<civic-booking> on a ${width} px phone`, () => {
    beforeEach(() => setViewport({ width, height: 640 }));
    afterEach(async () => {
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    });

    it('keeps "Next" on screen above a long list of concerns, without scrolling', async () => {
      const { element, page } = await mock.widget();
      await page.waitForHeading('Worum geht es?');
      const widget = element.getBoundingClientRect();
      expect(widget.bottom, 'the list is longer than the screen').to.be.greaterThan(innerHeight);
      const next = page.button('Weiter').getBoundingClientRect();
      expect(next.top).to.be.at.least(0);
      expect(next.bottom).to.be.at.most(innerHeight);
    });

    it('never hides the focused element behind the action bar while tabbing through the list', async () => {
      const { element, page } = await mock.widget();
      await page.waitForHeading('Worum geht es?');
      page.concerns().filter!.focus();
      for (let presses = 0; presses < 40; presses++) {
        await sendKeys({ press: 'Tab' });
        await settle(page);
        const target = focused();
        if (!target || bar(element).contains(target)) break;
        const box = target.getBoundingClientRect();
        const covered = bar(element).getBoundingClientRect();
        expect(box.bottom, `${target.localName} ${target.id} behind the bar`).to.be.at.most(covered.top + 1);
        expect(box.top).to.be.at.least(0);
      }
      expect(bar(element).contains(focused()), 'Tab reaches the action bar').to.equal(true);
    });

    it('keeps a ticked concern where it was on screen, though concerns above it change', async () => {
      const { page } = await mock.widget();
      await page.waitForHeading('Worum geht es?');
      // The provisional residence document: ticking it disables concerns above it, which then say why.
      const box = page.concerns().checkbox('Fiktionsbescheinigung');
      box.scrollIntoView({ block: 'center' });
      await settle(page);
      const before = box.getBoundingClientRect().top;
      box.click();
      await settle(page);
      expect(page.concerns().disabled(), 'concerns above changed').to.include('Niederlassungserlaubnis');
      expect(Math.round(box.getBoundingClientRect().top)).to.equal(Math.round(before));
    });

    it('preselects the earliest at any location where several offer the concern', async () => {
      const { page } = await mock.widget();
      await page.waitForHeading('Worum geht es?');
      page.concerns().checkbox('Reisepass beantragen').click();
      await page.settled();
      page.button('Weiter').click();
      await page.waitForHeading('Wo?');
      expect(page.locations().checked()).to.equal('Frühester Termin an einem beliebigen Standort');
      page.button('Weiter').click();
      await page.waitForHeading('Datum und Uhrzeit');
    });

    it("brings a chosen day's times into view", async () => {
      const { element, page } = await mock.widget(html`<civic-booking api=${api}></civic-booking>`);
      await requestTimes(page);
      await page.waitForHeading('Datum und Uhrzeit');
      await page.waitFor(() => page.slots().buttons().length > 0, 'the times of the first day');
      window.scrollTo(0, 0);
      await settle(page);
      const calendar = page.calendar();
      // The last bookable day of the month: the farthest from the times below the calendar.
      const other = calendar
        .bookable()
        .filter((day) => !calendar.selected().includes(day))
        .at(-1)!;
      calendar.dayButton(other).click();
      await page.waitFor(() => page.slots().buttons().length > 0, 'the times of the chosen day');
      await settle(page);
      const first = page.slots().buttons()[0]!.getBoundingClientRect();
      expect(first.top, 'the first time is on screen').to.be.at.least(0);
      expect(first.bottom).to.be.at.most(bar(element).getBoundingClientRect().top + 1);
    });
  });
}
