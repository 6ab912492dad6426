/**
 * Makes sure Debian's Chromium is there before browser tests run: installs it where it can (Debian,
 * as root), otherwise stops with one line naming exactly what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, missingBrowserMessage } from '../test/browser/support/chromium';

export function ensureBrowser(): void {
  if (missingBrowserMessage() === null) return;
  const isRoot = process.getuid?.() === 0;
  if (CHROMIUM_PATH === '/usr/bin/chromium' && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s "chromium" package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  const stillMissing = missingBrowserMessage();
  if (stillMissing !== null) {
    console.error(stillMissing);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowser();
