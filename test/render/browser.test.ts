/**
 * The site and the pages in a real browser (Debian's Chromium, installed by .ci/run; without it
 * these tests fail, unless PRIVREC_SKIP_TOOLS=chromium skips them): no request but the page
 * itself, no console error, no axe-core violation, nothing wider than the viewport at 360, 768
 * and 1280 px, every link between the pages resolves, the register's filter works, and a record
 * prints on A4 without the navigation and with its web addresses shown. Screenshots of every
 * page type at the three widths are kept in test-artifacts/screenshots/ for review.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, cpSync, appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { render, tempDir } from './helpers.js';
import { requireTool, toolSkipped } from '../tools.js';

const CHROMIUM = '/usr/bin/chromium';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Without the background-networking flags Chromium tries (and fails) to reach Google's services.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const WIDTHS = [360, 768, 1280];
const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/** One page of each type: the site's (public) and the internal pages rendered beside it. */
const PAGE_TYPES = [
  { type: 'register', file: 'site/index.html' },
  { type: 'record', file: 'site/edps-069.record.html' },
  { type: 'notice', file: 'site/vcrp-panopto-registration.notice.html' },
  { type: 'notice-de', file: 'site-de/vcrp-panopto-registration.notice.de.html' },
  { type: 'record-internal', file: 'internal/zoom-video-conferencing.record.html' },
  { type: 'dpia', file: 'internal/zoom-video-conferencing.dpia.html' },
];

describe.skipIf(toolSkipped('chromium'))('the site in Chromium', () => {
  let browser: Browser;
  let out: string;

  beforeAll(async () => {
    requireTool('chromium', 'chromium');
    out = tempDir();
    const site = render(['examples', '--site', join(out, 'site'), '--force']);
    expect(site.status, site.stderr).toBe(0);
    // The university's register in two languages: the notices get a language switch.
    const university = join(out, 'vcrp');
    cpSync(join(ROOT, 'examples/vcrp'), university, { recursive: true });
    appendFileSync(join(university, 'privrec.yaml'), 'render:\n  languages: [en, de]\n');
    const bilingual = render(['.', '--site', join(out, 'site-de'), '--force'], { cwd: university });
    expect(bilingual.status, bilingual.stderr).toBe(0);
    for (const kind of ['record', 'dpia']) {
      const internal = render(['examples/dhoon-laxey', '--kind', kind, '--format', 'html', '--audience', 'internal', '--out', join(out, 'internal')]);
      expect(internal.status, internal.stderr).toBe(0);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page, recording every request and console error. */
  async function open(file: string, width: number, options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; requests: string[]; errors: string[]; url: string; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: options.bypassCSP === true });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    const url = pathToFileURL(join(out, file)).href;
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, errors, url, close: () => context.close() };
  }

  it.each(PAGE_TYPES.flatMap((p) => WIDTHS.map((width) => ({ ...p, width }))))(
    '$type at $width px: fits the viewport, no request leaves it, no console error (screenshot kept)',
    async ({ type, file, width }) => {
      const { page, requests, errors, url, close } = await open(file, width);
      await page.screenshot({ path: join(SCREENSHOTS, `${type}-${width}.png`), fullPage: true });
      const overflow = await page.evaluate(() => {
        const viewport = document.documentElement.clientWidth;
        const visible = (element: Element) => getComputedStyle(element).clipPath === 'none' && getComputedStyle(element).visibility !== 'hidden';
        const wider = [...document.querySelectorAll('body *')].filter((element) => visible(element) && element.getBoundingClientRect().right > viewport + 0.5);
        return { scroll: document.documentElement.scrollWidth - viewport, wider: wider.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`) };
      });
      await close();
      expect(overflow).toEqual({ scroll: 0, wider: [] });
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
    },
  );

  it.each(PAGE_TYPES.flatMap((p) => [360, 1280].map((width) => ({ ...p, width }))))('$type at $width px: no axe-core violation', async ({ file, width }) => {
    // The page's Content-Security-Policy allows no script but its own; axe is injected as one.
    const { page, close } = await open(file, width, { bypassCSP: true });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run();
      return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => n.target) }));
    });
    await close();
    expect(violations).toEqual([]);
  });

  it('every link between the pages of the site resolves, to the page and the anchor it names', async () => {
    for (const dir of ['site', 'site-de']) {
      const pages = readdirSync(join(out, dir)).filter((name) => name.endsWith('.html'));
      let checked = 0;
      for (const name of pages) {
        const html = readFileSync(join(out, dir, name), 'utf8');
        for (const [, href] of html.matchAll(/<a href="([^"]+)"/g)) {
          if (/^(?:https?:|mailto:|tel:)/.test(href!)) continue;
          const [file, anchor] = href!.split('#') as [string, string | undefined];
          const target = join(out, dir, file || name);
          expect(existsSync(target), `${dir}/${name} links to ${href}`).toBe(true);
          if (anchor) expect(readFileSync(target, 'utf8'), `${dir}/${name} links to ${href}`).toContain(`id="${anchor}"`);
          checked += 1;
        }
      }
      expect(checked, dir).toBeGreaterThan(pages.length);
    }
    // Register -> record -> notice -> back: the notice's breadcrumbs lead to its record and the register.
    const notice = readFileSync(join(out, 'site/vcrp-panopto-registration.notice.html'), 'utf8');
    expect(notice).toMatch(/<a href="index.html">Register<\/a>[\s\S]*<a href="vcrp-panopto-registration.record.html">/);
    expect(readFileSync(join(out, 'site-de/vcrp-panopto-registration.notice.html'), 'utf8')).toContain('<a href="vcrp-panopto-registration.notice.de.html" hreflang="de" lang="de">Deutsch</a>');
  });

  it('the filter finds a record by a word of its title, by controller, and says how many it shows', async () => {
    const { page, requests, errors, url, close } = await open('site/index.html', 1280);
    const visibleRows = () => page.locator('table.register tbody tr:visible th').allTextContents();
    expect(await visibleRows()).toHaveLength(10);
    await page.fill('#filter-text', 'jabber');
    expect(await visibleRows()).toEqual(['Use of video conferencing software: Cisco Jabber client']);
    await expect.poll(() => page.textContent('#filter-status')).toBe('1 of 10 records shown');
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-controller', 'VCRP – Virtueller Campus Rheinland Pfalz');
    expect(await visibleRows()).toHaveLength(5);
    await page.fill('#filter-text', 'no such processing');
    expect(await visibleRows()).toEqual([]);
    expect(await page.isVisible('#filter-empty')).toBe(true);
    await close();
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it('without JavaScript the whole register is shown and the filter is not', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(out, 'site/index.html')).href);
    expect(await page.locator('table.register tbody tr:visible').count()).toBe(10);
    expect(await page.isVisible('form.filter')).toBe(false);
    await context.close();
  });

  it('a record prints on A4: no navigation, web addresses shown, headings kept with what follows', async () => {
    const { page, close } = await open('site/edps-069.record.html', 1280);
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => {
      const link = document.querySelector('main a[href^="http"]');
      return {
        nav: getComputedStyle(document.querySelector('.site-nav')!).display,
        url: link ? getComputedStyle(link, '::after').content : null,
        href: link?.getAttribute('href'),
        heading: getComputedStyle(document.querySelector('h1')!).breakAfter,
      };
    });
    const pdf = await page.pdf({ format: 'A4', path: join(SCREENSHOTS, 'record-print.pdf') });
    await close();
    expect(print.nav).toBe('none');
    expect(print.url).toContain(print.href);
    expect(print.heading).toBe('avoid');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
