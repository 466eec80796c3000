/**
 * Text colour on each step of the sequential ramp (`sequential` in tokens): dark on the
 * light steps, white on the dark ones. The stylesheet flips both ramp and text in dark, so
 * a heatmap cell's label keeps ≥ 4.5:1 in either theme (light fallbacks inline).
 */
export const sequentialText = [
  'var(--cl-seq-text-1, #111827)',
  'var(--cl-seq-text-2, #111827)',
  'var(--cl-seq-text-3, #111827)',
  'var(--cl-seq-text-4, #ffffff)',
  'var(--cl-seq-text-5, #ffffff)',
] as const;
