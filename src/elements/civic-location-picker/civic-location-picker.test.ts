import { aTimeout, elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Location } from '../../domain/types.js';
import { defineElement } from '../shared/define.js';
import { ANY_LOCATION, CivicLocationPicker } from './civic-location-picker.js';
import { LocationPickerPage } from '../../../test/page-objects/location-picker-page.js';

defineElement('civic-location-picker', CivicLocationPicker);

const stadthaus: Location = {
  id: 'stadthaus-2',
  name: 'Stadthaus 2',
  address: 'Ludgeriplatz 4, 48151 Musterstadt',
  timeZone: 'Europe/Berlin',
  concernIds: ['extend'],
  hint: 'Step-free entrance on the east side.',
};
const hiltrup: Location = {
  id: 'hiltrup',
  name: 'Bürgerbüro <em>Hiltrup</em>',
  address: 'Marktallee 40',
  timeZone: 'Europe/Berlin',
  concernIds: ['extend'],
};
const mobile: Location = { id: 'mobile', name: 'Mobiles Bürgerbüro', timeZone: 'Europe/Berlin', concernIds: [] };
const locations = [stadthaus, hiltrup, mobile];

const ANY_EN = 'Earliest appointment at any location';

async function render(options: { lang?: string; value?: string | null; showAny?: boolean } = {}) {
  const { lang = 'en', value = null, showAny = true } = options;
  const element = await fixture<CivicLocationPicker>(
    html`<civic-location-picker
      lang=${lang}
      .locations=${locations}
      .value=${value}
      .showAny=${showAny}
    ></civic-location-picker>`,
  );
  return { element, page: new LocationPickerPage(element) };
}

function recordChanges(element: CivicLocationPicker) {
  const events: { event: Event; value: string | null }[] = [];
  element.addEventListener('change', (event) => events.push({ event, value: element.value }));
  return events;
}

describe('<civic-location-picker>', () => {
  describe('structure', () => {
    it('is one named radio group with "any location" first, then the locations', async () => {
      const { page } = await render();
      expect(page.groupName()).to.equal('Choose a location');
      expect(page.sameGroup()).to.equal(true);
      expect(page.names()).to.deep.equal([ANY_EN, 'Stadthaus 2', 'Bürgerbüro <em>Hiltrup</em>', 'Mobiles Bürgerbüro']);
      expect(page.part('option')).to.have.length(4);
    });

    it('describes each option by its address and hint, as text', async () => {
      const { page } = await render();
      expect(page.description('Stadthaus 2')).to.equal(
        'Ludgeriplatz 4, 48151 Musterstadt Step-free entrance on the east side.',
      );
      expect(page.description('Bürgerbüro <em>Hiltrup</em>')).to.equal('Marktallee 40');
      expect(page.description('Mobiles Bürgerbüro')).to.equal('');
      expect(page.description(ANY_EN)).to.equal('We show the free times of every location that offers your concerns.');
      expect(page.part('address').map((node) => node.textContent)).to.deep.equal([
        'Ludgeriplatz 4, 48151 Musterstadt',
        'Marktallee 40',
      ]);
      expect(page.part('hint')).to.have.length(2);
      expect(page.part('option').some((option) => option.querySelector('em'))).to.equal(false);
    });

    it('leaves out "any location" when showAny is false, or with show-any="false"', async () => {
      const { page } = await render({ showAny: false });
      expect(page.names()).to.deep.equal(['Stadthaus 2', 'Bürgerbüro <em>Hiltrup</em>', 'Mobiles Bürgerbüro']);
      const element = await fixture<CivicLocationPicker>(
        html`<civic-location-picker lang="en" show-any="false" .locations=${locations}></civic-location-picker>`,
      );
      expect(new LocationPickerPage(element).names()).not.to.include(ANY_EN);
      expect(element.showAny).to.equal(false);
    });
  });

  describe('public API', () => {
    it('checks nothing without a value', async () => {
      const { page } = await render();
      expect(page.checked()).to.equal(null);
    });

    it('checks the option of the value, including ANY_LOCATION', async () => {
      expect(ANY_LOCATION).to.equal('*');
      const { element, page } = await render({ value: 'hiltrup' });
      expect(page.checked()).to.equal('Bürgerbüro <em>Hiltrup</em>');
      element.value = ANY_LOCATION;
      await elementUpdated(element);
      expect(page.checked()).to.equal(ANY_EN);
      element.value = null;
      await elementUpdated(element);
      expect(page.checked()).to.equal(null);
    });

    it('follows a value set from outside after the citizen chose another', async () => {
      const { element, page } = await render({ value: 'hiltrup' });
      page.radio('Mobiles Bürgerbüro').click();
      await elementUpdated(element);
      element.value = 'hiltrup';
      await elementUpdated(element);
      expect(page.checked()).to.equal('Bürgerbüro <em>Hiltrup</em>');
      element.value = null;
      await elementUpdated(element);
      expect(page.checked()).to.equal(null);
    });

    it('does not fire change when properties are set', async () => {
      const { element } = await render();
      const events = recordChanges(element);
      element.value = 'mobile';
      element.locations = [...locations];
      await elementUpdated(element);
      expect(events).to.have.length(0);
    });
  });

  describe('keyboard', () => {
    it('chooses with arrow keys like a native radio group', async () => {
      const { element, page } = await render({ value: ANY_LOCATION });
      const events = recordChanges(element);
      page.radio(ANY_EN).focus();
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(element);
      expect(page.checked()).to.equal('Stadthaus 2');
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(element);
      expect(element.value).to.equal('hiltrup');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await elementUpdated(element);
      expect(element.value).to.equal(ANY_LOCATION);
      expect(events.map((event) => event.value)).to.deep.equal(['stadthaus-2', 'hiltrup', 'stadthaus-2', '*']);
    });

    it('chooses the focused option with Space when nothing is chosen yet', async () => {
      const { element, page } = await render();
      const events = recordChanges(element);
      page.radio('Stadthaus 2').focus();
      await sendKeys({ press: 'Space' });
      await elementUpdated(element);
      expect(element.value).to.equal('stadthaus-2');
      expect(events).to.have.length(1);
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed change with the chosen id on a click, and no input event', async () => {
      const { element, page } = await render();
      const events = recordChanges(element);
      let inputs = 0;
      element.addEventListener('input', () => (inputs += 1));
      page.radio('Mobiles Bürgerbüro').click();
      expect(events).to.have.length(1);
      expect(events[0]!.event.bubbles).to.equal(true);
      expect(events[0]!.event.composed).to.equal(true);
      expect(events[0]!.value).to.equal('mobile');
      expect(inputs).to.equal(0);
    });
  });

  describe('localization', () => {
    it('speaks German', async () => {
      const { page } = await render({ lang: 'de' });
      expect(page.groupName()).to.equal('Standort wählen');
      expect(page.names()[0]).to.equal('Frühester Termin an einem beliebigen Standort');
      expect(page.description('Frühester Termin an einem beliebigen Standort')).to.equal(
        'Wir zeigen die freien Zeiten aller Standorte, die Ihre Anliegen anbieten.',
      );
    });

    it('follows a change of lang', async () => {
      const { element, page } = await render({ lang: 'de' });
      element.lang = 'en';
      await aTimeout(0);
      await elementUpdated(element);
      expect(page.names()[0]).to.equal(ANY_EN);
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      await render({ lang: 'de', value: 'hiltrup' });
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('accessibility', () => {
    it('passes axe with nothing chosen', async () => {
      const { element } = await render();
      await expect(element).to.be.accessible();
    });

    it('passes axe with a location chosen and without "any location"', async () => {
      const { element } = await render({ value: 'stadthaus-2', showAny: false, lang: 'de' });
      await expect(element).to.be.accessible();
    });
  });
});
