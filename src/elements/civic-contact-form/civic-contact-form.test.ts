// Over 350 lines on purpose: one test file per unit, its contracts in describe blocks, as the unit has them.
import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContactFormPage } from '../../../test/page-objects/contact-form-page.js';
import type { ContactRules } from '../../domain/types.js';
import { defineElement } from '../shared/define.js';
import { CivicContactForm, emptyContactDraft, type ContactDraft } from './civic-contact-form.js';
import { isEmailAddress, isPhoneNumber, validateContact } from './contact-validation.js';

defineElement('civic-contact-form', CivicContactForm);

const emailRequired: ContactRules = { email: 'required', phone: 'optional' };

async function setup(
  options: { rules?: ContactRules; lang?: string; privacyUrl?: string | null; value?: ContactDraft } = {},
) {
  const element = await fixture<CivicContactForm>(html`
    <civic-contact-form
      lang=${options.lang ?? 'en'}
      .rules=${options.rules ?? emailRequired}
      .value=${options.value ?? emptyContactDraft()}
      privacy-url=${options.privacyUrl ?? 'https://www.example.org/datenschutz'}
    ></civic-contact-form>
  `);
  return { element, page: new ContactFormPage(element) };
}

const valid: ContactDraft = { name: 'Amina Yusuf', email: 'amina@example.org', phone: '', consent: true };

/** Counts events of a type on an element until the returned function is called. */
function count(target: EventTarget, type: string): () => number {
  let seen = 0;
  const listener = () => (seen += 1);
  target.addEventListener(type, listener);
  return () => {
    target.removeEventListener(type, listener);
    return seen;
  };
}

describe('civic-contact-form', () => {
  describe('structure', () => {
    it('asks for name, e-mail and phone with labels, types and autocomplete tokens', async () => {
      const { page } = await setup();
      expect(page.label('name')).to.equal('Full name *');
      expect(page.label('email')).to.equal('E-mail *');
      expect(page.label('phone')).to.equal('Phone (optional)');
      expect(page.input('name')!.autocomplete).to.equal('name');
      expect(page.input('email')!.autocomplete).to.equal('email');
      expect(page.input('phone')!.autocomplete).to.equal('tel');
      expect(page.input('email')!.type).to.equal('email');
      expect(page.input('phone')!.type).to.equal('tel');
      expect(page.input('email')!.inputMode).to.equal('email');
      expect(page.input('phone')!.inputMode).to.equal('tel');
      expect(page.input('email')!.spellcheck).to.equal(false);
    });

    it('marks required fields as required and explains the mark', async () => {
      const { page } = await setup();
      expect(page.input('name')!.required).to.equal(true);
      expect(page.input('email')!.required).to.equal(true);
      expect(page.input('phone')!.required).to.equal(false);
      expect(page.input('consent')!.required).to.equal(true);
      expect(page.hint).to.equal('Fields marked * are required.');
      expect(page.form.noValidate).to.equal(true);
    });

    it('leaves out hidden fields and marks the optional ones', async () => {
      const { page } = await setup({ rules: { email: 'optional', phone: 'hidden' } });
      expect(page.input('phone')).to.equal(null);
      expect(page.label('email')).to.equal('E-mail (optional)');
      expect(page.input('email')!.required).to.equal(false);
    });

    it('asks for the phone as required when the catalog says so', async () => {
      const { page } = await setup({ rules: { email: 'hidden', phone: 'required' } });
      expect(page.input('email')).to.equal(null);
      expect(page.input('phone')!.required).to.equal(true);
      expect(page.label('phone')).to.equal('Phone *');
    });

    it('links the privacy policy in a new window, safely', async () => {
      const { page } = await setup();
      const link = page.privacyLink!;
      expect(link.textContent!.trim()).to.equal('Privacy policy (opens in a new window)');
      expect(link.href).to.equal('https://www.example.org/datenschutz');
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    });

    it('shows no link for a privacy address that is not http(s)', async () => {
      const { page } = await setup({ privacyUrl: 'javascript:alert(1)' });
      expect(page.privacyLink).to.equal(null);
    });

    it('shows slotted content, such as the hold countdown, after the fields', async () => {
      const element = await fixture<CivicContactForm>(html`
        <civic-contact-form lang="en"><p slot="hold">Held for 9:59</p></civic-contact-form>
      `);
      const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="hold"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Held for 9:59');
      const consent = element.shadowRoot!.querySelector('[part~="consent"]')!;
      expect(consent.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });
  });

  describe('public API', () => {
    it('shows a draft set from outside in the fields', async () => {
      const { page } = await setup({ value: { ...valid, phone: '0251 123456' } });
      expect(page.input('name')!.value).to.equal('Amina Yusuf');
      expect(page.input('email')!.value).to.equal('amina@example.org');
      expect(page.input('phone')!.value).to.equal('0251 123456');
      expect(page.input('consent')!.checked).to.equal(true);
    });

    it('shows a draft set from outside over what the citizen typed', async () => {
      const { element, page } = await setup();
      page.fill('name', 'Amina');
      page.toggleConsent();
      await elementUpdated(element);
      element.value = { name: '', email: '', phone: '', consent: false };
      await elementUpdated(element);
      expect(page.input('name')!.value).to.equal('');
      expect(page.input('consent')!.checked).to.equal(false);
    });

    it('keeps value up to date as the citizen types', async () => {
      const { element, page } = await setup();
      page.fill('name', 'Amina');
      page.toggleConsent();
      expect(element.value).to.deep.equal({ name: 'Amina', email: '', phone: '', consent: true });
    });

    it('requestSubmit() returns false on an invalid form and true on a valid one', async () => {
      const { element } = await setup();
      expect(element.requestSubmit()).to.equal(false);
      element.value = valid;
      expect(element.requestSubmit()).to.equal(true);
    });

    it('focus() moves focus to the name field', async () => {
      const { element, page } = await setup();
      element.focus();
      expect(page.focused).to.equal(page.input('name'));
    });

    it('disables every field while disabled, keeping what was typed', async () => {
      const { element, page } = await setup({ value: valid });
      element.disabled = true;
      await element.updateComplete;
      expect(page.input('name')!.disabled).to.equal(true);
      expect(page.input('consent')!.disabled).to.equal(true);
      expect(page.input('name')!.value).to.equal('Amina Yusuf');
      element.disabled = false;
      await element.updateComplete;
      expect(page.input('name')!.disabled).to.equal(false);
      expect(page.input('email')!.value).to.equal('amina@example.org');
    });
  });

  describe('validation', () => {
    it('shows no error before the first submit, even for wrong input', async () => {
      const { element, page } = await setup();
      page.fill('email', 'not-an-address');
      await element.updateComplete;
      expect(page.errors).to.deep.equal([]);
      expect(page.input('email')!.hasAttribute('aria-invalid')).to.equal(false);
    });

    it('shows each error below its field, linked and marked invalid, and focuses the first', async () => {
      const { element, page } = await setup();
      page.fill('name', 'Amina');
      page.fill('email', 'amina@');
      element.requestSubmit();
      await element.updateComplete;
      expect(page.error('name')).to.equal(null);
      expect(page.error('email')).to.equal(
        'After the @, the full domain with a dot is missing, for example @example.org. Please check the address.',
      );
      expect(page.error('phone')).to.equal(null);
      expect(page.error('consent')).to.equal('Please agree so that we can arrange your appointment.');
      expect(page.input('email')!.getAttribute('aria-invalid')).to.equal('true');
      expect(page.input('consent')!.getAttribute('aria-invalid')).to.equal('true');
      expect(page.input('name')!.hasAttribute('aria-invalid')).to.equal(false);
      expect(page.focused).to.equal(page.input('email'));
    });

    it('asks to fill in an empty required field, and treats blanks as empty', async () => {
      const { element, page } = await setup();
      page.fill('name', '   ');
      element.requestSubmit();
      await element.updateComplete;
      expect(page.error('name')).to.equal('Please fill in this field.');
      expect(page.error('email')).to.equal('Please fill in this field.');
      expect(page.focused).to.equal(page.input('name'));
    });

    it('updates the errors as the citizen fixes them, after the first submit', async () => {
      const { element, page } = await setup();
      element.requestSubmit();
      await element.updateComplete;
      expect(page.errors).to.have.length(3);
      page.fill('name', 'Amina');
      await element.updateComplete;
      expect(page.error('name')).to.equal(null);
      page.fill('email', 'amina@example.org');
      await element.updateComplete;
      expect(page.error('email')).to.equal(null);
      page.fill('email', 'amina.example.org');
      await element.updateComplete;
      expect(page.error('email')).to.equal(
        'The e-mail address has no @. Please enter it in full, for example name@example.org.',
      );
    });

    it('refuses an address without a domain with a dot, which backends refuse, and says what is missing', async () => {
      const { element, page } = await setup({ value: { ...valid, email: 'a@b' } });
      element.requestSubmit();
      await element.updateComplete;
      expect(page.error('email')).to.contain('After the @, the full domain with a dot is missing');
      page.fill('email', 'a b@example.org');
      await element.updateComplete;
      expect(page.error('email')).to.equal(
        'This is not a valid e-mail address. Please check it, for example name@example.org.',
      );
      for (const address of ['a@b', 'a@b.', 'name@localhost', 'a@@b.org', '']) {
        expect(isEmailAddress(address), address).to.equal(false);
      }
      for (const address of ['a@b.de', 'amina.yusuf+termine@stadt.example.org', 'x@sub.domain.museum']) {
        expect(isEmailAddress(address), address).to.equal(true);
      }
    });

    it('takes phone numbers as people write them, 7 to 15 digits, and says what is wrong', async () => {
      const { element, page } = await setup({ value: { ...valid, phone: '0251 ABC' } });
      element.requestSubmit();
      await element.updateComplete;
      expect(page.error('phone')).to.equal(
        'The phone number may contain only digits, spaces and the characters + - / ( ), for example +49 251 492-0.',
      );
      page.fill('phone', '0251 49');
      await element.updateComplete;
      expect(page.error('phone')).to.equal(
        'The phone number needs 7 to 15 digits, for example +49 251 492-0 or 0176 1234567.',
      );
      for (const number of ['+49 251 492-0', '(0251) 4920', '0176/1234567', '+49 (251) 123-4567', '0251.4920 0']) {
        expect(isPhoneNumber(number), number).to.equal(true);
      }
      for (const number of ['123456', '1'.repeat(16), '0251 49 20 x', '49+251 4920', 'Tel. 0251 4920']) {
        expect(isPhoneNumber(number), number).to.equal(false);
      }
    });

    it('never loses what was typed: not on a failed submit, a rules change, server errors or a language change', async () => {
      const { element, page } = await setup();
      page.fill('name', 'Amina');
      page.fill('email', 'amina@');
      page.fill('phone', '0251 123456');
      element.requestSubmit();
      await element.updateComplete;
      element.fieldErrors = [{ field: 'contact.phone', code: 'invalid' }];
      element.rules = { email: 'required', phone: 'hidden' };
      element.setAttribute('lang', 'de');
      await element.updateComplete;
      element.rules = emailRequired;
      await element.updateComplete;
      expect(page.input('name')!.value).to.equal('Amina');
      expect(page.input('email')!.value).to.equal('amina@');
      expect(page.input('phone')!.value).to.equal('0251 123456');
      expect(element.value.phone).to.equal('0251 123456');
    });

    it('shows the backend’s refusals at their fields until the field is changed', async () => {
      const { element, page } = await setup({ value: valid });
      element.fieldErrors = [
        { field: 'contact.email', code: 'invalid' },
        { field: 'contact.name', code: 'too-long' },
      ];
      await element.updateComplete;
      expect(page.error('name')).to.equal('Please check this field.');
      expect(page.error('email')).to.equal(
        'This is not a valid e-mail address. Please check it, for example name@example.org.',
      );
      expect(page.input('email')!.getAttribute('aria-invalid')).to.equal('true');
      element.focus();
      expect(page.focused).to.equal(page.input('name'));
      page.fill('email', 'amina.yusuf@example.org');
      await element.updateComplete;
      expect(page.error('email')).to.equal(null);
      expect(page.error('name')).to.equal('Please check this field.');
    });

    it('validates drafts the same way without rendering', () => {
      expect(validateContact(valid, emailRequired)).to.deep.equal({});
      expect(validateContact({ ...valid, email: '' }, { email: 'optional', phone: 'optional' })).to.deep.equal({});
      expect(validateContact({ ...valid, email: 'x' }, { email: 'hidden', phone: 'hidden' })).to.deep.equal({});
    });
  });

  describe('keyboard', () => {
    it('tabs through name, e-mail, phone, consent and the privacy link in order', async () => {
      const { element, page } = await setup();
      element.focus();
      const order = [page.focused];
      for (let step = 0; step < 4; step += 1) {
        await sendKeys({ press: 'Tab' });
        order.push(page.focused);
      }
      expect(order).to.deep.equal([
        page.input('name'),
        page.input('email'),
        page.input('phone'),
        page.input('consent'),
        page.privacyLink,
      ]);
    });

    it('takes real typing and ticks the consent with Space', async () => {
      const { element, page } = await setup();
      element.focus();
      await sendKeys({ type: 'Amina Yusuf' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'amina@example.org' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(element.value).to.deep.equal({ ...valid });
      expect(page.input('consent')!.checked).to.equal(true);
    });

    it('keeps the letters in the order typed after a space that the e-mail field leaves out of its value', async () => {
      const { element, page } = await setup();
      page.input('email')!.focus();
      await sendKeys({ type: ' anna@example.org' });
      await element.updateComplete;
      expect(page.input('email')!.value).to.equal('anna@example.org');
      expect(element.value.email).to.equal('anna@example.org');
    });

    it('shows what a page keeps of a phone number when it corrects the value on input', async () => {
      const { element, page } = await setup();
      element.addEventListener('input', () => {
        element.value = { ...element.value, phone: element.value.phone.replace(/[^\d ]/g, '') };
      });
      page.input('phone')!.focus();
      await sendKeys({ type: '12x' });
      await element.updateComplete;
      expect(page.input('phone')!.value).to.equal('12');
    });

    it('submits with Enter in a field', async () => {
      const { element } = await setup({ value: valid });
      element.focus();
      const submitted = oneEvent(element, 'civic-submit');
      await sendKeys({ press: 'Enter' });
      const event = await submitted;
      expect(event.detail.contact).to.deep.equal({ name: 'Amina Yusuf', email: 'amina@example.org' });
    });

    it('shows the errors and focuses the first invalid field on Enter in an invalid form', async () => {
      const { element, page } = await setup({ value: { ...valid, email: '' } });
      element.focus();
      const submits = count(element, 'civic-submit');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(submits()).to.equal(0);
      expect(page.focused).to.equal(page.input('email'));
      expect(page.error('email')).to.equal('Please fill in this field.');
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed input event per keystroke with value already updated', async () => {
      const { element } = await setup();
      const seen: string[] = [];
      const listener = (event: Event) => {
        expect(event.bubbles && event.composed).to.equal(true);
        seen.push((event.target as CivicContactForm).value.name);
      };
      document.addEventListener('input', listener);
      element.focus();
      await sendKeys({ type: 'Ali' });
      document.removeEventListener('input', listener);
      expect(seen).to.deep.equal(['A', 'Al', 'Ali']);
    });

    it('fires input once when the consent is ticked', async () => {
      const { element, page } = await setup();
      const inputs = count(element, 'input');
      page.toggleConsent();
      expect(inputs()).to.equal(1);
    });

    it('sends the contact trimmed, without empty optional and hidden fields', async () => {
      const { element } = await setup({
        rules: { email: 'optional', phone: 'hidden' },
        value: { name: '  Amina Yusuf ', email: '  ', phone: '0251 123456', consent: true },
      });
      const submitted = oneEvent(element, 'civic-submit');
      element.requestSubmit();
      const event = await submitted;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.contact).to.deep.equal({ name: 'Amina Yusuf' });
    });

    it('sends a filled optional phone', async () => {
      const { element } = await setup({ value: { ...valid, phone: ' +49 251 123456 ' } });
      const submitted = oneEvent(element, 'civic-submit');
      element.requestSubmit();
      expect((await submitted).detail.contact).to.deep.equal({
        name: 'Amina Yusuf',
        email: 'amina@example.org',
        phone: '+49 251 123456',
      });
    });

    it('fires nothing when properties are set', async () => {
      const { element } = await setup();
      const inputs = count(element, 'input');
      const submits = count(element, 'civic-submit');
      element.value = valid;
      element.rules = { email: 'optional', phone: 'required' };
      element.fieldErrors = [{ field: 'contact.email', code: 'invalid' }];
      await element.updateComplete;
      await aTimeout(0);
      expect(inputs()).to.equal(0);
      expect(submits()).to.equal(0);
    });
  });

  describe('localization', () => {
    it('speaks German', async () => {
      const { element, page } = await setup({ lang: 'de' });
      expect(page.label('name')).to.equal('Vor- und Nachname *');
      expect(page.label('phone')).to.equal('Telefon (optional)');
      expect(page.privacyLink!.textContent!.trim()).to.equal('Datenschutzerklärung (öffnet in neuem Fenster)');
      element.requestSubmit();
      await element.updateComplete;
      expect(page.error('name')).to.equal('Bitte füllen Sie dieses Feld aus.');
    });

    it('shows the symbols and examples of an error in a right-to-left language in the order they are written', async () => {
      for (const lang of ['ar', 'fa']) {
        const element = await fixture<CivicContactForm>(html`
          <div dir="rtl">
            <civic-contact-form
              lang=${lang}
              .rules=${emailRequired}
              .value=${{ ...valid, phone: '0251 ABC' }}
            ></civic-contact-form>
          </div>
        `).then((wrapper) => wrapper.querySelector('civic-contact-form')!);
        const page = new ContactFormPage(element);
        element.requestSubmit();
        await element.updateComplete;
        const id = page.input('phone')!.getAttribute('aria-describedby')!.split(' ')[0]!;
        const text = [...page.root.getElementById(id)!.childNodes].find(
          (node): node is Text => node instanceof Text && node.data.includes('+'),
        )!;
        /** Where on screen the character at `index` of the error text is drawn, from the left. */
        const leftOf = (index: number) => {
          const range = document.createRange();
          range.setStart(text, index);
          range.setEnd(text, index + 1);
          return range.getBoundingClientRect().left;
        };
        const symbols = text.data.indexOf('+ - / ( )');
        expect(leftOf(symbols), `${lang}: + left of )`).to.be.below(leftOf(symbols + 8));
        const example = text.data.indexOf('+49 251 492-0');
        expect(leftOf(example), `${lang}: +49 reads left to right`).to.be.below(leftOf(example + 12));
      }
    });

    it('follows a language change', async () => {
      const { element, page } = await setup({ lang: 'de' });
      element.setAttribute('lang', 'en');
      await aTimeout(0);
      await element.updateComplete;
      expect(page.label('name')).to.equal('Full name *');
    });
  });

  describe('accessibility', () => {
    it('passes axe when empty', async () => {
      const { element } = await setup();
      await expect(element).to.be.accessible();
    });

    it('passes axe with errors shown', async () => {
      const { element } = await setup({ value: { ...emptyContactDraft(), email: 'x@', phone: 'abc' } });
      element.requestSubmit();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('passes axe with server errors, disabled, and without a privacy link', async () => {
      const { element } = await setup({ privacyUrl: 'ftp://example.org', value: valid });
      element.fieldErrors = [{ field: 'contact.email', code: 'invalid' }];
      element.disabled = true;
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  });
});
