import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { languages } from '../src/i18n/languages.js';
import { prepareManifest } from './manifest.js';
import '../src/define.js';
import './preview.css';
import '../stories/themes/city.css';
import '../stories/themes/government.css';
import '../stories/themes/high-contrast.css';
import '../stories/themes/examples.css';

setCustomElementsManifest(prepareManifest(manifest));

/** Every language the widget speaks, in its own words (a new language file shows up here by itself). */
function languageItems(): { value: string; title: string; right?: string }[] {
  return Object.entries(languages).map(([code, language]) => ({ value: code, title: language.name, right: code }));
}

/**
 * Puts the story in a root that carries the toolbar's choices. The elements follow the nearest ancestor's
 * `lang`; keying on the language and direction makes them start fresh when either changes.
 */
const withEnvironment: Decorator = (story, context) => {
  const { locale, dir, scheme, theme } = context.globals as Record<string, string>;
  const classes = ['story-root', `scheme-${scheme ?? 'light'}`];
  if (theme && theme !== 'default') classes.push(`civic-theme-${theme}`);
  return html`${keyed(
    `${locale}|${dir}`,
    html`<div class=${classes.join(' ')} lang=${locale ?? 'de'} dir=${dir && dir !== 'auto' ? dir : nothing}>
      ${story()}
    </div>`,
  )}`;
};

const preview: Preview = {
  // A docs page per element: its summary, attributes, properties, events, parts and tokens from the manifest.
  tags: ['autodocs'],
  decorators: [withEnvironment],
  globalTypes: {
    locale: {
      description: 'Language of the widget (the lang attribute of its ancestor)',
      toolbar: { title: 'Language', icon: 'globe', items: languageItems(), dynamicTitle: true },
    },
    dir: {
      description: 'Writing direction of the page around the widget',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction from the language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the page around the widget',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark (color-scheme: dark)' },
          { value: 'system', title: 'System (color-scheme: light dark)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme: the defaults, the two example themes, or the high-contrast preview',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default tokens' },
          { value: 'city', title: 'Example: Stadt Musterstadt' },
          { value: 'government', title: 'Example: plain government' },
          { value: 'high-contrast', title: 'High contrast (preview, not forced colours)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'de',
    dir: 'auto',
    scheme: 'light',
    theme: 'default',
    viewport: { value: 'desktop', isRotated: false },
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    viewport: {
      options: {
        mobile: { name: 'Mobile (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    options: {
      storySort: { order: ['Guides', ['Editor’s guide', 'Theming', 'Keyboard'], 'Booking widget', 'Steps'] },
    },
  },
};

export default preview;
