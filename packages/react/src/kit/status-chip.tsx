import type { CSSProperties, ReactNode } from 'react';
import { font, type StatusTone, status as tones } from './tokens';

const chip: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: 4,
  padding: '1px 8px',
  borderRadius: 999,
  border: '1px solid currentColor',
  fontSize: font.label,
  fontWeight: 600,
  lineHeight: 1.5,
  whiteSpace: 'nowrap',
};

/**
 * A status as glyph + word, colour third (widgets.md "Semantic"): readable in grayscale and
 * under every colour-vision deficiency. The glyph is decorative; the word is the name.
 */
export function StatusChip({
  tone,
  label,
  style,
}: {
  tone: StatusTone;
  label: string;
  style?: CSSProperties;
}): ReactNode {
  const { color, glyph } = tones[tone];
  return (
    <span data-tone={tone} style={{ ...chip, color, ...style }}>
      <span aria-hidden="true">{glyph}</span>
      {label}
    </span>
  );
}
