// Over 350 lines on purpose: the one suite every adapter runs, in one place, so that no adapter runs less of it.
/**
 * The behaviour every BookingAdapter promises (SPEC sections 3 and 4), as one suite each adapter runs.
 * It relies only on what the protocol promises, never on one office's data: the catalog has at least one
 * concern and one location, and somewhere within the booking horizon there are free slots.
 */
import { expect } from '@open-wc/testing';
import type { BookingAdapter } from '../../src/adapters/booking-adapter.js';
import { BookingError, type BookingErrorCode } from '../../src/domain/booking-error.js';
import { addDaysTo, isIsoDate, isIsoDateTime, localDate, todayIn } from '../../src/domain/dates.js';
import type { Catalog, ConcernSelection, Contact, Hold, Location, Slot } from '../../src/domain/types.js';

export interface AdapterUnderTest {
  adapter: BookingAdapter;
  teardown?: () => Promise<void>;
  /** The backend gives a cancelled booking a new key, so that its old one finds it no more (ZMS). */
  forgetsCancelled?: boolean;
}

/** The suite's clock: fixed at a Tuesday morning in Berlin; tests move it forward to let holds run out. */
export const contractStart = '2026-12-01T08:00:00+01:00';

class Clock {
  time = Date.parse(contractStart);
  readonly now = () => new Date(this.time);
}

async function expectBookingError(promise: Promise<unknown>, code: BookingErrorCode): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(BookingError);
    expect((error as BookingError).code, (error as Error).message).to.equal(code);
    return error as BookingError;
  }
  throw new Error(`expected a BookingError ${code}, but the call succeeded`);
}

let keyCounter = 0;
function key(): string {
  keyCounter += 1;
  return `00000000-0000-4000-8000-${String(keyCounter).padStart(12, '0')}`;
}

const contact: Contact = { name: 'Amina Yilmaz', email: 'amina@example.org', phone: '+49 251 1234567' };

export function describeAdapterContract(name: string, setup: (now: () => Date) => Promise<AdapterUnderTest>): void {
  describe(`adapter contract: ${name}`, () => {
    let clock: Clock;
    let subject: AdapterUnderTest;
    let adapter: BookingAdapter;
    let catalog: Catalog;

    beforeEach(async () => {
      clock = new Clock();
      subject = await setup(clock.now);
      adapter = subject.adapter;
      catalog = await adapter.loadCatalog({ lang: 'de' });
    });

    afterEach(async () => {
      await subject.teardown?.();
    });

    /** The first concern with a location, booked for one person, and that location. */
    function selection(): { concerns: ConcernSelection[]; location: Location } {
      for (const concern of catalog.concerns) {
        const location = catalog.locations.find((l) => l.concernIds.includes(concern.id));
        if (location) return { concerns: [{ id: concern.id, count: 1 }], location };
      }
      throw new Error('The catalog has no concern that any location offers.');
    }

    function today(location: Location): string {
      return todayIn(location.timeZone, clock.now());
    }

    /** Free slots at the location, searching forward month by month through the booking horizon. */
    async function freeSlots(): Promise<{ concerns: ConcernSelection[]; location: Location; slots: Slot[] }> {
      const { concerns, location } = selection();
      let from = today(location);
      const last = addDaysTo(from, catalog.bookingHorizonDays);
      while (from <= last) {
        const to = addDaysTo(from, 30);
        const availability = await adapter.loadAvailability({ concerns, from, to, locationId: location.id });
        if (availability.slots.length) return { concerns, location, slots: availability.slots };
        if (!availability.nextAvailable) break;
        from = availability.nextAvailable;
      }
      throw new Error('No free slot within the booking horizon.');
    }

    async function holdFirstSlot(): Promise<{ hold: Hold; concerns: ConcernSelection[]; slot: Slot }> {
      const { concerns, location, slots } = await freeSlots();
      const slot = slots[0]!;
      const hold = await adapter.holdSlot({ concerns, locationId: location.id, start: slot.start });
      return { hold, concerns, slot };
    }

    async function slotsOnDay(concerns: ConcernSelection[], slot: Slot): Promise<string[]> {
      const location = catalog.locations.find((l) => l.id === slot.locationId)!;
      const day = localDate(slot.start, location.timeZone);
      const availability = await adapter.loadAvailability({ concerns, from: day, to: day, locationId: location.id });
      return availability.slots.map((s) => s.start);
    }

    describe('catalog', () => {
      it('has the shape the protocol promises', () => {
        expect(catalog.office.name).to.be.a('string').and.not.equal('');
        expect(catalog.concerns.length).to.be.greaterThan(0);
        expect(catalog.locations.length).to.be.greaterThan(0);
        for (const concern of catalog.concerns) {
          expect(concern.id).to.be.a('string').and.not.equal('');
          expect(concern.name).to.be.a('string').and.not.equal('');
          expect(Number.isInteger(concern.maxCount) && concern.maxCount >= 1, concern.id).to.equal(true);
          if (concern.infoUrl !== undefined) expect(concern.infoUrl).to.match(/^https?:\/\//);
        }
        for (const location of catalog.locations) {
          expect(location.id).to.be.a('string').and.not.equal('');
          expect(() => new Intl.DateTimeFormat('en', { timeZone: location.timeZone })).not.to.throw();
          expect(location.concernIds).to.be.an('array');
        }
        expect(['required', 'optional', 'hidden']).to.include(catalog.contact.email);
        expect(['required', 'optional', 'hidden']).to.include(catalog.contact.phone);
        expect(catalog.holdMinutes).to.be.greaterThan(0);
        expect(catalog.bookingHorizonDays).to.be.greaterThan(0);
      });

      it('offers the same concerns and locations in every language', async () => {
        const english = await adapter.loadCatalog({ lang: 'en' });
        expect(english.concerns.map((c) => c.id)).to.deep.equal(catalog.concerns.map((c) => c.id));
        expect(english.locations.map((l) => l.id)).to.deep.equal(catalog.locations.map((l) => l.id));
      });
    });

    describe('availability', () => {
      it('answers sorted slots of the requested location within the range', async () => {
        const { concerns, location } = selection();
        const from = today(location);
        const to = addDaysTo(from, 30);
        const availability = await adapter.loadAvailability({ concerns, from, to, locationId: location.id });
        expect(availability.from).to.equal(from);
        expect(availability.to).to.equal(to);
        const starts = availability.slots.map((s) => Date.parse(s.start));
        expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
        for (const slot of availability.slots) {
          expect(slot.locationId).to.equal(location.id);
          expect(isIsoDateTime(slot.start) && isIsoDateTime(slot.end), slot.start).to.equal(true);
          expect(Date.parse(slot.end)).to.be.greaterThan(Date.parse(slot.start));
          const day = localDate(slot.start, location.timeZone);
          expect(day >= from && day <= to, `${slot.start} outside ${from}..${to}`).to.equal(true);
          expect(Date.parse(slot.start)).to.be.greaterThan(clock.time);
        }
      });

      it('lists every bookable day of a month, and each listed day has times when asked for alone', async () => {
        const { concerns, location, slots } = await freeSlots();
        const from = localDate(slots[0]!.start, location.timeZone);
        const to = addDaysTo(from, 30);
        const month = await adapter.loadAvailability({ concerns, from, to, locationId: location.id });
        const days = month.days ?? [...new Set(month.slots.map((slot) => localDate(slot.start, location.timeZone)))];
        expect(days.length, 'bookable days in the month').to.be.greaterThan(1);
        expect(days).to.deep.equal([...days].sort());
        // A backend that lists days apart from their times says which days' times came along.
        for (const slot of month.slots) {
          const day = localDate(slot.start, location.timeZone);
          expect(days, slot.start).to.include(day);
          if (month.daysWithSlots) expect(month.daysWithSlots, slot.start).to.include(day);
        }
        for (const day of days) {
          const alone = await adapter.loadAvailability({ concerns, from: day, to: day, locationId: location.id });
          expect(alone.slots.length, `times on ${day}`).to.be.greaterThan(0);
          for (const slot of alone.slots) expect(localDate(slot.start, location.timeZone)).to.equal(day);
        }
      });

      it('books a time on a listed day other than the first', async () => {
        const { concerns, location, slots } = await freeSlots();
        const from = localDate(slots[0]!.start, location.timeZone);
        const month = await adapter.loadAvailability({
          concerns,
          from,
          to: addDaysTo(from, 30),
          locationId: location.id,
        });
        const days = month.days ?? [...new Set(month.slots.map((slot) => localDate(slot.start, location.timeZone)))];
        const later = days[1]!;
        const [slot] = (await adapter.loadAvailability({ concerns, from: later, to: later, locationId: location.id }))
          .slots;
        const hold = await adapter.holdSlot({ concerns, locationId: location.id, start: slot!.start });
        const booking = await adapter.book({ hold, contact, lang: 'de', idempotencyKey: key() });
        expect(localDate(booking.start, location.timeZone)).to.equal(later);
      });

      it('names as nextAvailable a later date that really has a slot, or null', async () => {
        const { concerns, location } = selection();
        const day = today(location);
        const availability = await adapter.loadAvailability({ concerns, from: day, to: day, locationId: location.id });
        const next = availability.nextAvailable;
        if (next === null) {
          // Null only when nothing later is free, within the next four weeks at least.
          const later = await adapter.loadAvailability({
            concerns,
            from: addDaysTo(day, 1),
            to: addDaysTo(day, 28),
            locationId: location.id,
          });
          expect(later.slots, 'nextAvailable is null, yet later days have times').to.be.empty;
          return;
        }
        expect(isIsoDate(next)).to.equal(true);
        expect(next > day).to.equal(true);
        const then = await adapter.loadAvailability({ concerns, from: next, to: next, locationId: location.id });
        expect(then.slots.length).to.be.greaterThan(0);
        // Nothing free in between: nextAvailable is the first such date.
        if (next > addDaysTo(day, 1)) {
          const between = await adapter.loadAvailability({
            concerns,
            from: addDaysTo(day, 1),
            to: addDaysTo(next, -1),
            locationId: location.id,
          });
          expect(between.slots).to.deep.equal([]);
          expect(between.days ?? []).to.deep.equal([]);
        }
      });
    });

    describe('hold, book, look up and cancel', () => {
      it('books a held slot, finds it by reference and token, and cancels it', async () => {
        const { hold, concerns, slot } = await holdFirstSlot();
        expect(hold.start).to.satisfy((start: string) => Date.parse(start) === Date.parse(slot.start));
        expect(hold.locationId).to.equal(slot.locationId);
        expect(Date.parse(hold.expiresAt)).to.be.greaterThan(clock.time);

        const booking = await adapter.book({ hold, contact, lang: 'de', idempotencyKey: key() });
        expect(['confirmed', 'pending-verification']).to.include(booking.status);
        expect(booking.reference).to.be.a('string').and.not.equal('');
        expect(booking.token).to.be.a('string').and.not.equal('');
        expect(booking.locationId).to.equal(slot.locationId);
        expect(Date.parse(booking.start)).to.equal(Date.parse(slot.start));
        expect(booking.concerns).to.deep.equal(concerns);

        const found = await adapter.getBooking(booking.reference, booking.token!);
        expect(found.reference).to.equal(booking.reference);
        expect(found.status).to.equal(booking.status);
        expect(Date.parse(found.start)).to.equal(Date.parse(booking.start));

        await adapter.cancelBooking(booking.reference, booking.token!);
        if (subject.forgetsCancelled) {
          await expectBookingError(adapter.getBooking(booking.reference, booking.token!), 'not-found');
        } else {
          expect((await adapter.getBooking(booking.reference, booking.token!)).status).to.equal('cancelled');
        }
      });

      it('refuses to hold a slot that is already held', async () => {
        const { concerns, hold } = await holdFirstSlot();
        await expectBookingError(
          adapter.holdSlot({ concerns, locationId: hold.locationId, start: hold.start }),
          'slot-taken',
        );
      });

      it('books once for the same request sent twice with one idempotency key', async () => {
        const { hold, concerns, slot } = await holdFirstSlot();
        const idempotencyKey = key();
        const first = await adapter.book({ hold, contact, lang: 'de', idempotencyKey });
        const afterFirst = await slotsOnDay(concerns, slot);
        const second = await adapter.book({ hold, contact, lang: 'de', idempotencyKey });
        expect(second.reference).to.equal(first.reference);
        expect(afterFirst.map(Date.parse)).not.to.include(Date.parse(slot.start));
        expect(await slotsOnDay(concerns, slot)).to.deep.equal(afterFirst);
      });

      it('refuses the same idempotency key with a different contact', async () => {
        const { hold } = await holdFirstSlot();
        const idempotencyKey = key();
        await adapter.book({ hold, contact, lang: 'de', idempotencyKey });
        await expectBookingError(
          adapter.book({ hold, contact: { ...contact, name: 'Someone Else' }, lang: 'de', idempotencyKey }),
          'idempotency-mismatch',
        );
      });

      it('books a hold at most once', async () => {
        const { hold } = await holdFirstSlot();
        await adapter.book({ hold, contact, lang: 'de', idempotencyKey: key() });
        await expectBookingError(adapter.book({ hold, contact, lang: 'de', idempotencyKey: key() }), 'not-found');
      });

      it('answers not-found for a wrong token', async () => {
        const { hold } = await holdFirstSlot();
        await expectBookingError(
          adapter.book({ hold: { ...hold, token: `${hold.token}x` }, contact, lang: 'de', idempotencyKey: key() }),
          'not-found',
        );
        const booking = await adapter.book({ hold, contact, lang: 'de', idempotencyKey: key() });
        await expectBookingError(adapter.getBooking(booking.reference, 'wrong-token'), 'not-found');
        await expectBookingError(adapter.cancelBooking(booking.reference, 'wrong-token'), 'not-found');
        await expectBookingError(adapter.getBooking(`${booking.reference}X`, booking.token!), 'not-found');
        // The wrong token changed nothing.
        expect((await adapter.getBooking(booking.reference, booking.token!)).status).not.to.equal('cancelled');
      });

      it('cannot book a released hold', async () => {
        const { hold } = await holdFirstSlot();
        await adapter.releaseHold(hold);
        await expectBookingError(adapter.book({ hold, contact, lang: 'de', idempotencyKey: key() }), 'not-found');
      });

      it('cannot book a hold that ran out', async () => {
        const { hold } = await holdFirstSlot();
        // Two minutes on: ZMS keeps a reservation that ran out until its cleanup at the next full minute.
        clock.time = Date.parse(hold.expiresAt) + 2 * 60_000;
        await expectBookingError(adapter.book({ hold, contact, lang: 'de', idempotencyKey: key() }), 'hold-expired');
      });

      it('moves a booking in one step where the catalog says reschedule, keeping it on a refusal', async function () {
        if (catalog.reschedule !== true) {
          // Such a backend is changed by booking anew and cancelling; nothing here may claim otherwise.
          expect(catalog.reschedule ?? false).to.equal(false);
          return this.skip();
        }
        expect(adapter.reschedule, 'an adapter for such a catalog can move a booking').to.be.a('function');
        const { concerns, location, slots } = await freeSlots();
        const first = await adapter.holdSlot({ concerns, locationId: location.id, start: slots[0]!.start });
        const booking = await adapter.book({ hold: first, contact, lang: 'de', idempotencyKey: key() });
        const later = await adapter.holdSlot({ concerns, locationId: location.id, start: slots.at(-1)!.start });
        const request = { reference: booking.reference, token: booking.token!, hold: later, idempotencyKey: key() };
        const moved = await adapter.reschedule!(request);
        expect(moved.reference).to.equal(booking.reference);
        expect(Date.parse(moved.start)).to.equal(Date.parse(slots.at(-1)!.start));
        expect(moved.token).to.be.a('string');
        // The same key again answers the same move; the old slot is free again.
        expect((await adapter.reschedule!(request)).start).to.equal(moved.start);
        expect((await slotsOnDay(concerns, slots[0]!)).map(Date.parse)).to.include(Date.parse(slots[0]!.start));
        // A used hold is refused, and the booking stays where it is.
        const again = { ...request, token: moved.token!, idempotencyKey: key() };
        await expectBookingError(adapter.reschedule!(again), 'not-found');
        expect(Date.parse((await adapter.getBooking(moved.reference, moved.token!)).start)).to.equal(
          Date.parse(moved.start),
        );
      });

      it('refuses an invalid e-mail address, naming the field', async () => {
        const { hold } = await holdFirstSlot();
        const error = await expectBookingError(
          adapter.book({ hold, contact: { ...contact, email: 'not-an-address' }, lang: 'de', idempotencyKey: key() }),
          'invalid-input',
        );
        expect(error.fieldErrors.map((f) => f.field)).to.include('contact.email');
        // The refused attempt did not use the hold up.
        const booking = await adapter.book({ hold, contact, lang: 'de', idempotencyKey: key() });
        expect(booking.reference).to.be.a('string');
      });
    });
  });
}
