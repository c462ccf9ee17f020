import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { serveMockServiceWorker } from './test/support/serve-mock-service-worker.mjs';
import { projectFiles } from './test/support/project-files.mjs';

if (!existsSync(chromiumPath)) {
  throw new Error(`No Chromium at ${chromiumPath}. Install it (apt-get install chromium) or set CHROME_PATH.`);
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 300000),
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    serveMockServiceWorker(),
    projectFiles(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath,
        args: chromiumArgs,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
