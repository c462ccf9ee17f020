import { expect } from '@open-wc/testing';
import { http } from 'msw';
import '../../define.js';
import { languages } from '../../i18n/languages.js';
import { api, problem, toTimes, useMockProtocol } from '../../../test/support/protocol-fixture.js';

// A file of its own: the texts of the rarer paths fail to load here, once and for the whole page.

const mock = useMockProtocol();

describe('<civic-booking> when the texts of the rarer paths cannot load', () => {
  it('tells a refusal in the general words and keeps working', async () => {
    const german = languages.de!;
    const load = german.load;
    german.load = () => load().then((module) => ({ ...module, more: () => Promise.reject(new Error('404')) }));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const { page } = await mock.widget();
      await toTimes(page);
      mock.worker.use(http.post(`${api}/holds`, () => problem(409, 'slot-taken'), { once: true }));
      page.slots().buttons()[0]!.click();
      await page.waitFor(() => page.error() !== '', 'an error');
      expect(page.error()).to.contain('Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.');
      expect(page.root.activeElement).to.equal(page.errorElement());
      expect(
        warnings.some((text) => text.startsWith('civic-booking: could not load the rarer texts of "de"')),
      ).to.equal(true);
      // The next time can still be held.
      await page.waitFor(() => page.slots().buttons().length > 0, 'the times again');
      page.slots().buttons()[0]!.click();
      await page.waitForHeading('Ihre Kontaktdaten');
    } finally {
      german.load = load;
      console.warn = warn;
    }
  });
});
