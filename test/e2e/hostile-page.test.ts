import { expect } from '@open-wc/testing';
import { useMockProtocol } from '../support/protocol-fixture.js';
import { bookOnPage, openPage, removePages } from '../support/iframe-page.js';
import { BookingWidgetPage } from '../page-objects/booking-widget-page.js';

// A page that makes every mistake at once: a strict Content Security Policy with Trusted Types enforced,
// Bootstrap plus an aggressive reset, the widget's script loaded twice, and another copy of Lit with its own
// `lit-html` policy. The widget must render and book with zero violations and zero page errors.

const mock = useMockProtocol();

describe('on a hostile page', () => {
  afterEach(removePages);

  it('renders and books under a strict CSP with Trusted Types, with no violation and no error', async () => {
    const opened = await openPage('/test/e2e/fixtures/hostile.html');
    expect('trustedTypes' in opened.window, 'Trusted Types are available').to.equal(true);
    opened.widget().now = mock.clock.now;
    const page = new BookingWidgetPage(opened.widget());
    await bookOnPage(page);
    await page.waitFor(() => /MS-\w+/.test(page.details()), 'the booking reference');
    expect(opened.violations).to.deep.equal([]);
    expect(opened.errors).to.deep.equal([]);
    // The other Lit component of the page still works.
    const other = opened.window.document.querySelector('other-lit-widget')!;
    expect(other.shadowRoot!.textContent).to.contain('Another Lit component');
  });

  it('moves the booking to another time there too: the change loads as its own chunk, with no violation', async () => {
    const opened = await openPage('/test/e2e/fixtures/hostile.html');
    opened.widget().now = mock.clock.now;
    const page = new BookingWidgetPage(opened.widget());
    await bookOnPage(page);
    const change = () => page.detailsButton('Termin verschieben');
    await page.waitFor(() => !!change(), 'the change button');
    change()!.click();
    await page.waitForHeading('Neue Zeit wählen');
    await page.waitFor(() => page.slots().buttons().length > 1, 'free times');
    page.slots().buttons()[1]!.click();
    await page.waitForHeading('Änderung prüfen');
    page.button('Termin verbindlich verschieben').click();
    await page.waitForHeading('Ihr Termin ist verschoben');
    const scripts = opened.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js'));
    expect(scripts.some((path) => /\/dist\/civic-booking-rescheduling-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(mock.requests.filter((request) => request.endsWith('/reschedule'))).to.have.length(1);
    expect(opened.violations).to.deep.equal([]);
    expect(opened.errors).to.deep.equal([]);
  });

  it('keeps its own look whatever the page styles', async () => {
    const opened = await openPage('/test/e2e/fixtures/hostile.html');
    const page = new BookingWidgetPage(opened.widget());
    await page.waitForHeading('Worum geht es?');
    const next = page.button('Weiter');
    const style = opened.window.getComputedStyle(next);
    expect(style.backgroundColor).to.equal('rgb(11, 92, 173)');
    expect(style.color).to.equal('rgb(255, 255, 255)');
    expect(style.display).not.to.equal('inline');
    const heading = opened.window.getComputedStyle(page.headingElement()!);
    expect(heading.textTransform).to.equal('none');
    expect(heading.letterSpacing).to.equal('normal');
    // Sizes follow the root font size on purpose (rem), so that the reader's text size setting applies; the
    // widget's own hierarchy stays.
    expect(Number.parseFloat(heading.fontSize)).to.be.greaterThan(Number.parseFloat(style.fontSize));
  });
});
