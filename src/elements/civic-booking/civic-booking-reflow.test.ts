import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../define.js';
import { demoCatalog } from '../../adapters/demo/demo-office.js';
import { languages } from '../../i18n/languages.js';
import { allMessagesOf } from '../../../test/support/all-messages.js';
import { bookInAnyLanguage } from '../../../test/support/any-language.js';
import { api, useMockProtocol } from '../../../test/support/protocol-fixture.js';
import { cutOffTexts } from '../../../test/support/reflow.js';

// Every step as a person on a phone sees it, with the longest texts there are: German compounds from the
// office, the UI in the language whose texts are longest, on a page whose CSS forbids wrapping. Each text's
// own box is measured (test/support/reflow.ts), not only the page's width.

const mock = useMockProtocol();

/** The language whose texts are longest in total: the hardest to fit. */
const longest = await (async () => {
  const lengthOf = (value: unknown): number =>
    typeof value === 'string' ? value.length : Object.values(value as object).reduce((sum, v) => sum + lengthOf(v), 0);
  const sizes = await Promise.all(
    Object.keys(languages).map(async (lang) => [lang, lengthOf(await allMessagesOf(lang))] as const),
  );
  return sizes.sort((a, b) => b[1] - a[1])[0]![0];
})();

/** Long names a real immigration and citizen office uses, the longest German compound of all among them. */
const longNames: Record<string, string> = {
  'residence-permit-extension': 'Verpflichtungserklärung für einen Besuchsaufenthalt',
  'id-card': 'Personalausweisbeantragung mit Aufenthaltstitelübertragungsbescheinigung',
  passport: 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung',
};

/** The demo office with long compounds for names, categories, descriptions, addresses and hints. */
function longCatalog() {
  const catalog = demoCatalog('de');
  catalog.office.name = 'Ausländerbehörde und Staatsangehörigkeitsangelegenheitenstelle Musterstadt';
  for (const concern of catalog.concerns) {
    concern.name = longNames[concern.id] ?? concern.name;
    concern.category = `${concern.category}sangelegenheitenverwaltung`;
    concern.description = `Bitte bringen Sie die Wohnungsgeberbestätigung und die Einkommensteuerbescheinigung mit.`;
    concern.bring = [
      'Aufenthaltstitelverlängerungsantragsformular',
      'Krankenversicherungsmitgliedschaftsbescheinigung',
    ];
  }
  for (const location of catalog.locations) {
    location.name = `${location.name}, Stadtteilverwaltungsdienstleistungszentrum`;
    location.address = 'Bürgermeister-Müller-Hauptverwaltungsgebäudestraße 123, 48151 Musterstadt';
    location.hint = 'Barrierefreier Eingang über den Innenhof; Behindertenparkplätze vorhanden.';
  }
  return catalog;
}

// What CMS themes do to text: nothing may wrap, larger text. Inherited properties cross into the widget.
const hostileCss = `
  html { font-size: 18px; }
  * { white-space: nowrap !important; word-break: keep-all !important; overflow-wrap: normal !important;
      hyphens: manual !important; box-sizing: content-box !important; }
`;

const viewports = [
  { name: '320 px', width: 320, height: 640 },
  { name: '360 px', width: 360, height: 740 },
  { name: '414 px', width: 414, height: 820 },
  // 1280 × 1024 CSS px at 400 % zoom is a 320 × 256 CSS px viewport (WCAG 1.4.10).
  { name: '1280 px at 400 %', width: 320, height: 256 },
];

describe(`<civic-booking> reflow, in ${longest} (the longest texts) with German compounds`, () => {
  let style: HTMLStyleElement;

  beforeEach(() => {
    mock.worker.use(http.get(`${api}/catalog`, () => HttpResponse.json(longCatalog())));
    style = document.createElement('style');
    style.textContent = hostileCss;
    document.head.append(style);
  });

  afterEach(async () => {
    style.remove();
    await setViewport({ width: 800, height: 600 });
  });

  for (const viewport of viewports) {
    it(`shows every text whole at ${viewport.name}, in every step from the first to the confirmation`, async () => {
      await setViewport({ width: viewport.width, height: viewport.height });
      const { element, page } = await mock.widget(html`<civic-booking api=${api}></civic-booking>`);
      element.parentElement!.lang = longest;
      await element.updateComplete;
      const seen: string[] = [];
      await bookInAnyLanguage(
        element,
        page,
        async (step) => {
          seen.push(step);
          expect(cutOffTexts(element), `${viewport.name}, ${step}`).to.deep.equal([]);
          if (step === 'contact') {
            // The form's messages are texts too: ask for the step's next without filling anything in.
            element.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
            await page.settled();
            expect(cutOffTexts(element), `${viewport.name}, contact with errors`).to.deep.equal([]);
          }
        },
        // The passport: offered at every location, so the location step shows too.
        { concern: demoCatalog('de').concerns.findIndex((concern) => concern.id === 'passport') },
      );
      expect(seen).to.deep.equal(['concerns', 'location', 'time', 'contact', 'review', 'done']);
    });
  }
});
