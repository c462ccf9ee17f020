import { esbuildPlugin } from '@web/dev-server-esbuild';
import { serveMockServiceWorker } from './test/support/serve-mock-service-worker.mjs';

/** `npm start`: the demo page, booking against the demo office served by the mocked protocol backend. */
export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  appIndex: 'demo/index.html',
  middleware: [
    // The demo lives in demo/; the address the README gives is the root.
    (context, next) => {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), serveMockServiceWorker()],
};
