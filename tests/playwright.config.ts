import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4399);
// Playwright cannot download its own browsers here; it drives the system Chromium.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      // Without these flags Chromium keeps trying to reach Google's services on a closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
