// Measures how long the cost-of-inaction calculator takes from a typed change (the input event) to
// the updated total in the DOM, and to the next frame, in Chromium. Reports figures only: timings
// are never asserted in tests. Run against a served build:
//   DIST_DIR=dist PORT=4321 node scripts/serve.mjs &  node scripts/measure-calculator-latency.mjs http://localhost:4321
import { chromium } from '@playwright/test';
import { findChromium, quietChromiumFlags } from './chromium.mjs';

const base = process.argv[2] ?? 'http://localhost:4321';
const samples = Number(process.argv[3] ?? 20);
const browser = await chromium.launch({ executablePath: findChromium(), args: quietChromiumFlags });
const page = await browser.newPage();
await page.goto(`${base}/tools/cost-of-inaction/`);
await page.waitForURL(/#v=1&/);

const timings = await page.evaluate(async (count) => {
  const input = document.getElementById('calc-customers');
  const total = document.querySelector('.calc-total');
  if (!(input instanceof HTMLInputElement) || !total) throw new Error('The calculator is not on the page.');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  const results = [];
  for (let i = 0; i < count; i += 1) {
    const before = total.textContent;
    const updated = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (total.textContent === before) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(total, { subtree: true, characterData: true, childList: true });
    });
    const start = performance.now();
    setValue?.call(input, String(20_000 + (i % 2 === 0 ? 1 + i : -1 - i)));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const dom = await updated;
    const frame = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    results.push({ dom: dom - start, frame: frame - start });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return results;
}, samples);
await browser.close();

const summarise = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return `median ${median.toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
};
console.log(`${samples} typed changes in Chromium`);
console.log(`input event → total updated in the DOM: ${summarise(timings.map((t) => t.dom))}`);
console.log(`input event → next animation frame:     ${summarise(timings.map((t) => t.frame))}`);
