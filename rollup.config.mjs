import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The script-tag bundle: one minified ES module that defines every element, with Lit and date-fns inside.
 * Its input is tsc's output (`npm run build:npm`), so TypeScript is compiled once, by tsc.
 */
export default {
  input: 'dist/npm/index.js',
  output: {
    file: 'dist/civic-booking.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    terser({
      module: true,
      ecma: 2022,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
