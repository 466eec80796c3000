import { preparedDatasetOf } from '../packages/core/src/attribution/prepare';
import { loadSample } from './attribution.task';
import { defineTask } from './lib/task';

const gc = () => (globalThis as { gc?: () => void }).gc?.();
/** Heap plus array buffers (typed-array columns live outside the JS heap). */
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/**
 * Bytes per touchpoint of the prepared form (`preparedDatasetOf`, with every person's and
 * every account's touches read, sorted and marked, as after runs that used them all), and of
 * the touch objects themselves (a structured clone of `dataset.touchpoints`, measured the same
 * way), by heap deltas around forced collections (`--expose-gc`).
 */
export default defineTask({
  setup: (args) => loadSample(Number(args.scale), args.deals),
  run: (dataset) => {
    const touches = dataset.touchpoints.length;
    gc();
    const before = used();
    const prepared = preparedDatasetOf(dataset);
    const { index } = prepared;
    for (const person of dataset.people) index.byPerson(person.id);
    for (const account of dataset.accounts) index.byAccount(account.id);
    gc();
    const preparedBytes = used() - before;
    const clone = structuredClone(dataset.touchpoints);
    gc();
    const objectBytes = used() - before - preparedBytes;
    if (clone.length !== touches) throw new Error('clone lost touches');
    return `${touches} touches: prepared ${(preparedBytes / touches).toFixed(1)} B/touch, objects ${(objectBytes / touches).toFixed(0)} B/touch`;
  },
});
