// Over 350 lines on purpose: one test file per unit, its contracts in describe blocks, as the unit has them.
import { expect } from '@open-wc/testing';
import { BookingError, type BookingErrorCode } from '../../domain/booking-error.js';
import { addDaysTo, localDate, localHour } from '../../domain/dates.js';
import type { ConcernSelection, Contact, Hold } from '../../domain/types.js';
import { DemoBackend } from './demo-backend.js';
import { thrownBy } from '../../../test/support/booking-errors.js';

const start = Date.parse('2026-12-01T08:00:00+01:00'); // a Tuesday
const tz = 'Europe/Berlin';
const contact: Contact = { name: 'Amina Yilmaz', email: 'amina@example.org' };
const extension: ConcernSelection[] = [{ id: 'residence-permit-extension', count: 1 }];

function expectCode(work: () => unknown, code: BookingErrorCode): BookingError {
  const error = thrownBy(work);
  expect(error.code, error.message).to.equal(code);
  return error;
}

function minutesOf(instant: string): number {
  const [hours, minutes] = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(instant))
    .split(':')
    .map(Number) as [number, number];
  return hours * 60 + minutes;
}

describe('DemoBackend', () => {
  let time: number;
  let backend: DemoBackend;
  const now = () => new Date(time);

  beforeEach(() => {
    time = start;
    backend = new DemoBackend({ now });
  });

  function firstSlot(concerns = extension, from = '2026-12-02', to = '2026-12-31') {
    return backend.availability({ concerns, from, to }).slots[0]!;
  }

  function holdAndBook(email = 'amina@example.org', key = `key-${Math.random()}`) {
    const slot = firstSlot();
    const hold = backend.hold({ concerns: extension, locationId: slot.locationId, start: slot.start });
    return backend.book({ holdId: hold.id, holdToken: hold.token, contact: { ...contact, email }, lang: 'de' }, key);
  }

  describe('catalog', () => {
    it('speaks German for German tags and English for every other language', () => {
      const de = backend.catalog('de-AT');
      const en = backend.catalog('fr');
      expect(de.office.name).to.equal('Stadt Musterstadt');
      expect(en.office.name).to.equal('City of Musterstadt');
      expect(de.concerns[0]!.name).to.equal('Aufenthaltserlaubnis verlängern');
      expect(en.concerns[0]!.name).to.equal('Extend a residence permit');
      expect(de.concerns[0]!.category).to.equal('Aufenthalt');
      expect(en.concerns.map((c) => c.id)).to.deep.equal(de.concerns.map((c) => c.id));
    });

    it('describes an office worth demonstrating', () => {
      const catalog = backend.catalog('en');
      expect(catalog.concerns.length).to.be.within(12, 20);
      expect(new Set(catalog.concerns.map((c) => c.category)).size).to.be.at.least(4);
      expect(catalog.locations).to.have.length(3);
      const offeredBy = (id: string) => catalog.locations.filter((l) => l.concernIds.includes(id)).length;
      expect(catalog.concerns.some((c) => offeredBy(c.id) === 1)).to.equal(true);
      expect(catalog.concerns.some((c) => offeredBy(c.id) === 3)).to.equal(true);
      expect(catalog.concerns.every((c) => offeredBy(c.id) >= 1)).to.equal(true);
      expect(catalog.concerns.some((c) => c.combinableWith?.length === 0)).to.equal(true);
      expect(catalog.concerns.some((c) => c.combinableWith && c.combinableWith.length > 0)).to.equal(true);
      expect(catalog.concerns.every((c) => c.maxCount >= 1 && c.maxCount <= 5)).to.equal(true);
      expect(catalog.contact).to.deep.equal({ email: 'required', phone: 'optional' });
      expect(catalog.captcha).to.equal(null);
      // Every combination partner named is a real concern.
      const ids = new Set(catalog.concerns.map((c) => c.id));
      for (const c of catalog.concerns)
        for (const other of c.combinableWith ?? []) expect(ids.has(other), other).to.equal(true);
    });

    it('lets every concern be found by keywords in several scripts, and says what to bring to each', () => {
      const de = backend.catalog('de');
      const en = backend.catalog('en');
      for (const concern of de.concerns) {
        expect(concern.keywords, concern.id).to.have.length.of.at.least(3);
        expect(concern.bring, concern.id).not.to.be.empty;
      }
      const keywords = de.concerns.flatMap((c) => c.keywords!).join(' ');
      for (const [script, pattern] of Object.entries({
        latin: /\p{Script=Latin}/u,
        arabic: /\p{Script=Arabic}/u,
        cyrillic: /\p{Script=Cyrillic}/u,
      })) {
        expect(pattern.test(keywords), script).to.equal(true);
      }
      expect(de.concerns[0]!.bring).to.include('Reisepass');
      expect(en.concerns[0]!.bring).to.include('Passport');
    });

    it('answers a fresh copy every time', () => {
      backend.catalog('de').concerns[0]!.name = 'changed';
      expect(backend.catalog('de').concerns[0]!.name).not.to.equal('changed');
    });
  });

  describe('availability', () => {
    it('offers slots on a 10-minute grid within opening hours on weekdays only', () => {
      const { slots } = backend.availability({ concerns: extension, from: '2026-12-01', to: '2026-12-31' });
      expect(slots.length).to.be.greaterThan(50);
      for (const slot of slots) {
        const day = new Date(`${localDate(slot.start, tz)}T00:00:00Z`).getUTCDay();
        expect(day, slot.start).to.be.within(1, 5);
        expect(minutesOf(slot.start) % 10).to.equal(0);
        expect(localHour(slot.start, tz)).to.be.within(7, 17);
        expect(minutesOf(slot.end)).to.be.at.most(18 * 60);
        expect(Date.parse(slot.end) - Date.parse(slot.start)).to.equal(20 * 60_000);
      }
    });

    it('offers nothing sooner than an hour from now', () => {
      // Wednesday 10:00, an open day with times all morning: none before 11:00, the first soon after.
      time = Date.parse('2026-12-02T10:00:00+01:00');
      const { slots } = backend.availability({ concerns: extension, from: '2026-12-02', to: '2026-12-02' });
      const starts = slots.map((slot) => Date.parse(slot.start));
      expect(starts).not.to.be.empty;
      expect(Math.min(...starts)).to.be.within(time + 3_600_000, time + 2 * 3_600_000);
    });

    it('offers nothing beyond the horizon', () => {
      const horizon = addDaysTo('2026-12-01', 90);
      const late = backend.availability({
        concerns: extension,
        from: addDaysTo(horizon, -14),
        to: addDaysTo(horizon, 30),
      });
      expect(late.slots.length).to.be.greaterThan(0);
      for (const slot of late.slots) expect(localDate(slot.start, tz) <= horizon).to.equal(true);
      expect(late.nextAvailable).to.equal(null);
    });

    it('closes on public holidays and on 24, 25, 26 and 31 December and 1 January', () => {
      const concerns = [{ id: 'id-card', count: 1 }];
      const days = new Set(
        backend
          .availability({ concerns, from: '2026-12-21', to: '2027-01-08' })
          .slots.map((slot) => localDate(slot.start, tz)),
      );
      for (const closed of ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01']) {
        expect(days.has(closed), closed).to.equal(false);
      }
      // The office is open on the working days between, so the test above is no empty calendar.
      expect([...days].filter((day) => day > '2026-12-26' && day < '2026-12-31')).not.to.be.empty;
      const easter = backend.availability({ concerns, from: '2027-03-24', to: '2027-04-02' }).slots;
      const easterDays = new Set(easter.map((slot) => localDate(slot.start, tz)));
      expect(easterDays.has('2027-03-26'), 'Good Friday').to.equal(false);
      expect(easterDays.has('2027-03-29'), 'Easter Monday').to.equal(false);
    });

    it('makes a slot long enough for every concern and person, rounded up to the grid', () => {
      const selection = [
        { id: 'residence-permit-extension', count: 2 },
        { id: 'fictitious-certificate', count: 1 },
      ];
      const slot = firstSlot(selection);
      expect(Date.parse(slot.end) - Date.parse(slot.start)).to.equal(50 * 60_000);
      const pickup = firstSlot([{ id: 'document-pickup', count: 1 }]);
      expect(Date.parse(pickup.end) - Date.parse(pickup.start)).to.equal(10 * 60_000);
    });

    it('offers only locations that offer every chosen concern', () => {
      const at = (concerns: ConcernSelection[]) =>
        new Set(
          backend.availability({ concerns, from: '2026-12-01', to: '2026-12-31' }).slots.map((s) => s.locationId),
        );
      expect(at([{ id: 'registration', count: 1 }]).size).to.equal(3);
      expect([...at(extension)]).to.deep.equal(['auslaenderbehoerde']);
      expect([
        ...at([
          { id: 'registration', count: 1 },
          { id: 'settlement-permit', count: 1 },
        ]),
      ]).to.deep.equal(['auslaenderbehoerde']);
      const restricted = backend.availability({
        concerns: [{ id: 'registration', count: 1 }],
        from: '2026-12-01',
        to: '2026-12-31',
        locationId: 'buergerbuero-nord',
      });
      expect(new Set(restricted.slots.map((s) => s.locationId))).to.deep.equal(new Set(['buergerbuero-nord']));
    });

    it('is the same for the same clock, with some fully booked weekdays', () => {
      const query = { concerns: extension, from: '2026-12-01', to: '2027-01-31' };
      const slots = backend.availability(query).slots;
      expect(new DemoBackend({ now }).availability(query).slots).to.deep.equal(slots);
      const days = new Set(slots.map((s) => localDate(s.start, tz)));
      const weekdays = [];
      for (let d = '2026-12-02'; d <= '2027-01-31'; d = addDaysTo(d, 1)) {
        const day = new Date(`${d}T00:00:00Z`).getUTCDay();
        if (day >= 1 && day <= 5) weekdays.push(d);
      }
      const full = weekdays.filter((d) => !days.has(d));
      expect(full.length).to.be.within(1, weekdays.length / 3);
    });

    it('names the next date with a slot after the range', () => {
      const one = backend.availability({ concerns: extension, from: '2026-12-05', to: '2026-12-06' }); // a weekend
      expect(one.slots).to.deep.equal([]);
      expect(one.nextAvailable! > '2026-12-06').to.equal(true);
      expect(
        backend.availability({ concerns: extension, from: one.nextAvailable!, to: one.nextAvailable! }).slots.length,
      ).to.be.greaterThan(0);
    });

    const invalid: [string, () => unknown][] = [
      [
        'a range over 92 days',
        () => backend.availability({ concerns: extension, from: '2026-12-01', to: '2027-03-04' }),
      ],
      ['to before from', () => backend.availability({ concerns: extension, from: '2026-12-10', to: '2026-12-01' })],
      ['a bad date', () => backend.availability({ concerns: extension, from: '2026-13-01', to: '2026-12-01' })],
      ['no concerns', () => backend.availability({ concerns: [], from: '2026-12-01', to: '2026-12-02' })],
      [
        'an unknown concern',
        () => backend.availability({ concerns: [{ id: 'x', count: 1 }], from: '2026-12-01', to: '2026-12-02' }),
      ],
      [
        'too many persons',
        () =>
          backend.availability({ concerns: [{ id: 'eu-blue-card', count: 2 }], from: '2026-12-01', to: '2026-12-02' }),
      ],
      [
        'zero persons',
        () => backend.availability({ concerns: [{ id: 'passport', count: 0 }], from: '2026-12-01', to: '2026-12-02' }),
      ],
      [
        'a concern twice',
        () => backend.availability({ concerns: [...extension, ...extension], from: '2026-12-01', to: '2026-12-02' }),
      ],
      [
        'a concern that must be alone',
        () =>
          backend.availability({
            concerns: [
              { id: 'eu-blue-card', count: 1 },
              { id: 'passport-transfer', count: 1 },
            ],
            from: '2026-12-01',
            to: '2026-12-02',
          }),
      ],
      [
        'a pair only one side allows',
        () =>
          backend.availability({
            concerns: [...extension, { id: 'settlement-permit', count: 1 }],
            from: '2026-12-01',
            to: '2026-12-02',
          }),
      ],
      [
        'an unknown location',
        () => backend.availability({ concerns: extension, from: '2026-12-01', to: '2026-12-02', locationId: 'x' }),
      ],
    ];
    for (const [name, work] of invalid) {
      it(`refuses ${name} with invalid-input`, () => {
        expectCode(work, 'invalid-input');
      });
    }

    it('allows a range of exactly 92 days', () => {
      expect(backend.availability({ concerns: extension, from: '2026-12-01', to: '2027-03-03' }).to).to.equal(
        '2027-03-03',
      );
    });
  });

  describe('holds', () => {
    it('holds a free slot for ten minutes and takes it out of availability', () => {
      const slot = firstSlot();
      const hold = backend.hold({ concerns: extension, locationId: slot.locationId, start: slot.start });
      expect(hold).to.include({ locationId: slot.locationId, start: slot.start, end: slot.end });
      expect(Date.parse(hold.expiresAt)).to.equal(start + 10 * 60_000);
      expect(firstSlot().start).not.to.equal(slot.start);
      expectCode(
        () => backend.hold({ concerns: extension, locationId: slot.locationId, start: slot.start }),
        'slot-taken',
      );
    });

    it('frees the slot when the hold runs out or is released', () => {
      const slot = firstSlot();
      const hold = backend.hold({ concerns: extension, locationId: slot.locationId, start: slot.start });
      time += 11 * 60_000;
      expect(firstSlot().start).to.equal(slot.start);
      const again = backend.hold({ concerns: extension, locationId: slot.locationId, start: slot.start });
      backend.release(again.id, again.token);
      expect(firstSlot().start).to.equal(slot.start);
      expectCode(() => backend.release(again.id, again.token), 'not-found');
      expectCode(() => backend.release(hold.id, 'wrong'), 'not-found');
    });

    it('refuses a start that is not a free slot', () => {
      expectCode(
        () =>
          backend.hold({ concerns: extension, locationId: 'auslaenderbehoerde', start: '2026-12-05T09:00:00+01:00' }),
        'slot-taken',
      );
      expectCode(
        () =>
          backend.hold({ concerns: extension, locationId: 'auslaenderbehoerde', start: '2026-12-01T08:30:00+01:00' }),
        'slot-taken',
      );
      expectCode(
        () => backend.hold({ concerns: extension, locationId: 'buergerbuero-nord', start: firstSlot().start }),
        'invalid-input',
      );
      expectCode(
        () => backend.hold({ concerns: extension, locationId: 'auslaenderbehoerde', start: 'tomorrow' }),
        'invalid-input',
      );
    });
  });

  describe('bookings', () => {
    it('confirms with a reference like MS-4K7Q2, and a new one each time', () => {
      const a = holdAndBook();
      const b = holdAndBook('other@example.org');
      expect(a.status).to.equal('confirmed');
      expect(a.reference).to.match(/^MS-[A-HJ-NP-Z2-9]{5}$/);
      expect(b.reference).to.match(/^MS-[A-HJ-NP-Z2-9]{5}$/);
      expect(a.reference).not.to.equal(b.reference);
      expect(a.token).to.have.length.greaterThan(20);
      expect(a).not.to.have.property('verifyWithinMinutes');
    });

    it('asks addresses at verify.example to confirm by e-mail', () => {
      const booking = holdAndBook('someone@verify.example');
      expect(booking.status).to.equal('pending-verification');
      expect(booking.verifyWithinMinutes).to.equal(30);
    });

    it('names every wrong contact field', () => {
      const slot = firstSlot();
      const hold: Hold = backend.hold({ concerns: extension, locationId: slot.locationId, start: slot.start });
      const book = (c: Contact) => () =>
        backend.book({ holdId: hold.id, holdToken: hold.token, contact: c, lang: 'de' }, `k-${JSON.stringify(c)}`);
      expect(expectCode(book({ name: ' ', phone: 'call me' }), 'invalid-input').fieldErrors).to.deep.equal([
        { field: 'contact.name', code: 'required' },
        { field: 'contact.email', code: 'required' },
        { field: 'contact.phone', code: 'invalid' },
      ]);
      expect(expectCode(book({ name: 'A', email: 'a@b' }), 'invalid-input').fieldErrors).to.deep.equal([
        { field: 'contact.email', code: 'invalid' },
      ]);
      // The same rules as the contact form: a number as people write it, and a too short one.
      expect(
        expectCode(book({ name: 'A', email: 'a@b.de', phone: '492-0' }), 'invalid-input').fieldErrors,
      ).to.deep.equal([{ field: 'contact.phone', code: 'invalid' }]);
      expect(
        backend.book(
          {
            holdId: hold.id,
            holdToken: hold.token,
            contact: { name: 'A', email: 'a@b.de', phone: '+49 251 492-0' },
            lang: 'de',
          },
          'ok',
        ).status,
      ).to.equal('confirmed');
    });

    it('allows three open appointments per e-mail address', () => {
      holdAndBook('many@example.org');
      holdAndBook('Many@example.org');
      const third = holdAndBook('many@example.org');
      expectCode(() => holdAndBook('many@example.org'), 'limit-reached');
      backend.cancel(third.reference, third.token!);
      expect(holdAndBook('many@example.org').status).to.equal('confirmed');
    });

    it('frees the slot when a booking is cancelled, and shows it cancelled', () => {
      const booking = holdAndBook();
      expect(firstSlot().start).not.to.equal(booking.start);
      backend.cancel(booking.reference, booking.token!);
      expect(firstSlot().start).to.equal(booking.start);
      const found = backend.getBooking(booking.reference, booking.token!);
      expect(found.status).to.equal('cancelled');
      expect(found).not.to.have.property('token');
    });

    it('cannot cancel once the appointment began', () => {
      const booking = holdAndBook();
      time = Date.parse(booking.start);
      expectCode(() => backend.cancel(booking.reference, booking.token!), 'too-late');
      expect(backend.getBooking(booking.reference, booking.token!).status).to.equal('confirmed');
    });

    it('answers copies that callers cannot change', () => {
      const booking = holdAndBook();
      booking.concerns[0]!.count = 5;
      const found = backend.getBooking(booking.reference, booking.token!);
      found.status = 'cancelled';
      const again = backend.getBooking(booking.reference, booking.token!);
      expect(again.concerns[0]!.count).to.equal(1);
      expect(again.status).to.equal('confirmed');
    });
  });

  describe('failNext', () => {
    it('fails the next call once with the given code', () => {
      backend.failNext('unavailable');
      expectCode(() => backend.catalog('de'), 'unavailable');
      expect(backend.catalog('de').concerns.length).to.be.greaterThan(0);
      backend.failNext('rate-limited');
      expect(expectCode(() => firstSlot(), 'rate-limited').retryAfterSeconds).to.equal(30);
    });
  });
});
