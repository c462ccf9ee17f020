// Defines <civic-language-switch>.
import { defineElement } from '../shared/define.js';
import { CivicLanguageSwitch } from './civic-language-switch.js';

defineElement('civic-language-switch', CivicLanguageSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'civic-language-switch': CivicLanguageSwitch;
  }
}
