// Over 350 lines on purpose: one test file per unit, its contracts in describe blocks, as the unit has them.
/* eslint-disable @typescript-eslint/no-explicit-any -- malformed input is made by mutating untyped JSON. */
import { expect } from '@open-wc/testing';
import { parseAvailability, parseBooking, parseCatalog, parseHold, parseProblem } from './parse.js';
import { thrownBy } from '../../../test/support/booking-errors.js';

function validCatalog(): Record<string, any> {
  return {
    office: { name: 'Ausländerbehörde Musterstadt' },
    concerns: [
      {
        id: 'residence-permit-extension',
        name: 'Aufenthaltserlaubnis verlängern',
        description: 'Bringen Sie Ihren Pass mit.',
        category: 'Aufenthalt',
        durationMinutes: 20,
        maxCount: 5,
        combinableWith: ['fictitious-certificate'],
        infoUrl: 'https://www.example.org/aufenthalt',
        keywords: ['Aufenthaltstitel', 'residence permit', 'oturma izni', 'посвідка на проживання'],
        bring: ['Reisepass', 'biometrisches Foto', 'Mietvertrag'],
      },
      { id: 'fictitious-certificate', name: 'Fiktionsbescheinigung' },
    ],
    locations: [
      {
        id: 'stadthaus-2',
        name: 'Stadthaus 2',
        address: 'Ludgeriplatz 4, 48151 Musterstadt',
        timeZone: 'Europe/Berlin',
        concernIds: ['residence-permit-extension'],
        hint: 'Step-free entrance on the east side.',
      },
    ],
    contact: { email: 'required', phone: 'optional' },
    reschedule: true,
    holdMinutes: 10,
    bookingHorizonDays: 90,
    captcha: null,
  };
}

function expectMalformed(parse: () => unknown, messagePart: string) {
  const error = thrownBy(parse);
  expect(error.code).to.equal('unexpected');
  expect(error.reason).to.equal('malformed-response');
  expect(error.message).to.contain(messagePart);
}

describe('parseCatalog', () => {
  describe('well-formed input', () => {
    it('keeps every field of the protocol example', () => {
      const catalog = parseCatalog(validCatalog());
      expect(catalog.office.name).to.equal('Ausländerbehörde Musterstadt');
      expect(catalog.concerns[0]).to.deep.equal(validCatalog().concerns[0]);
      expect(catalog.locations[0]).to.deep.equal(validCatalog().locations[0]);
      expect(catalog.contact).to.deep.equal({ email: 'required', phone: 'optional' });
      expect(catalog.holdMinutes).to.equal(10);
      expect(catalog.bookingHorizonDays).to.equal(90);
      expect(catalog.captcha).to.equal(null);
      expect(catalog.reschedule).to.equal(true);
    });

    it('fills defaults for missing optional fields and leaves the rest absent', () => {
      const json = validCatalog();
      delete json.contact;
      delete json.holdMinutes;
      delete json.bookingHorizonDays;
      delete json.captcha;
      delete json.reschedule;
      json.locations[0] = { id: 'a', name: 'A', timeZone: 'Europe/Berlin', concernIds: [] };
      const catalog = parseCatalog(json);
      expect(catalog.concerns[1]).to.deep.equal({
        id: 'fictitious-certificate',
        name: 'Fiktionsbescheinigung',
        maxCount: 1,
      });
      expect(catalog.concerns[1]).not.to.have.property('combinableWith');
      expect(catalog.locations[0]).to.deep.equal({ id: 'a', name: 'A', timeZone: 'Europe/Berlin', concernIds: [] });
      expect(catalog.contact).to.deep.equal({ email: 'optional', phone: 'optional' });
      expect(catalog.holdMinutes).to.equal(10);
      expect(catalog.bookingHorizonDays).to.equal(90);
      expect(catalog.captcha).to.equal(null);
      expect(catalog).not.to.have.property('reschedule');
    });

    it('keeps an empty combinableWith (must be booked alone) apart from a missing one', () => {
      const json = validCatalog();
      json.concerns[1].combinableWith = [];
      expect(parseCatalog(json).concerns[1]!.combinableWith).to.deep.equal([]);
    });

    it('ignores unknown fields everywhere', () => {
      const json = validCatalog();
      json.extra = 1;
      json.office.logo = 'x';
      json.concerns[0].price = 3;
      json.locations[0].geo = { lat: 1 };
      const catalog = parseCatalog(json);
      expect(catalog).not.to.have.property('extra');
      expect(catalog.office).to.deep.equal({ name: 'Ausländerbehörde Musterstadt' });
      expect(catalog.concerns[0]).not.to.have.property('price');
      expect(catalog.locations[0]).not.to.have.property('geo');
    });

    it('treats unknown contact rules as optional', () => {
      const json = validCatalog();
      json.contact = { email: 'mandatory', phone: 7 };
      expect(parseCatalog(json).contact).to.deep.equal({ email: 'optional', phone: 'optional' });
      json.contact = { email: 'hidden', phone: 'required' };
      expect(parseCatalog(json).contact).to.deep.equal({ email: 'hidden', phone: 'required' });
    });

    it('falls back to defaults for unusable holdMinutes and bookingHorizonDays', () => {
      const json = validCatalog();
      json.holdMinutes = 'ten';
      json.bookingHorizonDays = -5;
      const catalog = parseCatalog(json);
      expect(catalog.holdMinutes).to.equal(10);
      expect(catalog.bookingHorizonDays).to.equal(90);
    });

    it('drops optional texts that are not strings', () => {
      const json = validCatalog();
      json.concerns[0].description = { html: '<b>x</b>' };
      json.concerns[0].category = 3;
      json.concerns[0].durationMinutes = 'long';
      json.concerns[0].keywords = 'Aufenthaltstitel';
      json.concerns[0].bring = [null, 7, '', '  '];
      json.concerns[1].bring = ['Reisepass', { html: '<b>x</b>' }];
      json.locations[0].hint = null;
      json.reschedule = 'yes';
      const catalog = parseCatalog(json);
      expect(catalog.concerns[0]).not.to.have.any.keys(
        'description',
        'category',
        'durationMinutes',
        'keywords',
        'bring',
      );
      expect(catalog.concerns[1]!.bring).to.deep.equal(['Reisepass']);
      expect(catalog).not.to.have.property('reschedule');
      expect(catalog.locations[0]).not.to.have.property('hint');
    });

    it('keeps HTML-looking text as plain text', () => {
      const json = validCatalog();
      json.concerns[0].name = '<img src=x onerror=alert(1)>';
      expect(parseCatalog(json).concerns[0]!.name).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('infoUrl', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/x', 'not a url', 42]) {
      it(`drops ${JSON.stringify(url)}`, () => {
        const json = validCatalog();
        json.concerns[0].infoUrl = url;
        expect(parseCatalog(json).concerns[0]).not.to.have.property('infoUrl');
      });
    }

    it('keeps http and https URLs', () => {
      const json = validCatalog();
      json.concerns[0].infoUrl = 'http://example.org/a?b=c';
      expect(parseCatalog(json).concerns[0]!.infoUrl).to.equal('http://example.org/a?b=c');
    });
  });

  describe('captcha', () => {
    it('keeps a valid altcha configuration', () => {
      const json = validCatalog();
      json.captcha = { kind: 'altcha', challengeUrl: 'https://termine.example.org/api/v1/captcha' };
      expect(parseCatalog(json).captcha).to.deep.equal({
        kind: 'altcha',
        challengeUrl: 'https://termine.example.org/api/v1/captcha',
      });
    });

    for (const captcha of [
      { kind: 'recaptcha', challengeUrl: 'https://x/' },
      { kind: 'altcha' },
      'altcha',
      [],
      { kind: 'altcha', challengeUrl: 'javascript:x' },
    ]) {
      it(`is null for ${JSON.stringify(captcha)}`, () => {
        const json = validCatalog();
        json.captcha = captcha;
        expect(parseCatalog(json).captcha).to.equal(null);
      });
    }
  });

  describe('malformed input', () => {
    const cases: [string, (json: Record<string, any>) => unknown, string][] = [
      ['not an object', () => [], 'catalog must be an object'],
      ['null', () => null, 'catalog must be an object'],
      ['no office', (j) => delete j.office, 'catalog.office must be an object'],
      ['office without name', (j) => (j.office = {}), 'catalog.office.name must be a string'],
      ['concerns not an array', (j) => (j.concerns = {}), 'catalog.concerns must be an array'],
      ['concern not an object', (j) => (j.concerns[1] = 'x'), 'catalog.concerns[1] must be an object'],
      ['concern id a number', (j) => (j.concerns[1].id = 3), 'catalog.concerns[1].id must be a string'],
      ['concern id empty', (j) => (j.concerns[0].id = ''), 'catalog.concerns[0].id must be a string'],
      ['concern without name', (j) => delete j.concerns[0].name, 'catalog.concerns[0].name must be a string'],
      ['maxCount zero', (j) => (j.concerns[0].maxCount = 0), 'catalog.concerns[0].maxCount must be an integer >= 1'],
      ['maxCount fraction', (j) => (j.concerns[0].maxCount = 1.5), 'catalog.concerns[0].maxCount'],
      ['maxCount a string', (j) => (j.concerns[0].maxCount = '2'), 'catalog.concerns[0].maxCount'],
      [
        'combinableWith a string',
        (j) => (j.concerns[0].combinableWith = 'x'),
        'catalog.concerns[0].combinableWith must be an array',
      ],
      [
        'combinableWith with a number',
        (j) => (j.concerns[0].combinableWith = ['a', 2]),
        'catalog.concerns[0].combinableWith[1] must be a string',
      ],
      ['duplicate concern ids', (j) => (j.concerns[1].id = j.concerns[0].id), 'catalog.concerns[1].id'],
      ['locations missing', (j) => delete j.locations, 'catalog.locations must be an array'],
      ['location without id', (j) => delete j.locations[0].id, 'catalog.locations[0].id must be a string'],
      [
        'location without timeZone',
        (j) => delete j.locations[0].timeZone,
        'catalog.locations[0].timeZone must be a string',
      ],
      [
        'location with unknown timeZone',
        (j) => (j.locations[0].timeZone = 'Europe/Musterstadt'),
        'catalog.locations[0].timeZone must be an IANA time zone',
      ],
      [
        'location without concernIds',
        (j) => delete j.locations[0].concernIds,
        'catalog.locations[0].concernIds must be an array',
      ],
      [
        'concernIds with an object',
        (j) => (j.locations[0].concernIds = [{}]),
        'catalog.locations[0].concernIds[0] must be a string',
      ],
    ];
    for (const [name, mutate, message] of cases) {
      it(`refuses ${name}`, () => {
        const json = validCatalog();
        const replaced = mutate(json);
        const input = name === 'not an object' || name === 'null' ? replaced : json;
        expectMalformed(() => parseCatalog(input), message);
      });
    }
  });
});

describe('parseAvailability', () => {
  const slot = (start: string, end: string, locationId = 'a') => ({ locationId, start, end });

  it('sorts slots by start instant, across offsets', () => {
    const availability = parseAvailability({
      from: '2026-12-01',
      to: '2026-12-31',
      slots: [
        slot('2026-12-02T10:00:00+01:00', '2026-12-02T10:20:00+01:00'),
        slot('2026-12-02T08:30:00Z', '2026-12-02T08:50:00Z'),
        slot('2026-12-02T09:00:00+01:00', '2026-12-02T09:20:00+01:00'),
      ],
      nextAvailable: '2027-01-04',
      unknown: true,
    });
    expect(availability.slots.map((s) => s.start)).to.deep.equal([
      '2026-12-02T09:00:00+01:00',
      '2026-12-02T08:30:00Z', // 09:30 in Berlin
      '2026-12-02T10:00:00+01:00',
    ]);
    expect(availability).to.deep.include({ from: '2026-12-01', to: '2026-12-31', nextAvailable: '2027-01-04' });
    expect(availability).not.to.have.property('unknown');
  });

  it('reads a missing or null nextAvailable as null', () => {
    expect(parseAvailability({ from: '2026-12-01', to: '2026-12-02', slots: [] }).nextAvailable).to.equal(null);
    expect(
      parseAvailability({ from: '2026-12-01', to: '2026-12-02', slots: [], nextAvailable: null }).nextAvailable,
    ).to.equal(null);
  });

  const valid = () => ({
    from: '2026-12-01',
    to: '2026-12-31',
    slots: [slot('2026-12-02T08:30:00+01:00', '2026-12-02T09:10:00+01:00')],
    nextAvailable: null,
  });
  const cases: [string, (j: any) => void, string][] = [
    ['no slots', (j) => delete j.slots, 'availability.slots must be an array'],
    ['a bad from', (j) => (j.from = '2026-02-30'), 'availability.from must be a date'],
    ['a missing to', (j) => delete j.to, 'availability.to must be a date'],
    ['a bad nextAvailable', (j) => (j.nextAvailable = 'soon'), 'availability.nextAvailable must be a date'],
    ['a slot that is not an object', (j) => (j.slots[0] = 1), 'availability.slots[0] must be an object'],
    [
      'a slot without location',
      (j) => delete j.slots[0].locationId,
      'availability.slots[0].locationId must be a string',
    ],
    [
      'a slot start without offset',
      (j) => (j.slots[0].start = '2026-12-02T08:30:00'),
      'availability.slots[0].start must be an ISO 8601',
    ],
    [
      'a slot end before its start',
      (j) => (j.slots[0].end = '2026-12-02T08:00:00+01:00'),
      'availability.slots[0].end must be after',
    ],
  ];
  for (const [name, mutate, message] of cases) {
    it(`refuses ${name}`, () => {
      const json = valid();
      mutate(json);
      expectMalformed(() => parseAvailability(json), message);
    });
  }
});

describe('parseHold', () => {
  const valid = () => ({
    id: 'h1',
    token: 't1',
    expiresAt: '2026-12-01T08:10:00+01:00',
    locationId: 'a',
    start: '2026-12-02T08:30:00+01:00',
    end: '2026-12-02T09:10:00+01:00',
  });

  it('keeps the hold', () => {
    expect(parseHold({ ...valid(), extra: 1 })).to.deep.equal(valid());
  });

  for (const field of ['id', 'token', 'expiresAt', 'locationId', 'start', 'end'] as const) {
    it(`refuses a hold without ${field}`, () => {
      const json: Record<string, unknown> = valid();
      delete json[field];
      expectMalformed(() => parseHold(json), `hold.${field} must be`);
    });
  }

  it('refuses a hold that is not an object', () => {
    expectMalformed(() => parseHold('h1'), 'hold must be an object');
  });
});

describe('parseBooking', () => {
  const valid = () => ({
    reference: 'MS-4K7Q2',
    status: 'confirmed',
    locationId: 'stadthaus-2',
    start: '2026-12-02T08:30:00+01:00',
    end: '2026-12-02T09:10:00+01:00',
    concerns: [{ id: 'residence-permit-extension', count: 2 }],
    token: 'secret',
  });

  it('keeps the booking, with and without token', () => {
    expect(parseBooking(valid())).to.deep.equal(valid());
    const lookup: Record<string, unknown> = valid();
    delete lookup.token;
    expect(parseBooking(lookup)).not.to.have.property('token');
  });

  it('keeps verifyWithinMinutes of a pending booking', () => {
    const booking = parseBooking({ ...valid(), status: 'pending-verification', verifyWithinMinutes: 30 });
    expect(booking.status).to.equal('pending-verification');
    expect(booking.verifyWithinMinutes).to.equal(30);
  });

  const cases: [string, (j: any) => void, string][] = [
    ['an unknown status', (j) => (j.status = 'ok'), 'booking.status must be one of'],
    ['no reference', (j) => delete j.reference, 'booking.reference must be a string'],
    ['concerns not a list', (j) => (j.concerns = 'a:2'), 'booking.concerns must be an array'],
    ['a concern count of 0', (j) => (j.concerns[0].count = 0), 'booking.concerns[0].count must be an integer >= 1'],
    ['a concern without id', (j) => delete j.concerns[0].id, 'booking.concerns[0].id must be a string'],
    ['a bad start', (j) => (j.start = 'tomorrow'), 'booking.start must be an ISO 8601'],
  ];
  for (const [name, mutate, message] of cases) {
    it(`refuses ${name}`, () => {
      const json = valid();
      mutate(json);
      expectMalformed(() => parseBooking(json), message);
    });
  }
});

describe('parseProblem', () => {
  it('reads code, texts and field errors', () => {
    expect(
      parseProblem({
        type: 'about:blank',
        title: 'Invalid',
        status: 422,
        code: 'invalid-input',
        detail: 'The e-mail address is invalid.',
        errors: [{ field: 'contact.email', code: 'invalid' }, { field: 'contact.name' }, { code: 'x' }, 'junk'],
      }),
    ).to.deep.equal({
      status: 422,
      code: 'invalid-input',
      title: 'Invalid',
      detail: 'The e-mail address is invalid.',
      fieldErrors: [
        { field: 'contact.email', code: 'invalid' },
        { field: 'contact.name', code: 'invalid' },
      ],
    });
  });

  it('ignores codes the protocol does not know, and never throws', () => {
    expect(parseProblem({ code: 'teapot' })).to.deep.equal({ fieldErrors: [] });
    expect(parseProblem({ code: 'network' })).to.deep.equal({ fieldErrors: [] });
    expect(parseProblem('Internal Server Error')).to.deep.equal({ fieldErrors: [] });
    expect(parseProblem(null)).to.deep.equal({ fieldErrors: [] });
    expect(parseProblem({ errors: 'x', status: '409' })).to.deep.equal({ fieldErrors: [] });
  });
});
