/**
 * The native-BigInt SRP arithmetic against the SDK's own AuthenticationHelper (jsbn), bit for bit.
 * The SDK is the reference: same helper, same inputs, once through its methods and once through ours.
 * Random vectors use small exponents where the SDK's jsbn would otherwise take ~0.1 s per vector;
 * the full-size vectors run the whole password-key derivation exactly as a sign-in does.
 */
import { AuthenticationHelper } from 'amazon-cognito-identity-js';
import { describe, expect, it } from 'vitest';
import { hexToBigInt, modPow } from '../../../../src/auth/cognito/bigint';
import {
  clientSecret,
  fromSdk,
  nativeArithmetic,
  sdkArithmetic,
  type SdkBigInteger,
} from '../../../../src/auth/cognito/srp';

const helper = new AuthenticationHelper('us-east-1_Differential');
/** The jsbn members the reference side calls directly. */
interface Jsbn extends SdkBigInteger {
  negate(): Jsbn;
  modPow(e: SdkBigInteger, m: SdkBigInteger, cb: (err: Error | null, r: Jsbn) => void): Jsbn;
}
const SdkBig = helper.N.constructor as new (hex: string, radix: number) => Jsbn;
const big = (hex: string) => new SdkBig(hex, 16);
const N = fromSdk(helper.N);
const padHex = (value: SdkBigInteger): string =>
  (helper as unknown as { padHex(v: SdkBigInteger): string }).padHex(value);

/** Random, never zero: jsbn's modPow returns without calling back for a zero exponent. */
function randomHex(maxBytes: number, minBytes = 1): string {
  const length = minBytes + Math.floor(Math.random() * (maxBytes - minBytes + 1));
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  bytes[length - 1]! |= 1;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Some vectors get leading zero bytes, some a set high bit: the two places padding can go wrong. */
function shapedHex(maxBytes: number): string {
  const hex = randomHex(maxBytes);
  const shape = Math.random();
  if (shape < 0.2) return `0000${hex}`;
  if (shape < 0.4) return `f${hex.slice(1)}`;
  if (shape < 0.5) return `0${hex.slice(1)}`;
  return hex;
}

function run<T>(method: (cb: (err: Error | null, value: T | null) => void) => void): T {
  let result: { err: Error | null; value: T | null } | undefined;
  method((err, value) => {
    result ??= { err, value };
  });
  if (result === undefined) throw new Error('The callback was not called synchronously.');
  if (result.err !== null) throw result.err;
  return result.value as T;
}

function sdkS(x: SdkBigInteger, B: SdkBigInteger): SdkBigInteger {
  return run<SdkBigInteger>((cb) => sdkArithmetic.calculateS.call(helper, x, B, cb));
}
function nativeS(x: SdkBigInteger, B: SdkBigInteger): SdkBigInteger {
  return run<SdkBigInteger>((cb) => nativeArithmetic.calculateS.call(helper, x, B, cb));
}

// jsbn is the slow side here; on a shared 2-core machine the full-size vectors take seconds.
const SLOW = { timeout: 120_000 };

describe('native modPow against jsbn', SLOW, () => {
  it('agrees on 1,000 random vectors with negative, zero, oversize and zero-padded bases', () => {
    for (let i = 0; i < 1000; i += 1) {
      const baseHex = shapedHex(400);
      const negative = i % 3 === 0;
      const exponentHex = i % 250 === 0 ? '0' : randomHex(1);
      const sdkBase = negative ? big(baseHex).negate() : big(baseHex);
      // The return value, not the callback: jsbn skips the callback for a zero exponent.
      const expected = sdkBase.modPow(big(exponentHex), helper.N, () => {});
      const base = negative ? -hexToBigInt(baseHex) : hexToBigInt(baseHex);
      // jsbn may leave a negative base's result negative; the SDK always reduces it with mod(N).
      const reference = ((fromSdk(expected) % N) + N) % N;
      expect(modPow(base, hexToBigInt(exponentHex), N), `${baseHex} ^ ${exponentHex}`).toBe(
        reference,
      );
    }
  });

  it('handles the degenerate operands', () => {
    expect(modPow(0n, 0n, N)).toBe(1n);
    expect(modPow(0n, 5n, N)).toBe(0n);
    expect(modPow(N, 3n, N)).toBe(0n);
    expect(modPow(-1n, 3n, N)).toBe(N - 1n);
    expect(modPow(7n, 9n, 1n)).toBe(0n);
    expect(() => modPow(2n, -1n, N)).toThrow(RangeError);
    expect(() => modPow(2n, 1n, 0n)).toThrow(RangeError);
  });

  it('refuses hex that is not hex, by name', () => {
    expect(hexToBigInt('00ff')).toBe(255n);
    expect(() => hexToBigInt('0x12')).toThrow('Not a hexadecimal number: "0x12"');
    expect(() => hexToBigInt('')).toThrow(/Not a hexadecimal number/);
  });
});

describe('calculateS: native against the SDK', SLOW, () => {
  it('agrees on 2,000 random vectors (small a, u and x; any B, including B < k·g^x)', () => {
    for (let i = 0; i < 2000; i += 1) {
      helper.smallAValue = big(randomHex(1));
      helper.UValue = big(randomHex(1));
      const x = big(shapedHex(1));
      const B = big(shapedHex(400));
      const label = `a=${helper.smallAValue.toString(16)} u=${helper.UValue.toString(16)} x=${x.toString(16)} B=${B.toString(16)}`;
      expect(padHex(nativeS(x, B)), label).toBe(padHex(sdkS(x, B)));
    }
  });

  it('agrees on full-size values: 1024-bit a, 256-bit u and x, B below N', () => {
    for (let i = 0; i < 8; i += 1) {
      helper.smallAValue = big(randomHex(128, 128));
      helper.UValue = big(randomHex(32, 32));
      const x = big(randomHex(32, 32));
      const B = big((hexToBigInt(randomHex(384, 384)) % N).toString(16));
      expect(padHex(nativeS(x, B))).toBe(padHex(sdkS(x, B)));
    }
  });

  it('refuses u = 0 with the SDK’s own message, and never computes S', () => {
    helper.UValue = big('0');
    expect(() => nativeS(big('1234'), big('5678'))).toThrow('U cannot be zero.');
    expect(() => clientSecret({ N, g: 2n, k: 3n, a: 5n, u: 0n, x: 7n, B: 11n })).toThrow(
      'U cannot be zero.',
    );
  });
});

describe('calculateA: native against the SDK', SLOW, () => {
  it('agrees on 300 small and 4 full-size random a', () => {
    for (let i = 0; i < 304; i += 1) {
      const a = big(i < 300 ? shapedHex(3) : randomHex(128, 128));
      const expected = run<SdkBigInteger>((cb) => sdkArithmetic.calculateA.call(helper, a, cb));
      const actual = run<SdkBigInteger>((cb) => nativeArithmetic.calculateA.call(helper, a, cb));
      expect(padHex(actual), a.toString(16)).toBe(padHex(expected));
    }
  });
});

describe('the whole password key, as a sign-in derives it', SLOW, () => {
  it('is the same HKDF output with native S as with the SDK’s, on 8 full-size vectors', () => {
    for (let i = 0; i < 8; i += 1) {
      const reference = new AuthenticationHelper('us-east-1_Differential');
      // A copy of the same helper state (same a and A); only calculateS differs.
      const fast = Object.assign(
        Object.create(AuthenticationHelper.prototype) as AuthenticationHelper,
        reference,
      );
      fast.calculateS = nativeArithmetic.calculateS;
      // Salts with leading zero bytes or the top bit set, and a B whose top bit is set: the SDK pads
      // all of them before hashing; the two helpers must agree on every byte that follows.
      const salt = big(i % 2 === 0 ? `00${randomHex(16, 15)}` : `ff${randomHex(15, 15)}`);
      const B = big((hexToBigInt(`ff${randomHex(383, 383)}`) % N).toString(16));
      const username = `user-${i}-${randomHex(4)}`;
      const password = `Pässw0rd!${randomHex(6)}`;
      const key = (h: AuthenticationHelper) =>
        Buffer.from(
          run<Uint8Array>((cb) => h.getPasswordAuthenticationKey(username, password, B, salt, cb)),
        ).toString('hex');
      expect(key(fast)).toBe(key(reference));
    }
  });

  it('still refuses B ≡ 0 (mod N) before any arithmetic', () => {
    const fast = new AuthenticationHelper('us-east-1_Differential');
    fast.calculateS = nativeArithmetic.calculateS;
    expect(() =>
      fast.getPasswordAuthenticationKey('u', 'p', helper.N, big('01'), () => {}),
    ).toThrow('B cannot be zero.');
  });
});
