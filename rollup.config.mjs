import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';
import { shortMessageKeys } from './scripts/short-message-keys.mjs';

/** Minifies the HTML and CSS inside Lit's `html` and `css` templates, which terser leaves as they are. */
function minifyTemplates() {
  return {
    name: 'minify-templates',
    async transform(code, id) {
      if (!id.includes('/dist/npm/')) return null;
      return (await minifyHTMLLiterals(code, { fileName: id, minifyOptions: { removeAttributeQuotes: true } })) ?? null;
    },
  };
}

/**
 * The script-tag bundle: `dist/civic-booking.js`, one minified ES module that defines every element, with Lit
 * and date-fns inside. Optional parts (the demo office) become chunks beside it, loaded relative to it.
 * Its input is tsc's output (`dist/npm/`), so TypeScript is compiled once, by tsc.
 */
export default {
  input: { 'civic-booking': 'dist/npm/civic-booking.js' },
  // Let the entry export what the demo chunk needs from it, rather than splitting off a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // A language's texts are `civic-booking-lang-tr-<hash>.js`, those of its rarer paths
    // `civic-booking-lang-tr-more-<hash>.js`, so that an office's IT can tell them apart.
    // An element's chunk is named after it: `civic-booking-captcha-<hash>.js`.
    chunkFileNames: (chunk) => {
      const id = chunk.facadeModuleId ?? '';
      if (id.includes('/i18n/languages/more/')) return 'civic-booking-lang-[name]-more-[hash].js';
      if (id.includes('/i18n/languages/')) return 'civic-booking-lang-[name]-[hash].js';
      const element = /\/elements\/civic-([\w-]+)\/define\.js$/.exec(id);
      return element ? `civic-booking-${element[1]}-[hash].js` : 'civic-booking-[name]-[hash].js';
    },
    // The maps sit beside the files for developers to load; a link in every file would cost each citizen's
    // download bytes of a budget that is nearly spent.
    sourcemap: 'hidden',
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    minifyTemplates(),
    // The texts' names, `$0` … in this bundle (see scripts/short-message-keys.mjs).
    shortMessageKeys(),
    terser({
      module: true,
      ecma: 2022,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
