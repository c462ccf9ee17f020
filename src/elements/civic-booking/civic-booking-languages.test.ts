import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define.js';
import { languages } from '../../i18n/languages.js';
import { allMessagesOf } from '../../../test/support/all-messages.js';
import type { Messages } from '../../i18n/messages.js';
import { perceivedTexts } from '../../../test/page-objects/text.js';
import { bookInAnyLanguage } from '../../../test/support/any-language.js';
import { api, recordEvents, toContact, useMockProtocol } from '../../../test/support/protocol-fixture.js';
import type { CivicBooking } from './civic-booking.js';

// The widget in each of its languages, on a page whose own language it is: every step in that language, with
// no text of another, right to left where the language is, and accessible in each step.

const mock = useMockProtocol();
const codes = Object.keys(languages);
const all = Object.fromEntries(
  await Promise.all(codes.map(async (lang) => [lang, await allMessagesOf(lang)] as const)),
) as Record<string, Messages>;

/** The texts of a message file that hold no placeholder, each a whole sentence or label a citizen reads. */
function plainTexts(messages: unknown): string[] {
  return Object.values(messages as Record<string, unknown>).flatMap((value) =>
    typeof value === 'string' ? (/\{\w+\}/.test(value) ? [] : [value]) : plainTexts(value),
  );
}

/** UI texts of other languages that must not show in `lang`: every other file's, unless `lang` has it too. */
function foreignTexts(lang: string): Set<string> {
  const own = new Set(plainTexts(all[lang]));
  return new Set(
    codes
      .filter((other) => other !== lang)
      .flatMap((other) => plainTexts(all[other]))
      .filter((text) => text.length >= 4 && !own.has(text)),
  );
}

async function widgetIn(lang: string) {
  const { element, page } = await mock.widget(html`<civic-booking api=${api}></civic-booking>`);
  element.parentElement!.lang = lang;
  await element.updateComplete;
  return { element, page };
}

describe('<civic-booking> in every language', () => {
  for (const lang of codes) {
    it(`speaks ${languages[lang]!.name} (${lang}) in every step, and only that`, async () => {
      const { element, page } = await widgetIn(lang);
      const foreign = foreignTexts(lang);
      const rtl = lang === 'ar' || lang === 'fa';
      await bookInAnyLanguage(element, page, async (step) => {
        const shown = perceivedTexts(element.shadowRoot!).filter((text) => foreign.has(text));
        expect(shown, `${lang}, ${step}: texts of another language`).to.deep.equal([]);
        const section = element.shadowRoot!.querySelector('section')!;
        expect(section.getAttribute('dir'), `${lang}, ${step}: direction`).to.equal(rtl ? 'rtl' : null);
        expect(getComputedStyle(section).direction).to.equal(rtl ? 'rtl' : 'ltr');
        // Each step element speaks the widget's language (the switch names each language in its own).
        const steps = element.shadowRoot!.querySelectorAll(
          ':is(civic-concern-picker, civic-location-picker, civic-calendar, civic-slot-picker, civic-contact-form, civic-review, civic-booking-details)',
        );
        expect(steps.length, `${lang}, ${step}: a step element`).to.be.greaterThan(0);
        for (const child of steps) {
          expect(child.getAttribute('lang')!.split('-')[0], `${lang}, ${step}: ${child.localName}`).to.equal(lang);
        }
        await expect(element, `${lang}, ${step}`).to.be.accessible();
      });
    });
  }
});

describe('<civic-booking> catalog texts in another language', () => {
  it("marks the office's own texts with the catalog's lang, so that they are read in theirs", async () => {
    const { element, page } = await widgetIn('ar');
    await page.waitFor(() => !!element.shadowRoot!.querySelector('civic-concern-picker'), 'the concerns');
    await page.settled();
    const picker = element.shadowRoot!.querySelector('civic-concern-picker')!.shadowRoot!;
    // The demo office writes German and English: an Arabic page gets its English texts, marked as English.
    const name = picker.querySelector('label.name')!;
    expect(name.getAttribute('lang')).to.equal('en');
    expect(name.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(name).direction).to.equal('ltr');
    expect(picker.querySelector('.filter label')!.closest('[lang]')).to.equal(null);
  });
});

describe('<civic-booking> right to left', () => {
  it('runs Arabic right to left on a left-to-right page, with arrow keys as the eye sees them', async () => {
    document.documentElement.dir = 'ltr';
    const { element, page } = await widgetIn('ar');
    const root = element.shadowRoot!;
    await page.waitFor(() => !!root.querySelector('civic-concern-picker'), 'the concerns');
    root
      .querySelector('civic-concern-picker')!
      .shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!
      .click();
    await page.settled();
    root.querySelector<HTMLButtonElement>('button.next')!.click();
    await page.waitFor(() => !!root.querySelector('civic-location-picker, civic-calendar'), 'the next step');
    if (root.querySelector('civic-location-picker')) {
      root.querySelector('civic-location-picker')!.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
      await page.settled();
      root.querySelector<HTMLButtonElement>('button.next')!.click();
    }
    await page.waitFor(() => page.slots().buttons().length > 0, 'times');
    const calendar = page.calendar();
    expect(getComputedStyle(calendar.grid()).direction).to.equal('rtl');
    // The first day of the week stands at the right: in right to left, the next day is to the left.
    const [first, second] = calendar.dayButtons().filter((button) => !button.disabled);
    expect(first!.getBoundingClientRect().left).to.be.greaterThan(second!.getBoundingClientRect().left);
    const start = calendar.selected()[0]!;
    calendar.dayButton(start).focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(calendar.focusedDate()).to.equal(
      new Date(Date.parse(`${start}T12:00:00Z`) + 864e5).toISOString().slice(0, 10),
    );
    await sendKeys({ press: 'ArrowRight' });
    expect(calendar.focusedDate()).to.equal(start);
    // The week starts on Monday, as an office in Germany counts it, in Arabic too.
    expect(calendar.weekdays()[0]!.long).to.equal('الاثنين');
    document.documentElement.removeAttribute('dir');
  });
});

describe('<civic-booking> language switch', () => {
  const switchElement = (element: CivicBooking) => element.shadowRoot!.querySelector('civic-language-switch');
  const switchOf = (element: CivicBooking) =>
    switchElement(element)?.shadowRoot?.querySelector<HTMLDetailsElement>('details') ?? null;
  const choices = (element: CivicBooking) => [...switchOf(element)!.querySelectorAll('button')];
  const focused = (element: CivicBooking) => switchElement(element)!.shadowRoot!.activeElement;

  it('offers the languages in their own words, each marked with its lang, and none with languages=""', async () => {
    const { element, page } = await widgetIn('de');
    await page.waitForHeading('Worum geht es?');
    expect(switchOf(element)!.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Sprache: Deutsch',
    );
    const offered = choices(element).map((button) => [button.dataset['lang'], button.lang, button.textContent!.trim()]);
    expect(offered.slice(0, 4)).to.deep.equal([
      ['de', 'de', 'Deutsch'],
      ['en', 'en', 'English'],
      ['tr', 'tr', 'Türkçe'],
      ['ar', 'ar', 'العربية'],
    ]);
    expect(offered).to.have.length(12);
    expect(choices(element)[0]!.getAttribute('aria-current')).to.equal('true');
    element.setAttribute('languages', 'de tr ar');
    await element.updateComplete;
    expect(choices(element).map((button) => button.dataset['lang'])).to.deep.equal(['de', 'tr', 'ar']);
    element.setAttribute('languages', '');
    await element.updateComplete;
    expect(switchOf(element)).to.equal(null);
  });

  it('switches by keyboard on the contact step, keeping what was typed and chosen, and says so', async () => {
    const { element, page } = await widgetIn('de');
    element.setAttribute('languages', 'de en tr uk');
    const events = recordEvents(element);
    const changes: string[] = [];
    element.addEventListener('civic-language-change', (event) => changes.push(event.detail.lang));
    const root = element.shadowRoot!;
    await toContact(page);
    const steps = events.filter((event) => event.type === 'civic-step-change').length;
    page.contact().fill('name', 'Olena Kovalenko');
    page.contact().fill('email', 'olena@example.org');
    const summary = switchOf(element)!.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(switchOf(element)!.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(choices(element)[0]);
    for (let index = 0; index < 3; index += 1) await sendKeys({ press: 'Tab' });
    expect((focused(element) as HTMLElement).dataset['lang']).to.equal('uk');
    await sendKeys({ press: 'Enter' });
    await page.waitForHeading('Ваші контактні дані');
    expect(changes).to.deep.equal(['uk']);
    expect(element.getAttribute('lang')).to.equal('uk');
    expect(page.contact().input('name')!.value).to.equal('Olena Kovalenko');
    expect(page.contact().input('email')!.value).to.equal('olena@example.org');
    expect(switchOf(element)!.open).to.equal(false);
    expect(root.activeElement, 'focus is back on the switch').to.equal(switchElement(element));
    expect(focused(element)).to.equal(switchOf(element)!.querySelector('summary'));
    await page.waitFor(
      () => root.querySelector('[role="status"].visually-hidden')!.textContent!.includes('Українська'),
      'the announcement',
    );
    // The time stayed held: no step changed, no second hold.
    expect(events.filter((event) => event.type === 'civic-step-change')).to.have.length(steps);
    expect(mock.requests.filter((request) => request.startsWith('POST /api/v1/holds'))).to.have.length(1);
    // The catalog came again in the new language.
    const catalogs = () => mock.recorded.filter((request) => request.path === '/api/v1/catalog');
    await page.waitFor(() => catalogs().length === 2, 'the catalog in Ukrainian');
    expect(catalogs().map((request) => request.headers.get('Accept-Language'))).to.deep.equal(['de', 'uk']);
    await expect(element).to.be.accessible();
    // Escape closes the switch again, with the focus where it was.
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    expect(switchOf(element)!.open).to.equal(false);
    expect(focused(element)).to.equal(summary);
  });
});

describe('<civic-booking> languages it does not speak', () => {
  function warnings(): { said: string[]; restore: () => void } {
    const said: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => said.push(String(message));
    return { said, restore: () => (console.warn = warn) };
  }

  it('falls back: de-AT to German, de_DE read as de-DE, pt-BR to English, without an error in the widget', async () => {
    for (const [tag, heading] of [
      ['de-AT', 'Worum geht es?'],
      ['de_DE', 'Worum geht es?'],
      ['pt-BR', 'What do you need?'],
    ] as const) {
      const { element, page } = await widgetIn(tag);
      await page.waitForHeading(heading);
      expect(page.error(), tag).to.equal('');
      element.parentElement!.remove();
    }
  });

  it('never throws for lang="xx", lang="" or languages="de zz", and says on the console what it ignored', async () => {
    const console = warnings();
    try {
      const { element, page } = await widgetIn('xx');
      await page.waitForHeading('What do you need?');
      element.setAttribute('lang', '');
      element.parentElement!.lang = 'de';
      element.setAttribute('languages', 'de zz tr');
      await element.updateComplete;
      await page.waitForHeading('Worum geht es?');
      const offered = [
        ...element.shadowRoot!.querySelector('civic-language-switch')!.shadowRoot!.querySelectorAll('button'),
      ];
      expect(offered.map((button) => button.dataset['lang'])).to.deep.equal(['de', 'tr']);
    } finally {
      console.restore();
    }
    expect(console.said.some((line) => /^civic-booking: ignored lang="xx"/.test(line))).to.equal(true);
    expect(console.said.some((line) => /^civic-booking: .*empty lang/.test(line))).to.equal(true);
    expect(console.said.some((line) => /^civic-booking: languages: ignored "zz"/.test(line))).to.equal(true);
  });
});
