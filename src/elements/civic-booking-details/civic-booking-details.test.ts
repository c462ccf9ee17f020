// Over 350 lines on purpose: one test file per unit, its contracts in describe blocks, as the unit has them.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { BookingDetailsPage } from '../../../test/page-objects/booking-details-page.js';
import type { Booking, Concern, Location } from '../../domain/types.js';
import { defineElement } from '../shared/define.js';
import { CivicBookingDetails } from './civic-booking-details.js';

defineElement('civic-booking-details', CivicBookingDetails);

const confirmed: Booking = {
  reference: 'MS-4K7Q2',
  status: 'confirmed',
  locationId: 'stadthaus-2',
  start: '2026-12-02T08:30:00+01:00',
  end: '2026-12-02T09:10:00+01:00',
  concerns: [{ id: 'permit', count: 2 }],
  token: 'secret-token',
};
const pending: Booking = { ...confirmed, status: 'pending-verification', verifyWithinMinutes: 30 };
const cancelled: Booking = { ...confirmed, status: 'cancelled' };

const location: Location = {
  id: 'stadthaus-2',
  name: 'Stadthaus 2',
  address: 'Ludgeriplatz 4, 48151 Musterstadt',
  timeZone: 'Europe/Berlin',
  concernIds: ['permit'],
  hint: 'Step-free entrance on the east side.',
};
const concerns: Concern[] = [
  {
    id: 'permit',
    name: 'Aufenthaltserlaubnis verlängern',
    maxCount: 5,
    description: 'Ihr Aufenthaltstitel läuft bald ab.',
    bring: ['Reisepass', 'Biometrisches Passfoto'],
  },
];
const fixedNow = () => new Date('2026-11-20T10:00:00Z');

async function setup(
  options: {
    booking?: Booking;
    lang?: string;
    mode?: 'done' | 'manage';
    userTimeZone?: string;
    concerns?: Concern[];
  } = {},
) {
  const element = await fixture<CivicBookingDetails>(html`
    <civic-booking-details
      lang=${options.lang ?? 'en-GB'}
      .booking=${options.booking ?? confirmed}
      .location=${location}
      .concerns=${options.concerns ?? concerns}
      .officeName=${'Ausländerbehörde Musterstadt'}
      .icsNow=${fixedNow}
      .mode=${options.mode ?? 'done'}
      .userTimeZone=${options.userTimeZone ?? 'Europe/Berlin'}
    ></civic-booking-details>
  `);
  return { element, page: new BookingDetailsPage(element) };
}

describe('civic-booking-details', () => {
  describe('structure', () => {
    it('shows status, reference, time, location, address, concerns and what to bring of a booking', async () => {
      const { page } = await setup();
      expect(page.notice).to.equal('');
      expect(page.terms).to.deep.equal([
        'Status',
        'Booking reference',
        'Date and time',
        'Location',
        'Address',
        'Concerns',
        'Please bring',
      ]);
      expect(page.definition('Status')).to.equal('Confirmed');
      expect(page.definition('Booking reference')).to.equal('MS-4K7Q2');
      expect(page.lines('Date and time')).to.deep.equal(['Wednesday, 2 December 2026 at 08:30']);
      expect(page.lines('Location')).to.deep.equal(['Stadthaus 2', 'Step-free entrance on the east side.']);
      expect(page.lines('Address')).to.deep.equal(['Ludgeriplatz 4, 48151 Musterstadt']);
      expect(page.lines('Concerns')).to.deep.equal(['Aufenthaltserlaubnis verlängern (2 persons)']);
      expect(page.lines('Please bring')).to.deep.equal(['Reisepass', 'Biometrisches Passfoto']);
      expect(page.controls).to.deep.equal(['Add to calendar (.ics)', 'Print', 'Cancel appointment']);
    });

    it("says what to bring from the concern's description when it lists nothing", async () => {
      const described = [{ ...concerns[0]!, bring: undefined }];
      const { page } = await setup({ concerns: described });
      expect(page.lines('Please bring')).to.deep.equal(['Ihr Aufenthaltstitel läuft bald ab.']);
      const { page: bare } = await setup({ concerns: [{ id: 'permit', name: 'X', maxCount: 1 }] });
      expect(bare.terms).not.to.include('Please bring');
    });

    it('says after booking how to change or cancel later; the manage view offers it right there', async () => {
      const { page } = await setup();
      const section = page.root.querySelector('[part="change"]')!;
      // A heading, not a region: two widgets on a page would otherwise be two landmarks of the same name.
      expect(section.querySelector('h3')!.textContent).to.contain('Change or cancel');
      expect(section.textContent).to.contain('Change or cancel').and.contain('e-mail');
      const { page: manage } = await setup({ mode: 'manage' });
      expect(manage.root.querySelector('[part="change"]')).to.equal(null);
      const { page: gone } = await setup({ booking: cancelled });
      expect(gone.root.querySelector('[part="change"]')).to.equal(null);
      expect(gone.terms).not.to.include('Please bring');
    });

    it('labels the time with the office’s zone for a citizen elsewhere', async () => {
      const { page } = await setup({ userTimeZone: 'America/New_York' });
      expect(page.lines('Date and time')).to.deep.equal([
        'Wednesday, 2 December 2026 at 08:30',
        'Times in Central European Standard Time',
      ]);
    });

    it('puts the e-mail confirmation notice first for a booking waiting for verification', async () => {
      const { page } = await setup({ booking: pending });
      expect(page.notice).to.equal(
        'Please check your e-mail and confirm the appointment within 30 minutes. Otherwise it will be released.',
      );
      // The notice comes before the details, so it is read first.
      expect(page.root.querySelector('.notice, dl')).to.equal(page.noticeElement);
      expect(page.definition('Status')).to.equal('Waiting for your confirmation');
      expect(page.control('Add to calendar (.ics)')).not.to.equal(undefined);
    });

    it('still asks to confirm by e-mail when the backend gives no time limit', async () => {
      const { page } = await setup({ booking: { ...pending, verifyWithinMinutes: undefined } });
      expect(page.notice).to.equal('Please check your e-mail and confirm the appointment with the link in it.');
    });

    it('thanks the citizen who has just confirmed the booking with the e-mail link, as a status', async () => {
      const { element, page } = await setup({ mode: 'manage' });
      expect(page.noticeElement).to.equal(null);
      element.confirmedByLink = true;
      await element.updateComplete;
      expect(page.notice).to.equal('Thank you: your appointment is confirmed.');
      expect(page.noticeElement!.getAttribute('role')).to.equal('status');
      await expect(element).to.be.accessible();
      element.booking = cancelled;
      await element.updateComplete;
      expect(page.notice).to.equal('Your appointment has been cancelled.');
    });

    it('says a cancelled booking is cancelled and offers neither calendar nor cancel', async () => {
      const { page } = await setup({ booking: cancelled, mode: 'manage' });
      expect(page.notice).to.equal('Your appointment has been cancelled.');
      expect(page.definition('Status')).to.equal('Cancelled');
      expect(page.controls).to.deep.equal(['Print']);
    });

    it('shows the parts for styling', async () => {
      const { page } = await setup();
      for (const part of ['status', 'reference', 'details', 'actions']) {
        expect(page.root.querySelector(`[part~="${part}"]`), part).not.to.equal(null);
      }
      expect(page.root.querySelector('[part~="reference"]')!.textContent).to.contain('MS-4K7Q2');
    });

    it('shows the reference larger than its term, in a monospace font, selected whole by one click', async () => {
      const { page } = await setup();
      const row = page.root.querySelector('[part~="reference"]')!;
      const term = getComputedStyle(row.querySelector('dt')!);
      const reference = getComputedStyle(row.querySelector('dd')!);
      expect(row.querySelector('dd')!.textContent!.trim()).to.equal('MS-4K7Q2');
      expect(parseFloat(reference.fontSize)).to.be.greaterThan(parseFloat(term.fontSize) * 1.4);
      expect(reference.fontFamily).to.contain('monospace');
      expect(reference.userSelect).to.equal('all');
    });

    it('shows backend text as text', async () => {
      const { element, page } = await setup();
      element.location = { ...location, hint: '<b onmouseover=alert(1)>x</b>' };
      await element.updateComplete;
      expect(page.lines('Location')[1]).to.equal('<b onmouseover=alert(1)>x</b>');
      expect(page.root.querySelector('b')).to.equal(null);
    });
  });

  describe('public API', () => {
    it('offers no cancel when cancellable is false', async () => {
      const { element, page } = await setup();
      element.cancellable = false;
      await element.updateComplete;
      expect(page.controls).to.deep.equal(['Add to calendar (.ics)', 'Print']);
    });

    it('reflects the mode for styling', async () => {
      const { element } = await setup({ mode: 'manage' });
      expect(element.getAttribute('mode')).to.equal('manage');
    });

    it('prints with window.print()', async () => {
      const { page } = await setup();
      const original = window.print;
      let printed = 0;
      window.print = () => (printed += 1);
      try {
        page.control('Print')!.click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });

    it('prints the details on one A4 page, without the buttons', async () => {
      // A4 at 96 dpi is 794 × 1123 CSS px; Chromium's default margins leave about 718 × 1047.
      await setViewport({ width: 718, height: 1047 });
      await emulateMedia({ media: 'print' });
      try {
        const { element, page } = await setup({ lang: 'de' });
        expect(element.getBoundingClientRect().height).to.be.at.most(1047);
        expect(page.root.querySelector('.actions')!.getClientRects().length, 'buttons').to.equal(0);
        expect(page.lines('Bitte bringen Sie mit')).to.have.length(2);
        expect(page.root.querySelector('[part="change"]')!.getClientRects().length).to.be.greaterThan(0);
      } finally {
        await emulateMedia({ media: 'screen' });
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('calendar file', () => {
    it('downloads termin-<reference>.ics from a blob: URL with the booking in it', async () => {
      const { page } = await setup();
      expect(page.control('Add to calendar (.ics)')).not.to.equal(undefined);
      const file = await page.downloadCalendar();
      expect(file.name).to.equal('termin-MS-4K7Q2.ics');
      expect(file.url).to.match(/^blob:/);
      const ics = file.text;
      expect(ics).to.contain('BEGIN:VCALENDAR\r\n');
      expect(ics).to.contain('UID:MS-4K7Q2@civic-booking\r\n');
      expect(ics).to.contain('DTSTAMP:20261120T100000Z\r\n');
      expect(ics).to.contain('DTSTART:20261202T073000Z\r\n');
      // Long lines are folded (RFC 5545, section 3.1): read them unfolded.
      expect(ics.replace(/\r\n /g, '')).to.contain(
        'SUMMARY:Appointment: Aufenthaltserlaubnis verlängern – Ausländerbehörde Musterstadt\r\n',
      );
      expect(ics.replace(/\r\n /g, '')).to.contain('LOCATION:Stadthaus 2\\, Ludgeriplatz 4\\, 48151 Musterstadt');
      expect(ics).not.to.contain('secret-token');
      // The address is given back once the download has its copy.
      await new Promise((resolve) => setTimeout(resolve, 10));
      let failed = false;
      await fetch(file.url).catch(() => (failed = true));
      expect(failed).to.equal(true);
    });

    it('writes the calendar entry in the page’s language, for the booking as it is then', async () => {
      const { element, page } = await setup({ lang: 'de' });
      const ics = (await page.downloadCalendar()).text.replace(/\r\n /g, '');
      expect(ics).to.contain('SUMMARY:Termin: Aufenthaltserlaubnis verlängern – Ausländerbehörde Mu');
      expect(ics).to.contain('Aufenthaltserlaubnis verlängern (2 Personen)');
      expect(ics).to.contain('Buchungsnummer: MS-4K7Q2');
      expect(ics).to.contain('Bitte mitbringen: Reisepass und Biometrisches Passfoto');
      expect(ics).to.contain('TRIGGER:-P1D');
      expect(ics).to.contain('DESCRIPTION:Erinnerung: Ihr Termin ist morgen um 08:30 Uhr.');
      element.booking = { ...confirmed, start: '2026-12-03T10:00:00+01:00', end: '2026-12-03T10:40:00+01:00' };
      await element.updateComplete;
      expect((await page.downloadCalendar()).text).to.contain('DTSTART:20261203T090000Z');
    });
  });

  describe('cancelling', () => {
    it('asks inline first and moves focus to the question', async () => {
      const { element, page } = await setup();
      page.control('Cancel appointment')!.click();
      await element.updateComplete;
      expect(page.question!.textContent!.trim()).to.equal('Do you really want to cancel this appointment?');
      expect(page.focused).to.equal(page.question);
      expect(page.control('Yes, cancel')).not.to.equal(undefined);
      expect(page.control('No, keep it')).not.to.equal(undefined);
    });

    it('"No, keep it" closes the question and returns focus to the cancel button', async () => {
      const { element, page } = await setup();
      page.control('Cancel appointment')!.click();
      await element.updateComplete;
      page.control('No, keep it')!.click();
      await element.updateComplete;
      await aTimeout(0);
      expect(page.confirmation).to.equal(null);
      expect(page.focused).to.equal(page.control('Cancel appointment'));
    });

    it('"Yes, cancel" asks the flow to cancel, with the reference', async () => {
      const { element, page } = await setup({ mode: 'manage' });
      page.control('Cancel appointment')!.click();
      await element.updateComplete;
      const requested = oneEvent(element, 'civic-cancel-request');
      page.control('Yes, cancel')!.click();
      const event = await requested;
      expect(event.detail).to.deep.equal({ reference: 'MS-4K7Q2' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('waits while cancelling: says so and does not ask twice', async () => {
      const { element, page } = await setup();
      page.control('Cancel appointment')!.click();
      await element.updateComplete;
      element.cancelling = true;
      await element.updateComplete;
      expect(page.liveStatus).to.equal('Cancelling…');
      const yes = page.control('Yes, cancel')!;
      expect(yes.getAttribute('aria-disabled')).to.equal('true');
      let requests = 0;
      element.addEventListener('civic-cancel-request', () => (requests += 1));
      yes.click();
      expect(requests).to.equal(0);
    });

    it('moves focus to the cancelled notice once the booking is cancelled', async () => {
      const { element, page } = await setup();
      page.control('Cancel appointment')!.click();
      await element.updateComplete;
      element.cancelling = true;
      await element.updateComplete;
      element.cancelling = false;
      element.booking = cancelled;
      await element.updateComplete;
      expect(page.confirmation).to.equal(null);
      expect(page.notice).to.equal('Your appointment has been cancelled.');
      expect(page.focused).to.equal(page.noticeElement);
    });
  });

  describe('keyboard', () => {
    it('reaches every action with Tab and confirms with Enter, Tab and Space', async () => {
      const { element, page } = await setup();
      page.control('Add to calendar (.ics)')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(page.focused).to.equal(page.control('Print'));
      await sendKeys({ press: 'Tab' });
      expect(page.focused).to.equal(page.control('Cancel appointment'));
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(page.focused).to.equal(page.question);
      await sendKeys({ press: 'Tab' });
      expect(page.focused).to.equal(page.control('Yes, cancel'));
      const requested = oneEvent(element, 'civic-cancel-request');
      await sendKeys({ press: 'Space' });
      expect((await requested).detail.reference).to.equal('MS-4K7Q2');
    });

    it('returns to the cancel button after Enter on "No, keep it"', async () => {
      const { element, page } = await setup();
      page.control('Cancel appointment')!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(page.focused).to.equal(page.control('No, keep it'));
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await aTimeout(0);
      expect(page.focused).to.equal(page.control('Cancel appointment'));
    });
  });

  describe('events', () => {
    it('fires nothing when properties are set, not even when the booking turns cancelled', async () => {
      const { element } = await setup();
      let fired = 0;
      element.addEventListener('civic-cancel-request', () => (fired += 1));
      element.cancelling = true;
      element.booking = cancelled;
      element.mode = 'manage';
      await element.updateComplete;
      await aTimeout(0);
      expect(fired).to.equal(0);
    });
  });

  describe('localization', () => {
    it('speaks German', async () => {
      const { page } = await setup({ lang: 'de', booking: pending });
      expect(page.notice).to.equal(
        'Bitte prüfen Sie Ihr E-Mail-Postfach und bestätigen Sie den Termin innerhalb von 30 Minuten. Sonst wird er wieder freigegeben.',
      );
      expect(page.terms).to.deep.equal([
        'Status',
        'Buchungsnummer',
        'Datum und Uhrzeit',
        'Standort',
        'Adresse',
        'Anliegen',
        'Bitte bringen Sie mit',
      ]);
      expect(page.lines('Datum und Uhrzeit')).to.deep.equal(['Mittwoch, 2. Dezember 2026 um 08:30']);
      expect(page.controls).to.deep.equal(['In den Kalender eintragen (.ics)', 'Drucken', 'Termin absagen']);
    });
  });

  describe('accessibility', () => {
    it('passes axe when confirmed', async () => {
      const { element } = await setup();
      await expect(element).to.be.accessible();
    });

    it('passes axe when pending verification', async () => {
      const { element } = await setup({ booking: pending, userTimeZone: 'Asia/Tokyo' });
      await expect(element).to.be.accessible();
    });

    it('passes axe when cancelled', async () => {
      const { element } = await setup({ booking: cancelled });
      await expect(element).to.be.accessible();
    });

    it('passes axe while confirming and while cancelling', async () => {
      const { element, page } = await setup();
      page.control('Cancel appointment')!.click();
      await element.updateComplete;
      await expect(element).to.be.accessible();
      element.cancelling = true;
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  });
});
