// Defines <civic-slot-picker>.
import { defineElement } from '../shared/define.js';
import { CivicSlotPicker } from './civic-slot-picker.js';

defineElement('civic-slot-picker', CivicSlotPicker);

declare global {
  interface HTMLElementTagNameMap {
    'civic-slot-picker': CivicSlotPicker;
  }
}
