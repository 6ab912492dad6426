/**
 * Times sign-in with the page's own clock, so Playwright's round trips to the browser are not in the
 * figure: from the click event on "Sign in" (its `timeStamp`) to the first animation frame in which
 * the signed-in marker is in the DOM, and from navigation start to the first frame in which the
 * "Sign in" button is there and enabled. Works the same on any app: it only watches the DOM.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface SignedInMarker {
  /** Elements that may hold the marker text, e.g. 'header'. */
  selector: string;
  /** Text that appears there once signed in, e.g. 'Signed in as'. */
  text: string;
}

interface PageClock {
  readyAt?: number;
  clickAt?: number;
  shownAt?: number;
  /** [start, duration] of every task over 50 ms, from the Long Tasks API. */
  longTasks: Array<[number, number]>;
}

declare global {
  interface Window {
    __benchClock?: PageClock;
  }
}

/**
 * Runs in the page before any of its scripts. Plain JavaScript in a string, not a function Playwright
 * serialises: tsx compiles bench code with esbuild's keepNames, whose `__name(...)` wrappers do not
 * exist in the page. The frame callback's timestamp is the start of the frame that first paints the
 * change; the click's `timeStamp` is on the same clock (performance.now()).
 */
const PAGE_CLOCK_SCRIPT = `(marker) => {
  const clock = { longTasks: [] };
  window.__benchClock = clock;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) clock.longTasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const signInButton = () =>
    Array.from(document.querySelectorAll('button')).find((b) => b.textContent.trim() === 'Sign in');
  const signedIn = () =>
    Array.from(document.querySelectorAll(marker.selector)).some((el) =>
      el.textContent.includes(marker.text),
    );
  let waitingForReady = true;
  let waitingForSignedIn = false;
  new MutationObserver(() => {
    if (waitingForReady) {
      const button = signInButton();
      if (button !== undefined && !button.disabled) {
        waitingForReady = false;
        requestAnimationFrame((t) => { clock.readyAt = t; });
      }
    }
    if (waitingForSignedIn && signedIn()) {
      waitingForSignedIn = false;
      requestAnimationFrame((t) => { clock.shownAt = t; });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button === null || button.textContent.trim() !== 'Sign in') return;
    clock.clickAt = event.timeStamp;
    clock.shownAt = undefined;
    waitingForSignedIn = true;
  }, true);
}`;

export async function installPageClock(
  context: BrowserContext,
  marker: SignedInMarker,
): Promise<void> {
  await context.addInitScript({ content: `(${PAGE_CLOCK_SCRIPT})(${JSON.stringify(marker)});` });
}

/** Milliseconds from navigation start until the Sign in button was first painted enabled. */
export async function readyTime(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => window.__benchClock?.readyAt);
  return Math.round((await handle.jsonValue()) as number);
}

export interface SignInTiming {
  /** Click → first frame showing the signed-in state. */
  clickToSignedIn: number;
  /**
   * The app's own work between the calls: click → first Cognito request started, plus first answer
   * → second request started (for SRP: computing A, then S, K and the signature). From the page's
   * Resource Timing, where a CORS preflight counts as part of its request, not of the gap.
   */
  srpCompute?: number;
  /** The longest main-thread task between click and signed-in frame (0: none over 50 ms). */
  longestTask: number;
}

export async function signInTiming(page: Page, cognitoUrl: string): Promise<SignInTiming> {
  await page.waitForFunction(() => window.__benchClock?.shownAt !== undefined);
  return page.evaluate((origin) => {
    const clock = window.__benchClock!;
    const clickAt = clock.clickAt!;
    const calls = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.startsWith(origin) && e.startTime >= clickAt)
      .sort((a, b) => a.startTime - b.startTime) as PerformanceResourceTiming[];
    const [first, second] = calls;
    const during = clock.longTasks.filter(([start]) => start >= clickAt && start <= clock.shownAt!);
    const timing: { clickToSignedIn: number; srpCompute?: number; longestTask: number } = {
      clickToSignedIn: Math.round(clock.shownAt! - clickAt),
      longestTask: Math.round(Math.max(0, ...during.map(([, duration]) => duration))),
    };
    if (first !== undefined && second !== undefined) {
      timing.srpCompute = Math.round(
        first.startTime - clickAt + (second.startTime - first.responseEnd),
      );
    }
    return timing;
  }, cognitoUrl);
}
