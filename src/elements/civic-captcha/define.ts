// Defines <civic-captcha>.
import { defineElement } from '../shared/define.js';
import { CivicCaptcha } from './civic-captcha.js';

defineElement('civic-captcha', CivicCaptcha);

declare global {
  interface HTMLElementTagNameMap {
    'civic-captcha': CivicCaptcha;
  }
}
