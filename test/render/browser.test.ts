/**
 * The HTML pages in a real browser: no console errors, no request but the page itself, and no
 * serious or critical accessibility violation found by axe-core. Chromium is Debian's (installed
 * by .ci/run): without it these tests fail, unless PRIVREC_SKIP_TOOLS=chromium skips them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, tempDir } from './helpers.js';
import { requireTool, toolSkipped } from '../tools.js';

const CHROMIUM = '/usr/bin/chromium';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Without the background-networking flags Chromium tries (and fails) to reach Google's services.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

describe.skipIf(toolSkipped('chromium'))('rendered HTML in Chromium', () => {
  let browser: Browser;
  let out: string;

  beforeAll(async () => {
    requireTool('chromium', 'chromium');
    out = tempDir();
    for (const kind of ['notice', 'record', 'register']) {
      const result = render(['examples', '--kind', kind, '--format', 'html', '--force', '--out', out]);
      expect(result.status, result.stderr).toBe(0);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const pages = ['register.html', 'zoom-video-conferencing.notice.html', 'emsa-dona.notice.html', 'edps-069.record.html'];

  it.each(pages)('%s loads without errors or other requests', async (name) => {
    const url = pathToFileURL(join(out, name)).href;
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url, { waitUntil: 'load' });
    await context.close();
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it.each(pages.flatMap((name) => VIEWPORTS.map((viewport) => ({ name, viewport }))))(
    '$name has no serious accessibility violation ($viewport.name)',
    async ({ name, viewport }) => {
      // The page's Content-Security-Policy forbids scripts; axe is injected as one.
      const context = await browser.newContext({ bypassCSP: true, viewport });
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(out, name)).href);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run();
        return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => n.target) }));
      });
      await context.close();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    },
  );
});
