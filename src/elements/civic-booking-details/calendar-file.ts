import { bookingToIcs } from '../../domain/ics.js';
import type { Booking, Concern, Location } from '../../domain/types.js';
import type { Localization } from '../../i18n/localization.js';

/** What a booking's calendar file is made from, with the texts of the language on screen. */
export interface CalendarFileInput {
  booking: Booking;
  location: Location | null;
  concerns: Concern[];
  officeName: string;
  /** A line about the booking (a released earlier appointment), written into the description. */
  note: string | null;
  now: Date;
  /** The zone the reminder's time is written in: the location's. */
  timeZone: string;
  localization: Localization;
}

/** The file name of a booking's calendar file, safe on every system. */
export function icsFileName(reference: string): string {
  return `termin-${reference.replace(/[^A-Za-z0-9_-]/g, '_')}.ics`;
}

/**
 * Writes a booking's calendar file and hands it to the browser as a download. A chunk of its own: a citizen
 * who never adds the appointment to a calendar does not download it.
 */
export function downloadCalendarFile(input: CalendarFileInput): void {
  const { booking, concerns, localization: l } = input;
  const m = l.messages;
  const text = bookingToIcs({
    booking,
    location: input.location,
    concerns,
    officeName: input.officeName,
    summary: l.format(m.icsSummary, {
      concerns: l.formatList(
        booking.concerns.map(({ id }) => concerns.find((concern) => concern.id === id)?.name ?? id),
      ),
      office: input.officeName || input.location?.name || booking.reference,
    }),
    now: input.now,
    ...(input.note ? { note: input.note } : {}),
    labels: {
      reference: (reference) => l.format(m.icsReference, { reference }),
      persons: (count) => l.plural(m.persons, count),
      bring: (items) => l.format(m.icsBring, { items: l.formatList(items) }),
      reminder: l.format(m.icsReminder, { time: l.formatTime(booking.start, input.timeZone) }),
    },
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  link.download = icsFileName(booking.reference);
  link.click();
  // The download has its own copy by the next task; the address is not needed after it.
  setTimeout(() => URL.revokeObjectURL(link.href));
}
