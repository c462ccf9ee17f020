import { whatToBring } from './selection.js';
import type { Booking, Concern, Location } from './types.js';

/** What goes into a calendar file for one booking. */
export interface IcsInput {
  booking: Booking;
  /** The booked location, for the event's LOCATION; null when it is unknown. */
  location: Location | null;
  /** The catalog's concerns, to name the booked ones and what to bring; an unknown id is written as it is. */
  concerns: Concern[];
  /** The office, written into the description. */
  officeName: string;
  /** The event's title, already translated: the concerns and the office. */
  summary: string;
  /** The moment the file is made (DTSTAMP). */
  now: Date;
  /** Translated texts for the description and the reminder; English when absent. */
  labels?: IcsLabels;
  /** A last line for the description, already translated: that an earlier appointment is released. */
  note?: string;
}

/** The calendar entry's texts in the citizen's language. */
export interface IcsLabels {
  /** "Booking reference: MS-4K7Q2". */
  reference: (reference: string) => string;
  /** "2 persons". */
  persons: (count: number) => string;
  /** "Please bring: passport, photo". */
  bring: (items: string[]) => string;
  /** What the reminder the day before says. */
  reminder: string;
}

const englishLabels: IcsLabels = {
  reference: (reference) => `Booking reference: ${reference}`,
  persons: (count) => (count === 1 ? '1 person' : `${count} persons`),
  bring: (items) => `Please bring: ${items.join(', ')}`,
  reminder: 'Reminder: your appointment is tomorrow.',
};

const encoder = new TextEncoder();

/** An instant in the iCalendar UTC form, `20261202T073000Z`. */
export function icsDateTime(instant: string | Date): string {
  return new Date(instant)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other control characters.
 * @see https://www.rfc-editor.org/rfc/rfc5545#section-3.3.11
 */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/**
 * Folds a content line into lines of at most 75 octets (UTF-8), each continuation starting with one space,
 * never splitting a character.
 * @see https://www.rfc-editor.org/rfc/rfc5545#section-3.1
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > 75) {
      lines.push(current);
      // The leading space of a continuation line counts toward its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** Keeps characters that are safe in a UID's left-hand side. */
function uidPart(reference: string): string {
  return reference.replace(/[^A-Za-z0-9._-]/g, '-');
}

const statuses = {
  confirmed: 'CONFIRMED',
  'pending-verification': 'TENTATIVE',
  cancelled: 'CANCELLED',
} as const;

/**
 * An RFC 5545 calendar file with one event for a booking: CRLF line endings, lines folded at 75 octets, times
 * in UTC so that every calendar shows them right without time zone definitions. The description names the
 * office, the concerns, the reference and what to bring; an open booking has a reminder the day before.
 */
export function bookingToIcs(input: IcsInput): string {
  const { booking, location, concerns, officeName, summary, now } = input;
  const labels = input.labels ?? englishLabels;
  const names = new Map(concerns.map((concern) => [concern.id, concern.name]));
  const booked = booking.concerns.map(
    (selection) => `${names.get(selection.id) ?? selection.id} (${labels.persons(selection.count)})`,
  );
  const bring = whatToBring(booking.concerns, concerns);
  const description = [
    officeName,
    ...booked,
    labels.reference(booking.reference),
    bring.length ? labels.bring(bring) : '',
    input.note ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  const place = location ? [location.name, location.address].filter(Boolean).join(', ') : '';
  const reminder =
    booking.status === 'cancelled'
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          'TRIGGER:-P1D',
          `DESCRIPTION:${escapeIcsText(labels.reminder)}`,
          'END:VALARM',
        ];

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//civic-booking//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uidPart(booking.reference)}@civic-booking`,
    `DTSTAMP:${icsDateTime(now)}`,
    `DTSTART:${icsDateTime(booking.start)}`,
    `DTEND:${icsDateTime(booking.end)}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    ...(place ? [`LOCATION:${escapeIcsText(place)}`] : []),
    `DESCRIPTION:${escapeIcsText(description)}`,
    `STATUS:${statuses[booking.status]}`,
    ...reminder,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
