import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ReviewPage } from '../../../test/page-objects/review-page.js';
import type { Concern, Contact, Location, Slot } from '../../domain/types.js';
import { defineElement } from '../shared/define.js';
import { CivicReview, type ReviewConcern } from './civic-review.js';

defineElement('civic-review', CivicReview);

const permit: Concern = { id: 'permit', name: 'Aufenthaltserlaubnis verlängern', maxCount: 5, durationMinutes: 20 };
const fiction: Concern = { id: 'fiction', name: 'Fiktionsbescheinigung', maxCount: 1, durationMinutes: 10 };
const concerns: ReviewConcern[] = [
  { concern: permit, count: 2 },
  { concern: fiction, count: 1 },
];
const location: Location = {
  id: 'stadthaus-2',
  name: 'Stadthaus 2',
  address: 'Ludgeriplatz 4, 48151 Musterstadt',
  timeZone: 'Europe/Berlin',
  concernIds: ['permit', 'fiction'],
};
const slot: Slot = { locationId: 'stadthaus-2', start: '2026-12-02T08:30:00+01:00', end: '2026-12-02T09:20:00+01:00' };
const contact: Contact = { name: 'Amina Yusuf', email: 'amina@example.org', phone: '+49 251 123456' };

async function setup(
  options: { lang?: string; userTimeZone?: string; contact?: Contact | null; hideLocationChange?: boolean } = {},
) {
  const element = await fixture<CivicReview>(html`
    <civic-review
      lang=${options.lang ?? 'en-GB'}
      .concerns=${concerns}
      .location=${location}
      .appointment=${slot}
      .contact=${options.contact === undefined ? contact : options.contact}
      .estimatedMinutes=${50}
      .userTimeZone=${options.userTimeZone ?? 'Europe/Berlin'}
      .hideLocationChange=${options.hideLocationChange ?? false}
    ></civic-review>
  `);
  return { element, page: new ReviewPage(element) };
}

describe('civic-review', () => {
  describe('a moved appointment', () => {
    it('shows the old and the new appointment side by side, the old one with its location where it differs', async () => {
      const elsewhere: Location = { ...location, id: 'nord', name: 'Bürgerbüro Nord', address: 'Nordstraße 1' };
      const previous: Slot = {
        locationId: 'nord',
        start: '2026-12-01T10:00:00+01:00',
        end: '2026-12-01T10:20:00+01:00',
      };
      const element = await fixture<CivicReview>(html`
        <civic-review
          lang="en-GB"
          .concerns=${concerns}
          .location=${location}
          .appointment=${slot}
          .previous=${previous}
          .previousLocation=${elsewhere}
          .userTimeZone=${'Europe/Berlin'}
        ></civic-review>
      `);
      const [old, now] = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.compare > div')];
      expect(old!.innerText).to.contain('Current appointment').and.contain('1 December 2026').and.contain('Nord');
      expect(now!.innerText).to.contain('New appointment').and.contain('2 December 2026');
      expect(now!.innerText).not.to.contain('Nord');
      // Side by side where there is room: the two start on one line.
      expect(Math.abs(old!.getBoundingClientRect().top - now!.getBoundingClientRect().top)).to.be.below(2);
      await expect(element).to.be.accessible();
    });
  });

  describe('structure', () => {
    it('lists concerns, location, date and time, and contact in a description list', async () => {
      const { page } = await setup();
      expect(page.terms).to.deep.equal(['Concerns', 'Location', 'Date and time', 'Contact']);
      expect(page.lines('Concerns')).to.deep.equal([
        'Aufenthaltserlaubnis verlängern (2 persons)',
        'Fiktionsbescheinigung (1 person)',
        'Estimated duration: 50 minutes',
      ]);
      expect(page.lines('Location')).to.deep.equal(['Stadthaus 2', 'Ludgeriplatz 4, 48151 Musterstadt']);
      expect(page.lines('Date and time')).to.deep.equal(['Wednesday, 2 December 2026 at 08:30']);
      expect(page.lines('Contact')).to.deep.equal(['Amina Yusuf', 'amina@example.org', '+49 251 123456']);
    });

    it('labels the time with the office’s zone when the citizen’s clock shows another time', async () => {
      const { page } = await setup({ userTimeZone: 'America/New_York' });
      expect(page.lines('Date and time')).to.deep.equal([
        'Wednesday, 2 December 2026 at 08:30',
        'Times in Central European Standard Time',
      ]);
    });

    it('gives every part a visible "Change" button named after the part', async () => {
      const { page } = await setup();
      expect(page.buttons.map((button) => button.textContent!.trim())).to.deep.equal([
        'Change',
        'Change',
        'Change',
        'Change',
      ]);
      expect(page.buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal([
        'Change concerns',
        'Change location',
        'Change date and time',
        'Change contact details',
      ]);
    });

    it('shows the contact without e-mail or phone when none was given', async () => {
      const { page } = await setup({ contact: { name: 'Amina Yusuf' } });
      expect(page.lines('Contact')).to.deep.equal(['Amina Yusuf']);
    });

    it('shows backend text as text', async () => {
      const { element, page } = await setup();
      element.location = { ...location, name: '<img src=x onerror=alert(1)>' };
      await element.updateComplete;
      expect(page.lines('Location')[0]).to.equal('<img src=x onerror=alert(1)>');
      expect(page.root.querySelector('img')).to.equal(null);
    });
  });

  describe('public API', () => {
    it('hides the location’s change button with hideLocationChange, and the concerns’ with hideConcernsChange', async () => {
      const { element, page } = await setup({ hideLocationChange: true });
      expect(page.changeButton('Change location')).to.equal(undefined);
      expect(page.definition('Location')).to.contain('Stadthaus 2');
      element.hideConcernsChange = true;
      await element.updateComplete;
      expect(page.changeButton('Change concerns')).to.equal(undefined);
      expect(page.buttons).to.have.length(2);
    });

    it('leaves out parts that are not known yet', async () => {
      const { element, page } = await setup({ contact: null });
      element.appointment = null;
      await element.updateComplete;
      expect(page.terms).to.deep.equal(['Concerns', 'Location']);
    });
  });

  describe('events and keyboard', () => {
    for (const [name, step] of [
      ['Change concerns', 'concerns'],
      ['Change location', 'location'],
      ['Change date and time', 'time'],
      ['Change contact details', 'contact'],
    ] as const) {
      it(`fires civic-edit with step ${step} from "${name}"`, async () => {
        const { element, page } = await setup();
        const edited = oneEvent(element, 'civic-edit');
        page.changeButton(name)!.click();
        const event = await edited;
        expect(event.detail).to.deep.equal({ step });
        expect(event.bubbles && event.composed).to.equal(true);
      });
    }

    it('reaches the change buttons with Tab and presses them with Enter and Space', async () => {
      const { element, page } = await setup();
      page.buttons[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(page.root.activeElement).to.equal(page.changeButton('Change location'));
      let edited = oneEvent(element, 'civic-edit');
      await sendKeys({ press: 'Enter' });
      expect((await edited).detail.step).to.equal('location');
      await sendKeys({ press: 'Tab' });
      edited = oneEvent(element, 'civic-edit');
      await sendKeys({ press: 'Space' });
      expect((await edited).detail.step).to.equal('time');
    });

    it('fires nothing when properties are set', async () => {
      const { element } = await setup();
      let fired = 0;
      element.addEventListener('civic-edit', () => (fired += 1));
      element.contact = { name: 'Someone else' };
      element.hideConcernsChange = true;
      await element.updateComplete;
      await aTimeout(0);
      expect(fired).to.equal(0);
    });
  });

  describe('localization', () => {
    it('speaks German, with the time in the office’s zone', async () => {
      const { page } = await setup({ lang: 'de', userTimeZone: 'Asia/Kolkata' });
      expect(page.terms).to.deep.equal(['Anliegen', 'Standort', 'Datum und Uhrzeit', 'Kontakt']);
      expect(page.lines('Anliegen')[0]).to.equal('Aufenthaltserlaubnis verlängern (2 Personen)');
      expect(page.lines('Datum und Uhrzeit')).to.deep.equal([
        'Mittwoch, 2. Dezember 2026 um 08:30',
        'Uhrzeiten in Mitteleuropäische Normalzeit',
      ]);
      expect(page.changeButton('Standort ändern')!.textContent!.trim()).to.equal('Ändern');
    });
  });

  describe('accessibility', () => {
    it('passes axe with everything filled in', async () => {
      const { element } = await setup({ userTimeZone: 'America/New_York' });
      await expect(element).to.be.accessible();
    });

    it('passes axe with change buttons hidden and parts missing', async () => {
      const { element } = await setup({ hideLocationChange: true, contact: null });
      element.hideConcernsChange = true;
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  });
});
