/**
 * Faster SRP for the Cognito SDK, with the SDK still owning the protocol (what is hashed, padded,
 * sent and checked). Two changes, both at seams of the SDK's own `AuthenticationHelper`:
 *
 * - Arithmetic: its two modular exponentiations (`calculateA`: A = g^a; `calculateS`:
 *   S = (B − k·g^x)^(a + u·x)) run on native BigInt (./bigint.ts) instead of jsbn. Proven bit for bit
 *   against the SDK's own methods in test/unit/auth/cognito/srp-differential.test.ts.
 * - Warm-up: a helper (its random `a` and `A = g^a`) is made while the page is idle, so a click on
 *   Sign in sends InitiateAuth at once. One helper per attempt, never reused.
 *
 * The SDK builds its helper inside `CognitoUser.authenticateUserDefaultAuth` with a module-private
 * `new AuthenticationHelper(...)`, so nothing can be passed in. Its constructor does exactly two
 * things with `a`: `this.smallAValue = this.generateRandomSmallA()`, then `this.getLargeAValue()`,
 * which computes A only when `largeAValue` is unset. `adoptWarmHelper` hands the prepared pair to
 * the next helper constructed, synchronously, through `generateRandomSmallA`; the unit tests pin
 * that seam so an SDK upgrade that moves it fails loudly instead of silently losing the speed-up.
 */
import { AuthenticationHelper } from 'amazon-cognito-identity-js';
import { hexToBigInt, modPow } from './bigint';

/** jsbn's BigInteger as the SDK uses it; only what this module needs. */
export interface SdkBigInteger {
  toString(radix: number): string;
}

type SrpCallback<T> = (error: Error | null, value: T | null) => void;

// The SDK exports AuthenticationHelper at runtime but leaves it out of its typings; these are the
// members its own code (6.3.x) uses and this module replaces or reads.
declare module 'amazon-cognito-identity-js' {
  export class AuthenticationHelper {
    constructor(poolName: string);
    N: SdkBigInteger;
    g: SdkBigInteger;
    k: SdkBigInteger;
    smallAValue: SdkBigInteger;
    largeAValue?: SdkBigInteger;
    UValue?: SdkBigInteger;
    generateRandomSmallA(): SdkBigInteger;
    getLargeAValue(callback: SrpCallback<SdkBigInteger>): void;
    calculateA(a: SdkBigInteger, callback: SrpCallback<SdkBigInteger>): void;
    calculateS(
      x: SdkBigInteger,
      serverB: SdkBigInteger,
      callback: SrpCallback<SdkBigInteger>,
    ): void;
    getPasswordAuthenticationKey(
      username: string,
      password: string,
      serverB: SdkBigInteger,
      salt: SdkBigInteger,
      callback: SrpCallback<Uint8Array>,
    ): void;
  }
}

/** jsbn prints negatives as "-ff"; BigInt wants the sign outside the 0x. */
export function fromSdk(value: SdkBigInteger): bigint {
  const hex = value.toString(16);
  return hex.startsWith('-') ? -hexToBigInt(hex.slice(1)) : hexToBigInt(hex);
}

/**
 * The SDK's BigInteger class is not exported either; every helper holds instances of it, and the
 * SDK's padHex insists on that exact class, so results are built with the constructor of its `N`.
 */
function toSdk(helper: AuthenticationHelper, value: bigint): SdkBigInteger {
  const SdkBigInteger = helper.N.constructor as new (hex: string, radix: number) => SdkBigInteger;
  return new SdkBigInteger(value.toString(16), 16);
}

/** Client premaster secret S = (B − k·g^x)^(a + u·x) mod N, as the SDK's `calculateS` defines it. */
export function clientSecret(p: {
  N: bigint;
  g: bigint;
  k: bigint;
  a: bigint;
  u: bigint;
  x: bigint;
  B: bigint;
}): bigint {
  // SRP-6a has the client abort when u = 0. The SDK checks before calling calculateS; this guard
  // keeps the arithmetic safe on its own, whoever calls it.
  if (p.u === 0n) throw new Error('U cannot be zero.');
  const gx = modPow(p.g, p.x, p.N);
  return modPow(p.B - p.k * gx, p.a + p.u * p.x, p.N);
}

function nativeCalculateA(
  this: AuthenticationHelper,
  a: SdkBigInteger,
  callback: SrpCallback<SdkBigInteger>,
): void {
  const N = fromSdk(this.N);
  const A = modPow(fromSdk(this.g), fromSdk(a), N);
  // The SDK's message, word for word, so errors read the same whichever arithmetic ran.
  if (A === 0n) return callback(new Error('Illegal paramater. A mod N cannot be 0.'), null);
  callback(null, toSdk(this, A));
}

function nativeCalculateS(
  this: AuthenticationHelper,
  x: SdkBigInteger,
  serverB: SdkBigInteger,
  callback: SrpCallback<SdkBigInteger>,
): void {
  let S: bigint;
  try {
    S = clientSecret({
      N: fromSdk(this.N),
      g: fromSdk(this.g),
      k: fromSdk(this.k),
      a: fromSdk(this.smallAValue),
      u: this.UValue === undefined ? 0n : fromSdk(this.UValue),
      x: fromSdk(x),
      B: fromSdk(serverB),
    });
  } catch (error) {
    return callback(error instanceof Error ? error : new Error(String(error)), null);
  }
  callback(null, toSdk(this, S));
}

const sdk = AuthenticationHelper.prototype;
/** The SDK's own methods, kept for the differential tests and for `a` when no warm helper waits. */
export const sdkArithmetic = {
  calculateA: sdk.calculateA,
  calculateS: sdk.calculateS,
  generateRandomSmallA: sdk.generateRandomSmallA,
};
export const nativeArithmetic = { calculateA: nativeCalculateA, calculateS: nativeCalculateS };

let handoff: AuthenticationHelper | undefined;

function generateOrAdoptSmallA(this: AuthenticationHelper): SdkBigInteger {
  const warm = handoff;
  handoff = undefined;
  if (warm?.largeAValue === undefined) return sdkArithmetic.generateRandomSmallA.call(this);
  // Set before the constructor's getLargeAValue(), which then skips computing A again.
  this.largeAValue = warm.largeAValue;
  return warm.smallAValue;
}

let installed = false;
/** Puts native arithmetic and the warm-helper seam into every AuthenticationHelper. Idempotent. */
export function installFastSrp(): void {
  if (installed) return;
  installed = true;
  sdk.calculateA = nativeCalculateA;
  sdk.calculateS = nativeCalculateS;
  sdk.generateRandomSmallA = generateOrAdoptSmallA;
}

/**
 * Runs `start` (which makes the SDK construct its helper synchronously, as `authenticateUser` does)
 * with `warm`'s `a` and `A` handed to that helper. The hand-off is cleared afterwards either way, so
 * a warm pair is used by at most one helper.
 */
export function adoptWarmHelper<T>(warm: AuthenticationHelper | undefined, start: () => T): T {
  handoff = warm;
  try {
    return start();
  } finally {
    handoff = undefined;
  }
}

type Schedule = (task: () => void) => void;

// Idle time, so the ~10 ms (4× that on a slow phone) never delays a frame the user is waiting for.
const whenIdle: Schedule = (task) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
};

export interface SrpWarmup {
  /** The prepared helper, if one is ready; it is removed, so it serves exactly one attempt. */
  take(): AuthenticationHelper | undefined;
  /** Prepares the next helper when the page is next idle, unless one is ready or on its way. */
  prepare(): void;
}

export function createSrpWarmup(poolName: string, schedule: Schedule = whenIdle): SrpWarmup {
  let ready: AuthenticationHelper | undefined;
  let scheduled = false;
  return {
    take() {
      const helper = ready;
      ready = undefined;
      return helper;
    },
    prepare() {
      if (ready !== undefined || scheduled) return;
      scheduled = true;
      schedule(() => {
        scheduled = false;
        // The constructor draws a fresh random `a` and computes A; nothing else is kept.
        ready ??= new AuthenticationHelper(poolName);
      });
    },
  };
}
