import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// WCAG 2 relative luminance and contrast ratio.
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

describe('sequential ramp text', () => {
  const css = readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '..', 'styles.css'),
    'utf8',
  );
  const blocks = css.split('}').slice(0, 2);
  it.each([
    ['light', 0],
    ['dark', 1],
  ])('keeps cell text at 4.5:1 or more on every step (%s)', (_theme, index) => {
    const block = blocks[index] ?? '';
    for (let step = 1; step <= 5; step++) {
      const fill = block.match(new RegExp(`--cl-seq-${step}: (#[0-9a-f]{6})`))?.[1] ?? '';
      const text = block.match(new RegExp(`--cl-seq-text-${step}: (#[0-9a-f]{6})`))?.[1] ?? '';
      expect(contrast(fill, text)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
