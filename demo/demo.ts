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
// The page is in English; the widget speaks German until another language is chosen.
widget.setAttribute('lang', 'de');
slot.append(widget);

const events = ['civic-step-change', 'civic-booked', 'civic-cancelled', 'civic-error', 'civic-language-change'];
for (const name of events) {
  widget.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify((event as CustomEvent).detail)}`;
    log.prepend(item);
  });
}

// The widget's own switch sets its `lang`; the page's choice follows it.
widget.addEventListener('civic-language-change', (event) => {
  settings.querySelector('select')!.value = (event as CustomEvent<{ lang: string }>).detail.lang;
});

settings.addEventListener('change', () => {
  const data = new FormData(settings);
  const backend = String(data.get('backend'));
  // The same office once more, asking for a captcha before it holds a time.
  widget.setAttribute('api', backend === 'rest-captcha' ? captchaApi : api);
  widget.setAttribute('backend', backend === 'demo' ? 'demo' : 'rest');
  widget.setAttribute('lang', String(data.get('lang')));
});
