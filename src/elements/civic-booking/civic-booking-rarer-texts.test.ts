import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../define.js';
import { hasMoreMessages } from '../../i18n/localization.js';
import { api, problem, toTimes, useMockProtocol } from '../../../test/support/protocol-fixture.js';

// The texts of the rarer paths arrive only when one is shown. A file of its own: its page has loaded none of
// them before its test.

const mock = useMockProtocol();
// The test runner's own modules fill the default buffer of 250 entries.
performance.setResourceTimingBufferSize(5000);

const rarerTexts = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/i18n/languages/more/'));

describe('<civic-booking> and the texts of the rarer paths', () => {
  it('shows the times without them, and fetches them to tell a refusal in its own words', async () => {
    const { page } = await mock.widget();
    await toTimes(page);
    expect(hasMoreMessages('de')).to.equal(false);
    expect(rarerTexts()).to.deep.equal([]);
    mock.worker.use(http.post(`${api}/holds`, () => problem(409, 'slot-taken'), { once: true }));
    page.slots().buttons()[0]!.click();
    await page.waitFor(() => page.error() !== '', 'an error');
    expect(page.error()).to.contain('Diese Zeit wurde leider gerade vergeben.');
    expect(page.root.activeElement).to.equal(page.errorElement());
    expect(hasMoreMessages('de')).to.equal(true);
    expect(rarerTexts().map((name) => new URL(name).pathname)).to.deep.equal(['/src/i18n/languages/more/de.ts']);
  });
});
