import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from './chromium';
import { serveStatic } from './static-server';

// Opens every story of the *built* Storybook in Chromium, in light and dark, and fails on
// console errors, page errors, a render or play-function error, or a serious/critical
// axe violation.
const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
if (!existsSync(`${staticDir}/index.json`)) {
  throw new Error(`No built Storybook at ${staticDir}: run \`pnpm build:storybook\` first.`);
}
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8')) as {
  entries: Record<string, { id: string; type: 'story' | 'docs'; title: string; name: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(staticDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface StorybookWindow {
  __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } };
}

interface StoryRun {
  errors: string[];
  violations: { id: string; impact: string; help: string; nodes: string[] }[];
}

async function runStory(page: Page, id: string, theme: 'light' | 'dark'): Promise<StoryRun> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
  // The preview's current render reaches phase "finished" after the story rendered and its
  // play function ran; a render or play error also shows Storybook's error display.
  await page.waitForFunction(
    () => {
      const preview = (window as unknown as StorybookWindow).__STORYBOOK_PREVIEW__;
      return (
        preview?.currentRender?.phase === 'finished' ||
        document.body.classList.contains('sb-show-errordisplay')
      );
    },
    undefined,
    // The dashboard's play function waits for its worker to compute the sample.
    { timeout: 90_000 },
  );
  const state = await page.evaluate(() => document.body.className);
  if (!state.includes('sb-show-main') || state.includes('sb-show-errordisplay')) {
    const message = await page.locator('#error-message').textContent();
    errors.push(`story did not render (${state}): ${message ?? ''}`);
  }
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run('#storybook-root', {
      resultTypes: ['violations'],
    }),
  );
  const violations = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map((n) => n.html),
    }));
  return { errors, violations };
}

// Stories run concurrently (one page each); `expect` comes from each test's own context.
describe.concurrent('built Storybook in Chromium', () => {
  it('has stories to test', ({ expect }) => {
    expect(stories.length).toBeGreaterThan(0);
  });

  for (const story of stories) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${story.title} / ${story.name} (${theme}) renders cleanly and passes axe`, {
        timeout: 150_000,
      }, async ({ expect }) => {
        const page = await browser.newPage();
        try {
          const run = await runStory(page, story.id, theme);
          expect(run.errors).toEqual([]);
          expect(run.violations).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
