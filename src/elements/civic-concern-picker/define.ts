// Defines <civic-concern-picker>.
import { defineElement } from '../shared/define.js';
import { CivicConcernPicker } from './civic-concern-picker.js';

defineElement('civic-concern-picker', CivicConcernPicker);

declare global {
  interface HTMLElementTagNameMap {
    'civic-concern-picker': CivicConcernPicker;
  }
}
