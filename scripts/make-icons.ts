/**
 * Renders public/icon/<size>.png from one SVG with the machine's Chrome or Chromium, so the icons can
 * be remade after a design change: `npx tsx scripts/make-icons.ts`.
 */
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { browserPath } from './lib/browser';

const SIZES = [16, 32, 48, 96, 128];
const svg = (size: number) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#b3001b"/>
  <rect x="26" y="30" width="76" height="9" rx="4" fill="#fff"/>
  <rect x="26" y="54" width="76" height="9" rx="4" fill="#fff" opacity="0.9"/>
  <rect x="26" y="78" width="52" height="9" rx="4" fill="#fff" opacity="0.8"/>
</svg>`;

const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
  await page.screenshot({ path: resolve(import.meta.dirname, `../public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
