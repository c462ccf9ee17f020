import { expect } from '@open-wc/testing';
import { bookingToIcs, escapeIcsText, foldIcsLine, icsDateTime, type IcsInput } from './ics.js';
import type { Booking, Concern, Location } from './types.js';

const booking: Booking = {
  reference: 'MS-4K7Q2',
  status: 'confirmed',
  locationId: 'stadthaus-2',
  start: '2026-12-02T08:30:00+01:00',
  end: '2026-12-02T09:10:00+01:00',
  concerns: [
    { id: 'residence-permit-extension', count: 2 },
    { id: 'unknown-concern', count: 1 },
  ],
};

const location: Location = {
  id: 'stadthaus-2',
  name: 'Stadthaus 2',
  address: 'Ludgeriplatz 4, 48151 Musterstadt',
  timeZone: 'Europe/Berlin',
  concernIds: ['residence-permit-extension'],
};

const concerns: Concern[] = [
  {
    id: 'residence-permit-extension',
    name: 'Aufenthaltserlaubnis verlängern',
    maxCount: 5,
    bring: ['Reisepass', 'biometrisches Foto'],
  },
];

const german = {
  reference: (reference: string) => `Buchungsnummer: ${reference}`,
  persons: (count: number) => `${count} Personen`,
  bring: (items: string[]) => `Bitte mitbringen: ${items.join(', ')}`,
  reminder: 'Erinnerung: Ihr Termin ist morgen um 09:30 Uhr.',
};

function input(overrides: Partial<IcsInput> = {}): IcsInput {
  return {
    booking,
    location,
    concerns,
    officeName: 'Ausländerbehörde Musterstadt',
    summary: 'Termin: Ausländerbehörde Musterstadt',
    now: new Date('2026-11-20T10:15:30.123Z'),
    ...overrides,
  };
}

/** The content lines of a calendar file with folding undone. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

function property(ics: string, name: string): string | undefined {
  const line = unfold(ics).find((candidate) => candidate.startsWith(`${name}:`));
  return line?.slice(name.length + 1);
}

describe('bookingToIcs', () => {
  it('writes one VEVENT inside a VCALENDAR with our PRODID', () => {
    const lines = unfold(bookingToIcs(input()));
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('VERSION:2.0');
    expect(lines).to.include('PRODID:-//civic-booking//EN');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(1);
    expect(lines.at(-2)).to.equal('END:VCALENDAR');
    expect(lines.at(-1)).to.equal('');
  });

  it('ends every line with CRLF and has no bare line feed', () => {
    const ics = bookingToIcs(input());
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('takes the UID from the reference and DTSTAMP from now', () => {
    const ics = bookingToIcs(input());
    expect(property(ics, 'UID')).to.equal('MS-4K7Q2@civic-booking');
    expect(property(ics, 'DTSTAMP')).to.equal('20261120T101530Z');
  });

  it('writes start and end in UTC', () => {
    const ics = bookingToIcs(input());
    expect(property(ics, 'DTSTART')).to.equal('20261202T073000Z');
    expect(property(ics, 'DTEND')).to.equal('20261202T081000Z');
  });

  it('writes summary, location with address, and a description of concerns, reference and what to bring', () => {
    const ics = bookingToIcs(input({ labels: german }));
    expect(property(ics, 'SUMMARY')).to.equal('Termin: Ausländerbehörde Musterstadt');
    expect(property(ics, 'LOCATION')).to.equal('Stadthaus 2\\, Ludgeriplatz 4\\, 48151 Musterstadt');
    expect(property(ics, 'DESCRIPTION')).to.equal(
      'Ausländerbehörde Musterstadt\\nAufenthaltserlaubnis verlängern (2 Personen)\\n' +
        'unknown-concern (1 Personen)\\nBuchungsnummer: MS-4K7Q2\\nBitte mitbringen: Reisepass\\, biometrisches Foto',
    );
  });

  it('ends the description with a note, such as the released earlier appointment', () => {
    const note = 'Ihr bisheriger Termin am 2. Dezember um 08:30 ist freigegeben.';
    const description = property(bookingToIcs(input({ labels: german, note })), 'DESCRIPTION')!;
    expect(description.endsWith(`\\n${note}`)).to.equal(true);
    expect(property(bookingToIcs(input({ labels: german })), 'DESCRIPTION')).not.to.contain('freigegeben');
  });

  it('reminds the day before, in the given language, inside the event', () => {
    const lines = unfold(bookingToIcs(input({ labels: german })));
    const begin = lines.indexOf('BEGIN:VALARM');
    expect(begin, 'a VALARM').to.be.greaterThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.indexOf('END:VALARM')).to.be.lessThan(lines.indexOf('END:VEVENT'));
    const alarm = lines.slice(begin, lines.indexOf('END:VALARM') + 1);
    expect(alarm).to.include.members([
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      'DESCRIPTION:Erinnerung: Ihr Termin ist morgen um 09:30 Uhr.',
    ]);
    const cancelled = { ...booking, status: 'cancelled' as const };
    expect(unfold(bookingToIcs(input({ booking: cancelled })))).not.to.include('BEGIN:VALARM');
  });

  it("takes a concern's description as what to bring when it lists nothing", () => {
    const described = [
      { id: 'residence-permit-extension', name: 'X', maxCount: 1, description: 'Bitte Pass mitbringen.' },
    ];
    expect(property(bookingToIcs(input({ concerns: described })), 'DESCRIPTION')).to.contain(
      'Please bring: Bitte Pass mitbringen.',
    );
    const bare = [{ id: 'residence-permit-extension', name: 'X', maxCount: 1 }];
    expect(property(bookingToIcs(input({ concerns: bare })), 'DESCRIPTION')).not.to.contain('Please bring');
  });

  it('leaves LOCATION out when the location is unknown', () => {
    expect(property(bookingToIcs(input({ location: null })), 'LOCATION')).to.equal(undefined);
  });

  it('marks a booking waiting for verification as tentative and a cancelled one as cancelled', () => {
    expect(property(bookingToIcs(input()), 'STATUS')).to.equal('CONFIRMED');
    const pending = { ...booking, status: 'pending-verification' as const };
    expect(property(bookingToIcs(input({ booking: pending })), 'STATUS')).to.equal('TENTATIVE');
    const cancelled = { ...booking, status: 'cancelled' as const };
    expect(property(bookingToIcs(input({ booking: cancelled })), 'STATUS')).to.equal('CANCELLED');
  });

  it('escapes backend text in every TEXT property', () => {
    const tricky: Location = { ...location, name: 'Amt; Haus\\2', address: 'Zeile 1\nZeile 2' };
    const ics = bookingToIcs(input({ location: tricky, summary: 'A, B; C' }));
    expect(property(ics, 'LOCATION')).to.equal('Amt\\; Haus\\\\2\\, Zeile 1\\nZeile 2');
    expect(property(ics, 'SUMMARY')).to.equal('A\\, B\\; C');
  });

  it('cannot be tricked into a new property by a line break in backend text', () => {
    const ics = bookingToIcs(input({ summary: 'Hi\r\nATTENDEE:mailto:evil@example.org' }));
    expect(unfold(ics).some((line) => line.startsWith('ATTENDEE'))).to.equal(false);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const longName = 'Ausländerbehörde für Staatsangehörigkeits- und Aufenthaltsangelegenheiten '.repeat(3);
    const ics = bookingToIcs(input({ summary: longName }));
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
    }
    expect(property(ics, 'SUMMARY')).to.equal(escapeIcsText(longName));
  });
});

describe('ics helpers', () => {
  it('escapes backslash first, then ; , and every kind of line break', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters other than tab', () => {
    expect(escapeIcsText('a\u0000b\u0007c\td')).to.equal('abc\td');
  });

  it('leaves a line of exactly 75 octets alone and folds the 76th octet onto a continuation', () => {
    const exact = 'x'.repeat(75);
    expect(foldIcsLine(exact)).to.equal(exact);
    expect(foldIcsLine(`${exact}y`)).to.equal(`${exact}\r\n y`);
  });

  it('moves a multi-byte character to the next line instead of cutting it', () => {
    const line = `${'x'.repeat(74)}ä`;
    expect(foldIcsLine(line)).to.equal(`${'x'.repeat(74)}\r\n ä`);
  });

  it('counts the leading space of a continuation line', () => {
    // 200 = 75 + 74 + 51: each continuation holds one octet less.
    const folded = foldIcsLine('y'.repeat(200)).split('\r\n');
    expect(folded.map((line) => line.length)).to.deep.equal([75, 75, 52]);
  });

  it('formats instants in UTC basic form', () => {
    expect(icsDateTime('2026-07-01T08:00:00+02:00')).to.equal('20260701T060000Z');
  });
});
