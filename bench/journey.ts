/**
 * The page a measured booking runs on (scripts/journey.mjs drives it): a mocked backend in a Service Worker,
 * then the built script-tag bundle and `<civic-booking>`, as a CMS page pastes them. Query: `backend` (`rest`
 * or `zms`), `generation` (`current` or `legacy`, for ZMS), `lang`, `latency` (milliseconds each API answer
 * takes, as on a phone's network).
 */
import { delay, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { DemoBackend } from '../src/adapters/demo/demo-backend.js';
import { createProtocolHandlers } from '../src/mocks/protocol-handlers.js';
import { createZmsHandlers } from '../src/mocks/zms/zms-handlers.js';

const params = new URLSearchParams(location.search);
const zms = params.get('backend') === 'zms';
const latency = Number(params.get('latency') ?? 0);
const api = zms ? '/buergeransicht/api/citizen' : '/api/v1';
const baseUrl = `${location.origin}${api}`;
const handlers = zms
  ? createZmsHandlers({ baseUrl, generation: params.get('generation') === 'legacy' ? 'legacy' : 'current' })
  : createProtocolHandlers({ baseUrl, backend: new DemoBackend() });
// Answers nothing itself: every API request waits, then goes on to the mocked backend.
const slowNetwork = http.all(`${baseUrl}/*`, () => delay(latency).then(() => undefined));

await setupWorker(...(latency ? [slowNetwork] : []), ...handlers).start({
  quiet: true,
  onUnhandledRequest: 'bypass',
  serviceWorker: { url: '/mockServiceWorker.js' },
});

document.documentElement.lang = params.get('lang') ?? 'de';
const widget = document.createElement('civic-booking');
widget.setAttribute('api', api);
if (zms) widget.setAttribute('backend', 'zms');
document.body.append(widget);
const script = document.createElement('script');
script.type = 'module';
script.src = '/dist/civic-booking.js';

/**
 * When things happened, in milliseconds from the script tag: the first step shown, the first click on it
 * (choosing the service) and the first time shown; read by the driver at the end.
 */
const marks: { firstStep?: number; chosen?: number; firstTime?: number } = {};
(window as unknown as { journeyMarks: typeof marks }).journeyMarks = marks;
const start = performance.now();
const shown = (element: string, selector: string) =>
  widget.shadowRoot?.querySelector(element)?.shadowRoot?.querySelector(selector) != null;
const watch = () => {
  if (marks.firstStep === undefined && shown('civic-concern-picker', 'input[type="checkbox"]'))
    marks.firstStep = performance.now() - start;
  if (marks.firstTime === undefined && shown('civic-slot-picker', 'button'))
    marks.firstTime = performance.now() - start;
  if (marks.firstTime === undefined) requestAnimationFrame(watch);
};
document.addEventListener(
  'click',
  () => {
    if (marks.firstStep !== undefined) marks.chosen ??= performance.now() - start;
  },
  { capture: true },
);
watch();
document.head.append(script);
