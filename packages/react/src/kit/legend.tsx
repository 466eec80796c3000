import type { CSSProperties, ReactNode } from 'react';
import { color, font, tabular } from './tokens';
import { Swatch, type SwatchShape } from './tooltip';

/** One legend entry; its swatch matches its mark. */
export interface LegendItem {
  key: string;
  label: ReactNode;
  color: string;
  shape?: SwatchShape;
  /** An optional value after the label (600 weight). */
  value?: ReactNode;
}

const styles = {
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px 16px',
    margin: 0,
    padding: 0,
    listStyle: 'none',
    fontSize: font.label,
    color: color.muted,
  },
  item: { display: 'flex', alignItems: 'center', gap: 6, minWidth: 0 },
  value: { ...tabular, color: color.text, fontWeight: 600 },
} satisfies Record<string, CSSProperties>;

/** A start-aligned, wrapping legend (widgets.md: above the plot; meters keep it below). */
export function Legend({
  items,
  style,
}: {
  items: LegendItem[];
  style?: CSSProperties;
}): ReactNode {
  return (
    <ul style={{ ...styles.list, ...style }}>
      {items.map((item) => (
        <li key={item.key} style={styles.item}>
          <Swatch color={item.color} shape={item.shape} />
          <span>{item.label}</span>
          {item.value !== undefined ? <span style={styles.value}>{item.value}</span> : null}
        </li>
      ))}
    </ul>
  );
}
