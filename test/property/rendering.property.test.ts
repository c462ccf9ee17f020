import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { Concern, Location, Slot } from '../../src/domain/types.js';
import { hostileText } from './arbitraries.js';

/** Elements a backend string could create if it were parsed as markup. */
const INJECTED = 'img, script, iframe, svg, object, embed, style, link, meta, base, form, b, marquee';

/** No element the backend's text could have made, and no event handler attribute anywhere. */
function expectOnlyText(root: ShadowRoot, texts: string[]): void {
  expect(root.querySelectorAll(INJECTED).length, 'injected elements').to.equal(0);
  for (const element of root.querySelectorAll('*')) {
    const handlers = [...element.attributes].filter((attribute) => attribute.name.startsWith('on'));
    expect(
      handlers.map((a) => a.name),
      `on* attributes on <${element.localName}>`,
    ).to.deep.equal([]);
  }
  // Each text appears verbatim as text (textContent does not decode or escape anything).
  const shown = root.textContent ?? '';
  for (const text of texts) expect(shown.includes(text), `shows ${JSON.stringify(text.slice(0, 80))}`).to.equal(true);
}

const DAY = '2026-12-02';
const slotAt = (locationId: string, hour: number): Slot => ({
  locationId,
  start: `${DAY}T${String(hour).padStart(2, '0')}:00:00+01:00`,
  end: `${DAY}T${String(hour).padStart(2, '0')}:20:00+01:00`,
});

describe('Elements render hostile backend text as text (property)', () => {
  afterEach(() => fixtureCleanup());

  it('<civic-concern-picker>: names, descriptions and categories', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, hostileText, async (name, description, category, id) => {
        const concerns: Concern[] = [
          { id, name, description, category, maxCount: 3, infoUrl: 'https://example.org/' },
          { id: `${id}-2`, name: `${name} 2`, maxCount: 1 },
        ];
        const element = await fixture(
          html`<civic-concern-picker
            lang="de"
            .concerns=${concerns}
            .value=${[{ id, count: 2 }]}
          ></civic-concern-picker>`,
        );
        expectOnlyText(element.shadowRoot!, [name, description, category.trim()]);
        fixtureCleanup();
      }),
      { numRuns: 30, includeErrorInReport: true },
    );
  });

  it('<civic-location-picker>: names, addresses and hints', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, hostileText, async (name, address, hint, id) => {
        const locations: Location[] = [{ id, name, address, hint, timeZone: 'Europe/Berlin', concernIds: [] }];
        const element = await fixture(
          html`<civic-location-picker lang="en" .locations=${locations} .value=${id}></civic-location-picker>`,
        );
        expectOnlyText(element.shadowRoot!, [name, address, hint]);
        fixtureCleanup();
      }),
      { numRuns: 30, includeErrorInReport: true },
    );
  });

  it('<civic-slot-picker>: location names in the slot labels', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (first, second) => {
        const locations: Location[] = [
          { id: 'a', name: first, timeZone: 'Europe/Berlin', concernIds: [] },
          { id: 'b', name: second, timeZone: 'Europe/Berlin', concernIds: [] },
        ];
        const element = await fixture(
          html`<civic-slot-picker
            lang="en"
            date=${DAY}
            user-time-zone="Europe/Berlin"
            .locations=${locations}
            .slots=${[slotAt('a', 9), slotAt('b', 10)]}
          ></civic-slot-picker>`,
        );
        expectOnlyText(element.shadowRoot!, [first, second]);
        fixtureCleanup();
      }),
      { numRuns: 30, includeErrorInReport: true },
    );
  });
});
