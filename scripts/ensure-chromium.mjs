// Makes sure Debian's Chromium is there for the browser tests: installs it with apt when
// possible, otherwise stops with a message naming what to install. Never a silent skip.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
if (!canApt) {
  console.error(
    `Chromium is missing at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium)` +
      ' or point CHROMIUM_PATH at a Chromium or Chrome binary, then run pnpm test again.',
  );
  process.exit(1);
}
console.log('Chromium is missing: installing Debian chromium with apt-get (about 30 s)…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
  stdio: 'inherit',
});
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
