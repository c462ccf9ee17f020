import { expect } from '@open-wc/testing';
import { useMockProtocol } from '../support/protocol-fixture.js';
import { bookOnPage, openPage, removePages } from '../support/iframe-page.js';
import { BookingWidgetPage } from '../page-objects/booking-widget-page.js';

// An office that asks for a captcha, on a hostile page: the built bundle loads the captcha's chunk only then,
// and books under a strict Content Security Policy whose Trusted Types allow no policy but `lit-html` (Lit's)
// and `civic-booking`: no second framework's policy is needed.

const mock = useMockProtocol({ captcha: true });

describe('the script-tag bundle, for an office that asks for a captcha', () => {
  afterEach(removePages);

  it('solves the captcha and books on a hostile page, with no violation and no error', async () => {
    const opened = await openPage('/test/e2e/fixtures/hostile-captcha.html');
    opened.widget().now = mock.clock.now;
    const page = new BookingWidgetPage(opened.widget());
    await bookOnPage(page);
    await page.waitFor(() => /MS-\w+/.test(page.details()), 'the booking reference');
    expect(mock.captcha!.accepted).to.equal(1);
    const scripts = opened.window.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(scripts.filter((name) => /civic-booking-captcha-[\w-]+\.js$/.test(name))).to.have.length(1);
    expect(opened.violations).to.deep.equal([]);
    expect(opened.errors).to.deep.equal([]);
    // Nothing of it stays behind in the browser.
    expect(opened.window.document.cookie).to.equal('');
    expect(opened.window.localStorage.length + opened.window.sessionStorage.length).to.equal(0);
  });
});
