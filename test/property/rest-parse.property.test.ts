import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  parseAvailability,
  parseBooking,
  parseCatalog,
  parseHold,
  parseProblem,
} from '../../src/adapters/rest/parse.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { BookingError } from '../../src/domain/booking-error.js';
import type { Hold } from '../../src/domain/types.js';
import {
  HUGE,
  retryAfterValue,
  httpAnswer,
  settlesCleanly,
  checkAvailability,
  checkBooking,
  checkCatalog,
  checkHold,
  deeplyNested,
  expectNoPollution,
  hostileString,
  hostileValue,
  mutationsOf,
  prototypeSnapshot,
  validAvailability,
  validBooking,
  validCatalog,
  validHold,
  validProblem,
} from './arbitraries.js';
import { protocolErrorCodes } from '../../src/domain/booking-error.js';

const parsers = [
  { name: 'parseCatalog', parse: parseCatalog, root: 'catalog', valid: validCatalog, check: checkCatalog },
  {
    name: 'parseAvailability',
    parse: parseAvailability,
    root: 'availability',
    valid: validAvailability,
    check: checkAvailability,
  },
  { name: 'parseHold', parse: parseHold, root: 'hold', valid: validHold, check: checkHold },
  { name: 'parseBooking', parse: parseBooking, root: 'booking', valid: validBooking, check: checkBooking },
];

/** Hostile inputs for any parser: arbitrary values, deep nesting, huge arrays and strings. */
const anyInput = fc.oneof(
  { weight: 4, arbitrary: hostileValue },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 50_000 }, () => ({ id: HUGE }))) },
);

describe('RestAdapter parsers under hostile JSON (property)', () => {
  let prototypes: string;
  before(() => {
    prototypes = prototypeSnapshot();
  });
  afterEach(() => expectNoPollution(prototypes));

  for (const { name, parse, root, valid, check } of parsers) {
    /** The parser answers a well-formed value or throws the one malformed-response error naming a path. */
    const answersOrRefuses = (input: unknown) => {
      let result: unknown;
      try {
        result = parse(input);
      } catch (error) {
        if (!(error instanceof BookingError)) throw new Error(`${name} threw ${String(error)}`, { cause: error });
        expect(error.code).to.equal('unexpected');
        expect(error.reason).to.equal('malformed-response');
        // The message names the JSON path, starting at the answer's root: `catalog.concerns[3].id must be …`.
        expect(error.message.slice(0, 200)).to.match(new RegExp(`^${root}(\\.[A-Za-z]+|\\[\\d+\\])* `));
        return;
      }
      check(result);
      expectNoPollution(prototypes);
    };

    describe(name, () => {
      it('accepts the valid answer as it is', () => {
        const result = parse(structuredClone(valid));
        check(result);
      });

      it('answers a well-formed value or a malformed-response error for any JSON value', () => {
        fc.assert(fc.property(anyInput, answersOrRefuses), { numRuns: 300, includeErrorInReport: true });
      });

      it('answers a well-formed value or a malformed-response error for any mutation of a valid answer', () => {
        fc.assert(fc.property(mutationsOf(valid), answersOrRefuses), { numRuns: 500, includeErrorInReport: true });
      });

      it('answers the same after a JSON round trip (what fetch hands it)', () => {
        fc.assert(
          fc.property(mutationsOf(valid), (input) => {
            let text: string | undefined;
            try {
              text = JSON.stringify(input);
            } catch {
              return; // not serialisable: nothing a backend could send
            }
            if (text === undefined) return;
            answersOrRefuses(JSON.parse(text));
          }),
          { numRuns: 200, includeErrorInReport: true },
        );
      });
    });
  }

  describe('parseCatalog', () => {
    it('keeps only http(s) info links, whatever string the backend sends', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            hostileString,
            fc.webUrl(),
            fc.constantFrom('javascript:alert(1)', 'JAVASCRIPT:x', 'data:,x', '//evil.example/x', 'ftp://x.example/'),
          ),
          (infoUrl) => {
            const input = structuredClone(validCatalog);
            input.concerns[0]!.infoUrl = infoUrl;
            const catalog = parseCatalog(input);
            const kept = catalog.concerns[0]!.infoUrl;
            if (kept !== undefined) expect(new URL(kept).protocol).to.be.oneOf(['http:', 'https:']);
          },
        ),
        { numRuns: 300, includeErrorInReport: true },
      );
    });

    it('keeps backend text verbatim: a name is never changed, escaped or dropped', () => {
      fc.assert(
        fc.property(
          hostileString.filter((s) => s !== ''),
          (text) => {
            const input = structuredClone(validCatalog);
            input.concerns[0]!.name = text;
            input.concerns[0]!.description = text;
            input.locations[0]!.hint = text;
            const catalog = parseCatalog(input);
            expect(catalog.concerns[0]!.name).to.equal(text);
            expect(catalog.concerns[0]!.description).to.equal(text);
            expect(catalog.locations[0]!.hint).to.equal(text);
          },
        ),
        { numRuns: 200, includeErrorInReport: true },
      );
    });
  });

  describe('parseAvailability', () => {
    it('answers slots sorted by start, whatever order the backend sends', () => {
      const instant = fc
        .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) })
        .map((ms) => new Date(Math.floor(ms / 60000) * 60000).toISOString().replace('.000Z', 'Z'));
      fc.assert(
        fc.property(fc.array(fc.tuple(instant, fc.integer({ min: 1, max: 240 })), { maxLength: 60 }), (starts) => {
          const input = {
            ...validAvailability,
            slots: starts.map(([start, minutes]) => ({
              locationId: 'stadthaus',
              start,
              end: new Date(Date.parse(start) + minutes * 60000).toISOString(),
            })),
          };
          const result = parseAvailability(input);
          checkAvailability(result);
          expect(result.slots).to.have.length(starts.length);
        }),
        { numRuns: 200, includeErrorInReport: true },
      );
    });
  });

  describe('parseProblem', () => {
    it('never throws, and answers only known codes, integer statuses and string field errors', () => {
      const input = fc.oneof(anyInput, mutationsOf(validProblem));
      fc.assert(
        fc.property(input, (json) => {
          const problem = parseProblem(json);
          const allowed = ['status', 'code', 'title', 'detail', 'fieldErrors'];
          expect(Reflect.ownKeys(problem).filter((key) => !allowed.includes(key as string))).to.deep.equal([]);
          if (problem.status !== undefined) expect(Number.isInteger(problem.status)).to.equal(true);
          if (problem.code !== undefined) {
            expect(problem.code).to.be.oneOf([...protocolErrorCodes]);
          }
          for (const text of [problem.title, problem.detail]) {
            if (text !== undefined) expect(text).to.be.a('string').and.not.equal('');
          }
          expect(problem.fieldErrors).to.be.an('array');
          for (const { field, code } of problem.fieldErrors) {
            expect(field).to.be.a('string').and.not.equal('');
            expect(code).to.be.a('string').and.not.equal('');
          }
        }),
        { numRuns: 500, includeErrorInReport: true },
      );
    });
  });
});

describe('RestAdapter end to end under hostile answers (property)', () => {
  const hold = validHold as Hold;
  const calls: [string, (adapter: RestAdapter) => Promise<unknown>, (value: unknown) => void, unknown][] = [
    ['loadCatalog', (a) => a.loadCatalog({ lang: 'de' }), checkCatalog, validCatalog],
    [
      'loadAvailability',
      (a) => a.loadAvailability({ concerns: [{ id: 'extend', count: 1 }], from: '2026-12-01', to: '2026-12-31' }),
      checkAvailability,
      validAvailability,
    ],
    [
      'holdSlot',
      (a) => a.holdSlot({ concerns: [{ id: 'extend', count: 1 }], locationId: 'stadthaus', start: hold.start }),
      checkHold,
      validHold,
    ],
    ['releaseHold', (a) => a.releaseHold(hold), (value) => expect(value).to.equal(undefined), {}],
    [
      'book',
      (a) => a.book({ hold, contact: { name: 'A' }, lang: 'de', idempotencyKey: 'k' }),
      checkBooking,
      validBooking,
    ],
    ['getBooking', (a) => a.getBooking('MS-1234', 'tok'), checkBooking, validBooking],
    ['cancelBooking', (a) => a.cancelBooking('MS-1234', 'tok'), (value) => expect(value).to.equal(undefined), {}],
  ];

  for (const [name, call, check, valid] of calls) {
    it(`${name} resolves well-formed or rejects with a known BookingError, whatever the backend answers`, async () => {
      await fc.assert(
        fc.asyncProperty(httpAnswer(valid, validProblem), async (answer) => {
          const adapter = new RestAdapter({ baseUrl: 'https://termine.example.org/api/v1', fetch: answer.fetch });
          await settlesCleanly(() => call(adapter), check);
        }),
        { numRuns: 150, includeErrorInReport: true },
      );
    });
  }

  it('keeps Retry-After a finite number of seconds, whatever the header says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(429, 503), retryAfterValue, async (status, retryAfter) => {
        const fetch = async () => new Response('', { status, headers: { 'Retry-After': retryAfter } });
        const adapter = new RestAdapter({ baseUrl: 'https://termine.example.org/api/v1', fetch });
        const error = await adapter.loadCatalog({ lang: 'de' }).then(
          () => expect.fail('resolved'),
          (e: unknown) => e,
        );
        expect((error as BookingError).code).to.equal(status === 429 ? 'rate-limited' : 'unavailable');
        await settlesCleanly(
          () => Promise.reject(error),
          () => undefined,
        );
      }),
      { numRuns: 200, includeErrorInReport: true },
    );
  });
});
