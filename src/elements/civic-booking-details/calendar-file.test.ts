import { expect, fixture, html } from '@open-wc/testing';
import { BookingDetailsPage } from '../../../test/page-objects/booking-details-page.js';
import type { Booking } from '../../domain/types.js';
import { defineElement } from '../shared/define.js';
import { CivicBookingDetails } from './civic-booking-details.js';

// A file of its own: its page has loaded nothing of the calendar file before the first test asks for one.

defineElement('civic-booking-details', CivicBookingDetails);

const booking: Booking = {
  reference: 'A/B\\C:1',
  status: 'confirmed',
  locationId: 'stadthaus-2',
  start: '2026-12-02T08:30:00+01:00',
  end: '2026-12-02T09:10:00+01:00',
  concerns: [],
  token: 'secret-token',
};

const calendarCode = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/calendar-file\.[jt]s\b|\/domain\/ics\.[jt]s\b/.test(name));

describe('the calendar file', () => {
  it('is downloaded with the confirmation only once the citizen asks for it, under a name safe everywhere', async () => {
    const element = await fixture<CivicBookingDetails>(
      html`<civic-booking-details lang="en-GB" .booking=${booking}></civic-booking-details>`,
    );
    await element.updateComplete;
    expect(calendarCode()).to.deep.equal([]);
    const file = await new BookingDetailsPage(element).downloadCalendar();
    expect(calendarCode()).to.have.length.greaterThan(0);
    expect(file.name).to.equal('termin-A_B_C_1.ics');
    expect(file.text).to.contain('BEGIN:VCALENDAR');
  });
});
