// Defines <civic-calendar>.
import { defineElement } from '../shared/define.js';
import { CivicCalendar } from './civic-calendar.js';

defineElement('civic-calendar', CivicCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'civic-calendar': CivicCalendar;
  }
}
