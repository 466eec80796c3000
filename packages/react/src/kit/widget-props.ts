import type { StateSlots, WidgetStatus } from './frame';

/**
 * The props every widget takes, whatever it draws: its name and description, the locale
 * of its numbers, its words, its state and the host's class. Each widget's props extend
 * this with its data and options.
 *
 * @typeParam L - the widget's labels (every word it shows), overridable in part.
 */
export interface WidgetBaseProps<L> {
  /** Accessible name and visible heading. */
  title: string;
  /** Accessible description, shown under the title. */
  description?: string;
  /** BCP 47 locale of every number, date and duration (formatted with `Intl`); default `en-US`. */
  locale?: string;
  /** Words to override, e.g. for translation; the rest keep their English defaults. */
  labels?: Partial<L>;
  /** `ready` (default; empty data shows the empty state), `loading`, `empty` or `error`. */
  status?: WidgetStatus;
  /** The error state's message; default `labels.error`. */
  errorMessage?: string;
  /** Shows a retry button in the error state. */
  onRetry?: () => void;
  /** Replaces the text of a state (the frame stays). */
  stateSlots?: StateSlots;
  /** A class on the widget's root, for the host's styles. */
  className?: string;
}
