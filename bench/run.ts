/**
 * `npm run bench`: builds the app for production, starts the local stack, drives Debian's Chromium
 * through the journeys users feel, prints a Markdown table and writes bench/results.json. Sizes and
 * round-trip counts are checked against budgets (exit 1 naming the figure); times are only reported.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/browser/support/chromium';
import { buildApp, serveApp, type ServedApp } from '../test/support/app-build';
import { startStack, type Stack } from '../test/support/stack';
import { createUser } from '../test/support/users';
import { fillSignIn, signedInIndicator } from './flows';
import { recordRequests, type RoundTrips } from './requests';
import { measureBundle, type SizeReport } from './size';
import { measureRoundTrips, plainPages } from './roundtrips';
import { spread, type Spread } from './stats';
import { checkBudgets, type RoundTripFigures } from './budgets';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const APP_PORT = 4173;
const OUT = path.resolve('bench/out');

async function measureTimes(browser: Browser, stack: Stack, app: ServedApp) {
  const user = await createUser(stack, { label: 'bench-time' });
  const clickToSignedIn: number[] = [];
  const srpCompute: number[] = [];
  const coldLoad: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context is a cold cache: nothing from the previous run is reused.
    const context = await browser.newContext();
    const page = await context.newPage();
    const recorder = recordRequests(page, stack);
    const cold = { page, recorder, close: () => context.close() };
    const started = Date.now();
    await cold.page.goto(`${app.url}/sign-in`);
    await cold.page
      .getByRole('button', { name: 'Sign in', exact: true })
      .waitFor({ state: 'visible' });
    coldLoad.push(Date.now() - started);

    await fillSignIn(cold.page, user);
    cold.recorder.reset();
    const clickedAt = Date.now();
    await cold.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signedInIndicator(cold.page).waitFor();
    clickToSignedIn.push(Date.now() - clickedAt);

    // SRP maths in the browser: click → first call (A), and the gap between the answer to
    // InitiateAuth and the RespondToAuthChallenge request (S, K and the signature).
    const [initiate, respond] = cold.recorder.cognitoEvents();
    if (initiate?.answeredAt !== undefined && respond !== undefined) {
      srpCompute.push(initiate.sentAt - clickedAt + (respond.sentAt - initiate.answeredAt));
    }
    await cold.close();
  }
  return {
    clickToSignedIn: spread(clickToSignedIn),
    srpCompute: spread(srpCompute),
    coldLoad: spread(coldLoad),
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function trips(figure: RoundTrips): string {
  const parts = [
    ...Object.entries(figure.cognito).map(([k, v]) => `${k}×${v}`),
    ...Object.entries(figure.oauth).map(([k, v]) => `${k}×${v}`),
    ...(figure.api > 0 ? [`API×${figure.api}`] : []),
  ];
  return parts.length === 0 ? 'none' : parts.join(', ');
}

function ms(s: Spread): string {
  return `${s.median} ms | ${s.p90} ms | ${s.min}–${s.max} ms`;
}

function table(
  size: SizeReport,
  roundTrips: RoundTripFigures,
  times: Awaited<ReturnType<typeof measureTimes>>,
): string {
  const lines = [
    '| Size | raw | gzip -9 | brotli-11 |',
    '| --- | ---: | ---: | ---: |',
    `| All JS (${size.jsChunks} chunks) | ${kb(size.js.raw)} | ${kb(size.js.gzip)} | ${kb(size.js.brotli)} |`,
    `| All CSS (${size.cssFiles} files) | ${kb(size.css.raw)} | ${kb(size.css.gzip)} | ${kb(size.css.brotli)} |`,
    `| **First-load JS of /sign-in** (${size.signInFirstLoad.files.length} files; budget 115 KB gzip) | ${kb(size.signInFirstLoad.raw)} | **${kb(size.signInFirstLoad.gzip)}** | ${kb(size.signInFirstLoad.brotli)} |`,
    '',
    '| Largest modules in the /sign-in first load | minified bytes | share |',
    '| --- | ---: | ---: |',
    ...size.topModules.map(
      (m) => `| ${m.module} | ${kb(m.bytes)} | ${(m.share * 100).toFixed(1)}% |`,
    ),
    '',
    '| Round trips | limit | measured | requests |',
    '| --- | ---: | ---: | --- |',
    `| SRP sign-in (Cognito calls) | 2 | ${roundTrips.srpSignIn.cognitoTotal} | ${trips(roundTrips.srpSignIn)} |`,
    `| USER_PASSWORD_AUTH sign-in (Cognito calls) | 1 | ${roundTrips.passwordSignIn.cognitoTotal} | ${trips(roundTrips.passwordSignIn)} |`,
    `| Reload with a valid session (Cognito calls) | 0 | ${roundTrips.reloadValid.cognitoTotal} | ${trips(roundTrips.reloadValid)} |`,
    `| 10 concurrent API calls, access token due for refresh (refreshes) | 1 | ${roundTrips.concurrent.cognito.InitiateAuth ?? 0} | ${trips(roundTrips.concurrent)} |`,
    `| Hosted-UI sign-in (authorize + token calls) | 1 + 1 | ${roundTrips.hostedSignIn.oauth['/oauth2/authorize'] ?? 0} + ${roundTrips.hostedSignIn.oauth['/oauth2/token'] ?? 0} | ${trips(roundTrips.hostedSignIn)} |`,
    `| Sign-out (Cognito calls) | reported | ${roundTrips.signOut.cognitoTotal} | ${trips(roundTrips.signOut)} |`,
    '',
    `| Time (${times.clickToSignedIn.runs} runs) | median | p90 | spread |`,
    '| --- | ---: | ---: | ---: |',
    `| Click on Sign in → signed-in page (SRP, local stack) | ${ms(times.clickToSignedIn)} |`,
    `| SRP computation in the browser | ${ms(times.srpCompute)} |`,
    `| Cold load of /sign-in → Sign in button interactive | ${ms(times.coldLoad)} |`,
  ];
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  const appUrl = `http://localhost:${APP_PORT}`;
  const stack = await startStack({ appUrl });
  const closers: Array<() => Promise<void>> = [() => stack.close()];
  let browser: Browser | undefined;
  try {
    await buildApp(stack.env, path.join(OUT, 'app'));
    await buildApp(
      { ...stack.env, VITE_AUTH_FLOW: 'USER_PASSWORD_AUTH' },
      path.join(OUT, 'app-password'),
    );
    const app = await serveApp(path.join(OUT, 'app'), APP_PORT, stack.env);
    closers.push(() => app.close());
    const passwordApp = await serveApp(path.join(OUT, 'app-password'), 0, stack.env);
    closers.push(() => passwordApp.close());

    const size = measureBundle(path.join(OUT, 'app'));
    browser = await launchChromium();
    const roundTrips = await measureRoundTrips(
      plainPages(browser),
      stack,
      app.url,
      passwordApp.url,
    );
    const times = await measureTimes(browser, stack, app);

    const results = {
      measuredAt: new Date().toISOString(),
      machine: { node: process.version, platform: `${process.platform}-${process.arch}` },
      size,
      roundTrips,
      times,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(path.resolve('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(table(size, roundTrips, times));
    console.log(`\nWrote bench/results.json in ${results.durationSeconds} s.`);

    const failures = checkBudgets(size, roundTrips);
    if (failures.length > 0) {
      for (const failure of failures) console.error(`Budget exceeded: ${failure}`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    for (const close of closers.reverse()) await close().catch(() => {});
  }
}

await main();
