// Defines <civic-location-picker>.
import { defineElement } from '../shared/define.js';
import { CivicLocationPicker } from './civic-location-picker.js';

defineElement('civic-location-picker', CivicLocationPicker);

declare global {
  interface HTMLElementTagNameMap {
    'civic-location-picker': CivicLocationPicker;
  }
}
