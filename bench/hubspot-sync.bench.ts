import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { measureInChild, printTable } from './lib/measure';

// Sync 100,000 contacts and 20,000 deals with associations from the fake HubSpot (issue 6,
// Performance). The fake runs in its own process; each client in a fresh one.
// - Our adapter, at HubSpot's documented limits (100 per rolling 10 s; search 5/s), with the
//   fake's clock driven from the client: windows and waits run in compressed time, so the
//   run shows how close the limiter keeps to the ceiling (in fake time) and what the work
//   costs (in wall time), without waiting minutes of real time.
// - `@hubspot/api-client`'s `getAll` on the same portal, with the fake's limits raised and its
//   clock on real time: at the documented limits its own 9-requests/s limiter alone would make
//   the run minutes long. Both wall times are therefore work, not waiting.
// BENCH_CONTACTS / BENCH_DEALS scale the portal down for a quick look.
const contacts = Number(process.env.BENCH_CONTACTS ?? 100_000);
const deals = Number(process.env.BENCH_DEALS ?? 20_000);
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

interface Server {
  readonly url: string;
  readonly token: string;
  readonly process: ChildProcess;
}

async function startServer(raised: boolean): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      here('./hubspot-sync.server.ts'),
      JSON.stringify({ contacts, deals, raised }),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'], cwd: here('.') },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    const { url, token } = JSON.parse(line) as { url: string; token: string };
    return { url, token, process: child };
  }
  throw new Error('the fake HubSpot server did not start');
}

async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.stdin?.end();
  await exited;
}

async function fakeLog(server: Server) {
  const requests = (await (await fetch(`${server.url}/__fake__/requests`)).json()) as {
    path: string;
    status: number;
  }[];
  const budget = (await (await fetch(`${server.url}/__fake__/budget`)).json()) as {
    rejected: number;
  };
  return { requests, rejected: budget.rejected };
}

const mib = (value: number) => `${value.toFixed(0)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// Our adapter at the documented limits, compressed time.
const documented = await startServer(false);
const ours = measureInChild(here('./hubspot-sync.task.ts'), {
  url: documented.url,
  token: documented.token,
});
const ourResult = JSON.parse(ours.detail) as {
  counts: Record<string, number>;
  associations: number;
  fakeMs: number;
  requests: number;
  retried: number;
  throttled: number;
};
const ourLog = await fakeLog(documented);
await stop(documented);
const search = ourLog.requests.filter((request) => request.path.endsWith('/search')).length;
const other = ourLog.requests.length - search;
const failed = ourLog.requests.filter((request) => request.status >= 400).length;
const fakeSeconds = ourResult.fakeMs / 1000;
// The least time the documented ceilings allow for these requests, over the time taken.
const fraction = Math.max(search / 5, other / 10) / fakeSeconds;

// The official client, raised limits, real time.
const raised = await startServer(true);
const official = measureInChild(here('./hubspot-official.task.ts'), {
  url: raised.url,
  token: raised.token,
});
const officialResult = JSON.parse(official.detail) as {
  counts: Record<string, number>;
  associations: number;
};
const officialLog = await fakeLog(raised);
await stop(raised);

printTable(
  `HubSpot sync: ${contacts.toLocaleString('en')} contacts, ${deals.toLocaleString('en')} deals with associations (fake HubSpot)`,
  [
    'client',
    'records',
    'deal→contact links',
    'requests',
    'failed',
    'wall time',
    'peak RSS',
    'heap growth',
  ],
  [
    [
      'closedloop createHubSpotAdapter, sync() batches',
      `${ourResult.counts.people ?? 0} people, ${ourResult.counts.deals ?? 0} deals, ${ourResult.counts.accounts ?? 0} accounts`,
      String(ourResult.associations),
      String(ourLog.requests.length),
      `${failed} (429: ${ourLog.rejected}); surfaced: 0`,
      seconds(ours.ms),
      mib(ours.peakRssMiB),
      mib(ours.heapGrowthMiB),
    ],
    [
      '@hubspot/api-client getAll (raised limits, real time)',
      `${officialResult.counts.people ?? 0} people, ${officialResult.counts.deals ?? 0} deals, ${officialResult.counts.accounts ?? 0} accounts`,
      String(officialResult.associations),
      String(officialLog.requests.length),
      `${officialLog.requests.filter((request) => request.status >= 400).length}`,
      seconds(official.ms),
      mib(official.peakRssMiB),
      mib(official.heapGrowthMiB),
    ],
  ],
);
printTable(
  'closedloop adapter under the documented limits (fake time)',
  [
    'requests',
    'search req/s (ceiling 5)',
    'other req/s (ceiling 10)',
    'fake duration',
    'fraction of ceiling',
    'retried',
    'throttled waits',
  ],
  [
    [
      `${search} search + ${other} other`,
      (search / fakeSeconds).toFixed(2),
      (other / fakeSeconds).toFixed(2),
      seconds(ourResult.fakeMs),
      fraction.toFixed(3),
      String(ourResult.retried),
      String(ourResult.throttled),
    ],
  ],
);
