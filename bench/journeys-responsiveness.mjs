// How quickly the worksheet editor answers an edit on the largest worksheet core allows
// (LIMITS.moments = 200 moments, in 10 stages), in a real Chromium: 20 samples each of typing in a
// moment's title, changing its impact (which re-ranks every moment) and moving it up. Each sample is
// the time from the edit (performance.now() before the event) to the DOM showing it, and to the
// next animation frame after that. Reported, never asserted; run with a built site being served:
//   DIST_DIR=dist PORT=4321 node scripts/serve.mjs &   then   node bench/journeys-responsiveness.mjs
// Options: BASE_URL (default http://localhost:4321), CPU_SLOWDOWN (e.g. 4 to imitate a mid-range phone).
import { chromium } from '@playwright/test';
import { findChromium, quietChromiumFlags } from '../scripts/chromium.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const slowdown = Number(process.env.CPU_SLOWDOWN ?? 1);
const SAMPLES = 20;

/** A valid stored collection: one worksheet, 10 stages of 20 moments. */
function bigCollection() {
  const now = new Date().toISOString();
  const stages = Array.from({ length: 10 }, (_, s) => ({ id: `s${s}`, name: `Stage ${s + 1}`, order: s, updatedAt: now }));
  const moments = stages.flatMap((stage, s) =>
    Array.from({ length: 20 }, (_, m) => ({
      id: `m${s}-${m}`,
      stageId: stage.id,
      title: `Moment ${s + 1}.${m + 1}`,
      whatHappens: 'What the customer does, sees and hears at this point of the journey.',
      kind: 'small-meaningful',
      feeling: ((s + m) % 7) - 3,
      impact: (m % 5) + 1,
      frequency: (s % 5) + 1,
      evidence: m % 3 === 0 ? 'assumed' : 'observed',
      traits: ['accessible'],
      heart: ['empathy'],
      owner: 'Team lead',
      nextAction: 'Watch it happen this week.',
      status: 'idea',
      order: m,
      updatedAt: now,
    })),
  );
  const sheet = { id: 'big', name: 'Big journey', customer: 'Anyone', stages, moments, createdAt: now, updatedAt: now, detailsUpdatedAt: now };
  return JSON.stringify({ kind: 'accueil.journeys', version: 1, data: { worksheets: [sheet], tombstones: [] } });
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
  return { median: Number(median.toFixed(1)), max: Number(sorted[sorted.length - 1].toFixed(1)) };
};

// Runs in the page: performs `act` and resolves with [ms to the DOM change, ms to the next frame].
const timeEdit = (page, selector, kind, value) =>
  page.evaluate(
    ({ selector, kind, value }) =>
      new Promise((resolve) => {
        const target = document.querySelector(selector);
        const start = performance.now();
        let domAt = 0;
        const observer = new MutationObserver(() => {
          if (domAt) return;
          domAt = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => {
            resolve([domAt - start, performance.now() - start]);
          });
        });
        observer.observe(document.querySelector('.journey-columns'), { subtree: true, childList: true, characterData: true });
        if (kind === 'click') target.click();
        else {
          target.value = value;
          target.dispatchEvent(new Event(kind, { bubbles: true }));
        }
      }),
    { selector, kind, value },
  );

const browser = await chromium.launch({ executablePath: findChromium(), args: quietChromiumFlags });
const page = await browser.newPage();
if (slowdown > 1) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
}
await page.goto(`${base}/tools/journeys/`);
await page.evaluate((text) => localStorage.setItem('accueil.journeys', text), bigCollection());
await page.goto(`${base}/tools/journeys/#open=big`);
// Only the hash changed, so reload for the page to read the stored worksheet.
await page.reload();
await page.getByRole('heading', { level: 2, name: 'Big journey' }).waitFor();
await page.getByRole('button', { name: 'Edit “Moment 5.5”' }).click();
await page.locator('#moment-m4-4-title').waitFor();

const results = {};
const run = async (name, edit) => {
  const dom = [];
  const frame = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const [toDom, toFrame] = await edit(i);
    dom.push(toDom);
    frame.push(toFrame);
  }
  results[name] = { toDomMs: stats(dom), toNextFrameMs: stats(frame) };
};
await run('type in a title', (i) => timeEdit(page, '#moment-m4-4-title', 'input', `Moment 5.5 edited ${i}`));
await run('change impact (re-ranks all)', (i) => timeEdit(page, '#moment-m4-4-impact', 'change', String((i % 5) + 1)));
await run('move a moment up or down', (i) =>
  timeEdit(page, `#moment-m6-5-${i % 2 === 0 ? 'up' : 'down'}`, 'click'),
);
console.log(
  JSON.stringify(
    { worksheet: '200 moments in 10 stages (core LIMITS.moments)', samples: SAMPLES, cpuSlowdown: slowdown, results },
    null,
    2,
  ),
);
await browser.close();
