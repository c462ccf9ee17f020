/**
 * The Storybook CI check: every built story renders something a person can read, throws nothing, and axe
 * finds nothing in it; at 320 px nothing scrolls sideways. Needs `npm run build-storybook` first; without
 * `storybook-static/index.json` the suite fails instead of passing on nothing.
 */
import { expect } from '@open-wc/testing';
import { describeViolations, loadIndex, StoryFrame, type StoryEntry } from './story-frame.js';

let stories: StoryEntry[] = [];
let indexError: unknown = null;
try {
  stories = await loadIndex();
} catch (error) {
  indexError = error;
}

describe('Storybook', () => {
  it('has a built index with stories for every element', () => {
    if (indexError) throw indexError;
    const titles = new Set(stories.map((story) => story.title));
    for (const tag of [
      'civic-booking',
      'civic-booking-details',
      'civic-calendar',
      'civic-captcha',
      'civic-concern-picker',
      'civic-contact-form',
      'civic-location-picker',
      'civic-review',
      'civic-slot-picker',
      'civic-language-switch',
    ]) {
      expect(
        [...titles].some((title) => title.endsWith(`/${tag}`)),
        `stories for <${tag}>`,
      ).to.be.true;
    }
  });

  for (const story of stories) {
    describe(`${story.title} › ${story.name}`, () => {
      it('renders content without errors and axe finds nothing', async () => {
        const frame = await StoryFrame.open(story.id);
        try {
          expect(frame.errorDisplay, 'Storybook error display').to.equal(null);
          expect(frame.elements.length, 'civic-* elements in the story').to.be.greaterThan(0);
          expect(frame.text.length, 'visible text').to.be.greaterThan(0);
          // Stories of backend errors carry the tag `logs-backend-error`: the widget's own log line of the
          // failed request is expected there; anything else (a throw, another console.error) still fails.
          const errors = story.tags?.includes('logs-backend-error')
            ? frame.errors.filter((error) => !error.startsWith('console.error: civic-booking:'))
            : frame.errors;
          expect(errors, 'errors on the page').to.deep.equal([]);
          const violations = await frame.axe();
          expect(violations.length, describeViolations(violations)).to.equal(0);
        } finally {
          frame.close();
        }
      });

      it('fits 320 px without sideways scrolling', async () => {
        const frame = await StoryFrame.open(story.id, 320);
        try {
          expect(frame.errorDisplay, 'Storybook error display').to.equal(null);
          expect(frame.horizontalOverflow, 'pixels scrolled sideways').to.equal(0);
        } finally {
          frame.close();
        }
      });
    });
  }
});
