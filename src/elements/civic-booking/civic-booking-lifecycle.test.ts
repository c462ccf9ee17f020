import { expect, html } from '@open-wc/testing';
import { delay, http } from 'msw';
import { RestAdapter } from '../../adapters/rest/rest-adapter.js';
import '../../define.js';
import { api, requestTimes, toContact, toTimes, useMockProtocol } from '../../../test/support/protocol-fixture.js';

// A widget taken off the page (a single-page application's route change) stops what it runs and gives its
// hold back; put back, it goes on where the citizen was. Moved on the page, it keeps its hold.

const mock = useMockProtocol();
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('<civic-booking> leaving the page', () => {
  it('gives the hold back and stops renewing it; put back, holds the time again with everything typed kept', async () => {
    const { element, page } = await mock.widget();
    await toContact(page);
    page.contact().fill('name', 'Ada Yılmaz');
    const hold = mock.recorded.find((request) => request.path === '/api/v1/holds' && request.method === 'POST')!;
    expect(hold).not.to.equal(undefined);
    const parent = element.parentElement!;
    element.remove();
    await nextTask();
    await page.waitFor(
      () => mock.requests.some((request) => request.startsWith('DELETE /api/v1/holds/')),
      'the DELETE',
    );
    // Past the hold's end nothing renews it: the timer has stopped.
    const before = mock.requests.length;
    mock.clock.advance(11 * 60);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mock.requests.slice(before)).to.deep.equal([]);

    mock.clock.advance(-11 * 60);
    parent.append(element);
    await page.waitFor(
      () => mock.requests.filter((request) => request === 'POST /api/v1/holds').length === 2,
      'the time held again',
    );
    await page.waitFor(() => page.text().includes('Für Sie reserviert bis'), 'the hold shown');
    expect(page.heading()).to.equal('Ihre Kontaktdaten');
    expect(page.contact().input('name')!.value).to.equal('Ada Yılmaz');
  });

  it('aborts the requests still running', async () => {
    mock.worker.use(http.get(`${api}/availability`, () => delay(400).then(() => undefined)));
    const requests: { url: string; signal: AbortSignal }[] = [];
    const adapter = new RestAdapter({
      baseUrl: api,
      fetch: (input, init) => {
        requests.push({ url: String(input), signal: init!.signal! });
        return fetch(input, init);
      },
    });
    const { element, page } = await mock.widget(html`<civic-booking .adapter=${adapter}></civic-booking>`);
    await requestTimes(page);
    await page.waitFor(() => requests.some((request) => request.url.includes('/availability')), 'the times asked for');
    element.remove();
    await nextTask();
    const availability = requests.find((request) => request.url.includes('/availability'))!;
    expect(availability.signal.aborted).to.equal(true);
  });

  it('keeps its hold when the page only moves it', async () => {
    const { element, page } = await mock.widget();
    await toContact(page);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(element);
    await nextTask();
    await nextTask();
    expect(mock.requests.filter((request) => request.startsWith('DELETE /api/v1/holds/'))).to.deep.equal([]);
    expect(page.text()).to.contain('Für Sie reserviert bis');
    other.remove();
  });

  it('goes on loading the times when it comes back on the time step', async () => {
    const { element, page } = await mock.widget();
    await toTimes(page);
    const parent = element.parentElement!;
    element.remove();
    await nextTask();
    parent.append(element);
    await page.waitFor(() => page.slots().buttons().length > 0, 'the times');
  });
});
