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
