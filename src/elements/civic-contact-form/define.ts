// Defines <civic-contact-form>.
import { defineElement } from '../shared/define.js';
import { CivicContactForm } from './civic-contact-form.js';

defineElement('civic-contact-form', CivicContactForm);

declare global {
  interface HTMLElementTagNameMap {
    'civic-contact-form': CivicContactForm;
  }
}
