import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDashboard, type DashboardResults } from '../src/dashboard/compute';
import { DEFAULT_OPTIONS } from '../src/dashboard/options';
import { launchChromium } from './chromium';
import { countForms, moneyForms, percentForms, showsNumber } from './number-forms';
import { serveStatic } from './static-server';

// The alignment dashboard in the *built* Storybook: the landing page, every widget's region
// with the core's numbers for the same options, the model control, the keyboard path through
// every control and mark, and full-page screenshots (light and dark) kept as CI artifacts.
const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
const artifacts = fileURLToPath(new URL('../test-results', import.meta.url));
if (!existsSync(`${staticDir}/index.json`)) {
  throw new Error(`No built Storybook at ${staticDir}: run \`pnpm build:storybook\` first.`);
}
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string }>;
};
const STORY = 'dashboard-alignment--alignment';

/** Every region the dashboard shows, by `data-region`. */
const REGIONS = [
  'goal-revenue',
  'goal-mqls',
  'goal-kpis',
  'sla-scorecard',
  'response-times',
  'handoff-flow',
  'funnel',
  'channel-influence',
  'attribution-table',
  'campaign-revenue',
  'model-comparison',
  'deal-journey',
] as const;

const SLOW = 240_000;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let expected: DashboardResults;

beforeAll(async () => {
  server = await serveStatic(staticDir);
  browser = await launchChromium();
  expected = computeDashboard(DEFAULT_OPTIONS).results;
}, SLOW);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  errors: string[];
}

async function openDashboard(theme: 'light' | 'dark' = 'light'): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(`${server.url}/iframe.html?id=${STORY}&viewMode=story&globals=theme:${theme}`);
  await waitReady(page);
  return { page, errors };
}

async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="dashboard"][data-state="ready"]', { timeout: 120_000 });
  // Widgets measure their container after the first paint.
  await page.waitForTimeout(300);
}

/**
 * The region's text, hidden "Show data" tables included, with a space between text nodes so
 * adjacent cells never run together into one number.
 */
async function regionText(page: Page, region: string): Promise<string> {
  return page.locator(`[data-region="${region}"]`).evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
}

describe('the alignment dashboard in Chromium', () => {
  it('is the first page of the Storybook', () => {
    const first = Object.values(index.entries)[0];
    expect(first?.id).toBe(STORY);
  });

  it(
    'renders every widget region with the numbers the core computes for the same options',
    async () => {
      const { page, errors } = await openDashboard();
      try {
        for (const region of REGIONS) {
          await expect
            .soft(page.locator(`[data-region="${region}"]`).count(), region)
            .resolves.toBe(1);
        }
        const goals = new Map(expected.goals.map((g) => [g.goalId, g]));
        for (const [region, id] of [
          ['goal-revenue', expected.revenueGoalId],
          ['goal-mqls', expected.mqlGoalId],
        ] as const) {
          const goal = goals.get(id ?? '');
          const meter = page.locator(`[data-region="${region}"] [role="meter"]`).first();
          expect(await meter.getAttribute('aria-valuenow'), region).toBe(
            String(Number(goal?.actual)),
          );
        }
        const kpis = await regionText(page, 'goal-kpis');
        for (const goal of expected.goals.slice(2)) {
          const forms = goal.currency
            ? moneyForms(goal.actual, goal.currency)
            : countForms(Number(goal.actual));
          expect.soft(showsNumber(kpis, forms), `${goal.name}: ${forms.join(' | ')}`).toBe(true);
        }

        const sla = await regionText(page, 'sla-scorecard');
        const first = expected.sla.sales.firstTouch;
        for (const n of [
          Number(expected.sla.marketing.actual),
          Number(expected.sla.marketing.target),
          first.met,
          first.eligible,
        ]) {
          expect.soft(showsNumber(sla, countForms(n)), `SLA shows ${n}`).toBe(true);
        }

        const response = await regionText(page, 'response-times');
        expect.soft(response).toMatch(/P50/);
        expect.soft(response).toMatch(/P90/);

        const handoff = await regionText(page, 'handoff-flow');
        expect
          .soft(showsNumber(handoff, countForms(expected.handoff.counts.mqls)), 'MQLs')
          .toBe(true);
        for (const reason of expected.handoff.sales.byReason) {
          expect
            .soft(showsNumber(handoff, countForms(reason.count)), `${reason.reason}`)
            .toBe(true);
        }

        const funnel = await regionText(page, 'funnel');
        for (const stage of expected.funnel.overall.stages) {
          expect
            .soft(showsNumber(funnel, countForms(stage.count)), `${stage.label} ${stage.count}`)
            .toBe(true);
        }

        const influence = await regionText(page, 'channel-influence');
        const totals = expected.influence?.totals.conversions ?? 0;
        for (const channel of expected.influence?.channels.slice(0, 3) ?? []) {
          const share = percentForms(channel.conversions / totals);
          expect
            .soft(showsNumber(influence, share), `${channel.channel} ${share.join(' | ')}`)
            .toBe(true);
        }

        const table = await regionText(page, 'attribution-table');
        const top = expected.attribution.rollups.byChannel[0];
        expect
          .soft(
            showsNumber(table, moneyForms(expected.attribution.totals.attributedValue)),
            'attributed total',
          )
          .toBe(true);
        expect
          .soft(showsNumber(table, moneyForms(top?.value ?? '0')), `top channel ${top?.key}`)
          .toBe(true);

        const campaigns = await regionText(page, 'campaign-revenue');
        const topCampaign = expected.attribution.campaigns[0];
        expect
          .soft(
            showsNumber(campaigns, moneyForms(topCampaign?.attributed ?? '0')),
            `${topCampaign?.name}`,
          )
          .toBe(true);

        const comparison = await regionText(page, 'model-comparison');
        for (const row of expected.comparison.channels.slice(0, 3)) {
          expect
            .soft(
              showsNumber(comparison, moneyForms(row.values[0] ?? '0')),
              `${row.channel} baseline`,
            )
            .toBe(true);
        }

        const journey = await regionText(page, 'deal-journey');
        expect.soft(journey).toContain(expected.deals[0]?.dealName ?? '(no deal)');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
    SLOW,
  );

  it(
    'changes the attribution widgets, and nothing else, when the model changes',
    async () => {
      const { page, errors } = await openDashboard();
      try {
        const before = Object.fromEntries(
          await Promise.all(REGIONS.map(async (r) => [r, await regionText(page, r)] as const)),
        );
        await page.getByLabel('Attribution model', { exact: true }).selectOption('first-touch');
        await page
          .waitForSelector('[data-testid="dashboard"][data-state="running"]', { timeout: 10_000 })
          .catch(() => {});
        await waitReady(page);
        const after = expected.attribution.totals.value; // the value converting is the same deals
        const firstTouch = computeDashboard({ ...DEFAULT_OPTIONS, model: 'first-touch' }).results;
        expect(firstTouch.attribution.totals.value).toBe(after);
        for (const region of [
          'attribution-table',
          'model-comparison',
          'campaign-revenue',
        ] as const) {
          expect.soft(await regionText(page, region), `${region} changed`).not.toBe(before[region]);
        }
        const table = await regionText(page, 'attribution-table');
        const top = firstTouch.attribution.rollups.byChannel[0];
        expect
          .soft(showsNumber(table, moneyForms(top?.value ?? '0')), `first-touch ${top?.key}`)
          .toBe(true);
        for (const region of [
          'goal-revenue',
          'goal-mqls',
          'sla-scorecard',
          'handoff-flow',
          'funnel',
        ] as const) {
          expect.soft(await regionText(page, region), `${region} unchanged`).toBe(before[region]);
        }
        for (const region of REGIONS) {
          expect.soft(await page.locator(`[data-region="${region}"]`).count(), region).toBe(1);
        }
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
    SLOW,
  );

  it(
    'lets the keyboard alone reach every control and every chart mark',
    async () => {
      const { page } = await openDashboard();
      try {
        const controls = await page
          .locator(
            'form[aria-label="Dashboard controls"] select, form[aria-label="Dashboard controls"] input',
          )
          .count();
        const reached = new Set<string>();
        const regionsReached = new Set<string>();
        const marks: { region: string; id: string }[] = [];
        // Tab from the top of the page to its end, noting every stop.
        await page.locator('body').click({ position: { x: 2, y: 2 } });
        for (let step = 0; step < 600; step++) {
          await page.keyboard.press('Tab');
          const stop = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            if (!el.dataset.kbd) el.dataset.kbd = String(Math.random()).slice(2);
            return {
              id: el.dataset.kbd,
              control: el.closest('form[aria-label="Dashboard controls"]') !== null,
              region: el.closest('[data-region]')?.getAttribute('data-region') ?? null,
              mark: el.closest('svg') !== null || el.getAttribute('role') === 'gridcell',
            };
          });
          if (stop === null) break;
          if (reached.has(stop.id)) break; // wrapped around
          reached.add(stop.id);
          if (stop.control) reached.add(`control:${stop.id}`);
          if (stop.region) regionsReached.add(stop.region);
          if (stop.region && stop.mark) marks.push({ region: stop.region, id: stop.id });
        }
        const controlStops = [...reached].filter((r) => r.startsWith('control:')).length;
        expect(controlStops).toBe(controls);
        // Every region with something to operate (a mark, a button, a field, "Show data") is
        // reached; a region of plain text (the KPI row) has nothing to reach.
        const operable = await page.evaluate(() =>
          [...document.querySelectorAll('[data-region]')]
            .filter((region) =>
              region.querySelector(
                '[tabindex="0"], a[href], button:not([disabled]), select, input, summary, [tabindex]:not([tabindex="-1"])',
              ),
            )
            .map((region) => region.getAttribute('data-region') ?? ''),
        );
        expect(operable.length).toBeGreaterThanOrEqual(REGIONS.length - 1);
        for (const region of operable) {
          expect.soft(regionsReached.has(region), `Tab reaches ${region}`).toBe(true);
        }

        // In each chart, the arrow keys walk from its tab stop through every mark of its group
        // (a roving tab stop: one mark at a time holds tabindex 0).
        for (const mark of marks) {
          const total = await page.evaluate((id) => {
            const start = document.querySelector(`[data-kbd="${id}"]`) as HTMLElement;
            start.focus();
            const group = start.closest('[role="group"], svg') ?? start.parentElement;
            return group ? group.querySelectorAll('[tabindex]').length : 1;
          }, mark.id);
          const want = Math.min(total, 60);
          const seen = new Set<string>();
          const current = () =>
            page.evaluate(() => {
              const el = document.activeElement as HTMLElement;
              return `${el.getAttribute('aria-label') ?? el.textContent ?? ''}|${el.getAttribute('aria-activedescendant') ?? ''}`;
            });
          seen.add(await current());
          for (const key of ['ArrowRight', 'ArrowDown']) {
            for (let i = 0; i < want + 1 && seen.size < Math.max(want, 2); i++) {
              await page.keyboard.press(key);
              seen.add(await current());
            }
          }
          expect
            .soft(seen.size, `${mark.region}: the arrow keys reach ${want} marks`)
            .toBeGreaterThanOrEqual(Math.max(want, 2));
        }
      } finally {
        await page.close();
      }
    },
    SLOW,
  );

  for (const theme of ['light', 'dark'] as const) {
    it(
      `writes a full-page screenshot (${theme}) that is not blank and shows every region`,
      async () => {
        const { page, errors } = await openDashboard(theme);
        try {
          const png = await page.screenshot({ fullPage: true });
          mkdirSync(artifacts, { recursive: true });
          writeFileSync(`${artifacts}/dashboard-${theme}.png`, png);
          const boxes = await Promise.all(
            REGIONS.map(async (r) => ({
              region: r,
              box: await page.locator(`[data-region="${r}"]`).boundingBox(),
            })),
          );
          // Decode the PNG in the page and count colours inside each region's box.
          const verdict = await page.evaluate(
            async ({ data, boxes }) => {
              const img = new Image();
              img.src = `data:image/png;base64,${data}`;
              await img.decode();
              const canvas = document.createElement('canvas');
              canvas.width = img.width;
              canvas.height = img.height;
              const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
              ctx.drawImage(img, 0, 0);
              const colours = (x: number, y: number, w: number, h: number) => {
                const pixels = ctx.getImageData(x, y, Math.max(1, w), Math.max(1, h)).data;
                const seen = new Set<number>();
                for (let i = 0; i < pixels.length; i += 4 * 7) {
                  seen.add(
                    ((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0),
                  );
                }
                return seen.size;
              };
              return {
                size: [img.width, img.height],
                page: colours(0, 0, img.width, img.height),
                regions: boxes.map(({ region, box }) => ({
                  region,
                  colours: box
                    ? colours(
                        Math.round(box.x),
                        Math.round(box.y),
                        Math.round(box.width),
                        Math.round(box.height),
                      )
                    : 0,
                  inside:
                    box !== null &&
                    box.y + box.height <= img.height &&
                    box.width > 0 &&
                    box.height > 40,
                })),
              };
            },
            { data: png.toString('base64'), boxes },
          );
          expect(verdict.page).toBeGreaterThan(50);
          for (const r of verdict.regions) {
            expect.soft(r.inside, `${r.region} inside the screenshot`).toBe(true);
            expect.soft(r.colours, `${r.region} is drawn`).toBeGreaterThan(8);
          }
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      },
      SLOW,
    );
  }
});
