import '../src/index.js';
import { startMockBackend } from '../src/mocks/browser.js';

const api = `${location.origin}/api/v1`;
const settings = document.querySelector<HTMLFormElement>('.settings')!;
const slot = document.querySelector('#widget-slot')!;
const log = document.querySelector('#events')!;

await startMockBackend({ baseUrl: api });

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
  widget.setAttribute('backend', String(data.get('backend')));
  document.documentElement.lang = String(data.get('lang'));
});
