import '../src/index.js';
import { startMockBackend } from '../src/mocks/browser.js';

const api = `${location.origin}/api/v1`;
const captchaApi = `${location.origin}/api/captcha/v1`;
const settings = document.querySelector<HTMLFormElement>('.settings')!;
const slot = document.querySelector('#widget-slot')!;
const log = document.querySelector('#events')!;

await startMockBackend({ baseUrl: api, captchaBaseUrl: captchaApi });

const widget = document.createElement('civic-booking');
widget.setAttribute('api', api);
widget.setAttribute('privacy-url', 'https://www.example.org/datenschutz');
slot.append(widget);

for (const name of ['civic-step-change', 'civic-booked', 'civic-cancelled', 'civic-error'] as const) {
  widget.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
  });
}

settings.addEventListener('change', () => {
  const data = new FormData(settings);
  const backend = String(data.get('backend'));
  // The same office once more, asking for a captcha before it holds a time.
  widget.setAttribute('api', backend === 'rest-captcha' ? captchaApi : api);
  widget.setAttribute('backend', backend === 'demo' ? 'demo' : 'rest');
  document.documentElement.lang = String(data.get('lang'));
});
