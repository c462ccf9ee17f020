import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { CivicLanguageSwitch } from './civic-language-switch.js';

async function setup(value = 'de', offered = ['de', 'tr', 'ar', 'uk']) {
  const element = await fixture<CivicLanguageSwitch>(
    html`<civic-language-switch lang="de" .languages=${offered} .value=${value}></civic-language-switch>`,
  );
  const root = element.shadowRoot!;
  return {
    element,
    details: root.querySelector('details')!,
    summary: root.querySelector('summary')!,
    buttons: () => [...root.querySelectorAll('button')],
    focused: () => root.activeElement,
  };
}

describe('<civic-language-switch>', () => {
  it('names each language in its own words, marked with its lang, and the one shown as current', async () => {
    const { summary, buttons, element } = await setup('tr');
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sprache: Türkçe');
    expect(summary.querySelector('[lang="tr"]')).not.to.equal(null);
    expect(buttons().map((button) => [button.lang, button.textContent!.trim()])).to.deep.equal([
      ['de', 'Deutsch'],
      ['tr', 'Türkçe'],
      ['ar', 'العربية'],
      ['uk', 'Українська'],
    ]);
    expect(buttons().map((button) => button.getAttribute('aria-current'))).to.deep.equal([null, 'true', null, null]);
    await expect(element).to.be.accessible();
  });

  it('opens, chooses and closes by keyboard, with the focus back on its summary, and says so with change', async () => {
    const { element, details, summary, buttons, focused } = await setup();
    const changes: string[] = [];
    element.addEventListener('change', () => changes.push(element.value));
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(buttons()[2]);
    await sendKeys({ press: 'Enter' });
    expect(changes).to.deep.equal(['ar']);
    expect(details.open).to.equal(false);
    expect(focused()).to.equal(summary);
  });

  it('closes with Escape, and fires nothing for the language already shown', async () => {
    const { element, details, summary, buttons, focused } = await setup();
    let changed = false;
    element.addEventListener('change', () => (changed = true));
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
    expect(focused()).to.equal(summary);
    details.open = true;
    buttons()[0]!.click();
    expect(changed).to.equal(false);
  });
});
