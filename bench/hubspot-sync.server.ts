// The fake HubSpot portal of the sync benchmark, in its own process so the client under
// measurement carries none of the fake's memory. argv: <JSON {contacts, deals, raised}>.
// Prints one JSON line `{url, token}`, then serves until stdin closes.
import { FakeClock } from '../packages/testkit/src/harness/fake-clock';
import { HubSpotFake } from '../packages/testkit/src/hubspot/hubspot-fake';
import { benchPortal } from './hubspot-sync.portal';

const args = JSON.parse(process.argv[2] ?? '{}') as {
  contacts?: number;
  deals?: number;
  raised?: boolean;
};
const dataset = benchPortal(args.contacts ?? 100_000, args.deals ?? 20_000);
const clock = new FakeClock('2026-03-01T00:00:00Z');
const fake = await HubSpotFake.start({
  dataset,
  clock,
  // Documented limits (guide §2.10: 100 per rolling 10 s, search 5/s) unless raised.
  limits: args.raised
    ? { perTenSeconds: 1_000_000, searchPerSecond: 1_000_000, daily: 10_000_000 }
    : { daily: 10_000_000 },
});
if (args.raised) {
  // Raised limits run on real time: the fake's clock follows the wall clock.
  const started = Date.now();
  let moved = 0;
  setInterval(() => {
    const due = Date.now() - started - moved;
    if (due > 0) {
      clock.advance(due);
      moved += due;
    }
  }, 50).unref();
}
process.stdout.write(`${JSON.stringify({ url: fake.url, token: fake.staticToken })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void fake.close().then(() => process.exit(0)));
