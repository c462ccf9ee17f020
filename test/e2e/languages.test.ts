import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { useMockProtocol } from '../support/protocol-fixture.js';
import { bookOnPage, openPage, removePages } from '../support/iframe-page.js';
import { BookingWidgetPage } from '../page-objects/booking-widget-page.js';

// The built bundle on a page in Arabic: the language's chunk is fetched beside the script, and when it cannot
// be (offline, missing, refused), the widget still works, in German.

const mock = useMockProtocol();
const languageChunks = (window: Window) =>
  window.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /civic-booking-lang-\w+-[\w-]+\.js$/.test(name));

describe('the script-tag bundle in other languages', () => {
  afterEach(removePages);

  it('fetches only the language of the page, beside the script, and runs it right to left', async () => {
    const opened = await openPage('/test/e2e/fixtures/arabic.html');
    const page = new BookingWidgetPage(opened.widget());
    await page.waitForHeading('ما نوع معاملتك؟');
    const chunks = languageChunks(opened.window);
    expect(chunks).to.have.length(1);
    expect(new URL(chunks[0]!).pathname).to.match(/^\/dist\/civic-booking-lang-ar-[\w-]+\.js$/);
    expect(page.root.querySelector('section')!.getAttribute('dir')).to.equal('rtl');
    expect(opened.errors).to.deep.equal([]);
  });

  it('books in German when the language cannot be fetched, and says why on the console', async () => {
    let refused = 0;
    mock.worker.use(
      http.get(/\/dist\/civic-booking-lang-fa-[\w-]+\.js$/, () => {
        refused += 1;
        return new HttpResponse(null, { status: 404 });
      }),
    );
    // Persian, whose chunk no other test of the bundle fetches: a cached chunk would not ask the network again.
    const opened = await openPage('/test/e2e/fixtures/persian.html');
    opened.widget().now = mock.clock.now;
    const page = new BookingWidgetPage(opened.widget());
    await page.waitFor(() => page.heading() !== '', 'a heading');
    expect(refused, 'the chunk was refused').to.be.greaterThan(0);
    // The catalog, asked for in Persian beside the chunk, comes again in German.
    await page.waitFor(() => page.concerns().has('Aufenthaltserlaubnis verlängern'), 'the catalog in German');
    await bookOnPage(page);
    await page.waitFor(() => /MS-\w+/.test(page.details()), 'the booking reference');
    expect(page.root.querySelector('section')!.hasAttribute('dir')).to.equal(false);
    expect(opened.errors).to.deep.equal([]);
    expect(opened.warnings.some((line) => /^civic-booking: could not load the texts of "fa"/.test(line))).to.equal(
      true,
    );
  });
});
