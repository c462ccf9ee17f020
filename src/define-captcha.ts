// Loaded by <civic-booking> only when the backend asks for a captcha.
import { CivicCaptcha } from './elements/civic-captcha/civic-captcha.js';
import { defineElement } from './elements/shared/define.js';

defineElement('civic-captcha', CivicCaptcha);
