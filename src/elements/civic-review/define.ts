// Defines <civic-review>.
import { defineElement } from '../shared/define.js';
import { CivicReview } from './civic-review.js';

defineElement('civic-review', CivicReview);

declare global {
  interface HTMLElementTagNameMap {
    'civic-review': CivicReview;
  }
}
