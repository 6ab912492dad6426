/**
 * Click → signed in, the project against Amplify's <Authenticator>, on the same local pool and the
 * same user, in one run: interleaved (the order alternates per round, so drifting machine load hits
 * both alike), every sign-in in a fresh browser context (cold cache), at normal CPU and with the CPU
 * throttled 4× through Chrome DevTools Protocol. Times come from the page's own clock (page-clock.ts).
 */
import type { Browser } from 'playwright-core';
import type { Stack } from '../test/support/stack';
import type { TestUser } from '../test/support/users';
import { fillSignIn } from './flows';
import {
  installPageClock,
  readyTime,
  signInTiming,
  type SignedInMarker,
  type SignInTiming,
} from './page-clock';
import { recordRequests, type RoundTrips } from './requests';
import { spread, type Spread } from './stats';

export interface SignInApp {
  name: string;
  /** The sign-in page's full URL. */
  url: string;
  signedIn: SignedInMarker;
}

interface Sample extends SignInTiming {
  ready: number;
  roundTrips: RoundTrips;
}

async function signInOnce(
  browser: Browser,
  stack: Stack,
  app: SignInApp,
  user: TestUser,
  cpuRate: number,
): Promise<Sample> {
  const context = await browser.newContext();
  try {
    await installPageClock(context, app.signedIn);
    const page = await context.newPage();
    if (cpuRate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    const recorder = recordRequests(page, stack);
    await page.goto(app.url);
    const ready = await readyTime(page);
    await fillSignIn(page, user);
    recorder.reset();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const timing = await signInTiming(page, stack.cognitoUrl);
    return { ...timing, ready, roundTrips: recorder.counts() };
  } finally {
    await context.close();
  }
}

export interface AppFigures {
  clickToSignedIn: Spread;
  ready: Spread;
  srpCompute?: Spread;
  longestTask: Spread;
  /** Cognito calls of the last sign-in, e.g. { InitiateAuth: 1, RespondToAuthChallenge: 1 }. */
  cognitoCalls: Record<string, number>;
}

export interface Comparison {
  cpuRate: number;
  apps: Record<string, AppFigures>;
}

export async function compareSignIn(
  browser: Browser,
  stack: Stack,
  apps: readonly SignInApp[],
  user: TestUser,
  options: { cpuRate: number; rounds: number },
): Promise<Comparison> {
  const samples = new Map<string, Sample[]>(apps.map((app) => [app.name, []]));
  for (let round = 0; round < options.rounds; round += 1) {
    const order = round % 2 === 0 ? apps : [...apps].reverse();
    for (const app of order) {
      samples.get(app.name)!.push(await signInOnce(browser, stack, app, user, options.cpuRate));
    }
  }
  const figures: Record<string, AppFigures> = {};
  for (const [name, list] of samples) {
    const srp = list.flatMap((s) => (s.srpCompute === undefined ? [] : [s.srpCompute]));
    figures[name] = {
      clickToSignedIn: spread(list.map((s) => s.clickToSignedIn)),
      ready: spread(list.map((s) => s.ready)),
      ...(srp.length > 0 ? { srpCompute: spread(srp) } : {}),
      longestTask: spread(list.map((s) => s.longestTask)),
      cognitoCalls: list.at(-1)!.roundTrips.cognito,
    };
  }
  return { cpuRate: options.cpuRate, apps: figures };
}
