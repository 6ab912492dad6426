/**
 * The warm-up: `a` and A made while the page is idle, handed to the helper the SDK builds inside
 * authenticateUser, used by exactly one attempt, and replaced only after that attempt ends. These
 * tests also pin the SDK seam (its constructor calling generateRandomSmallA, then getLargeAValue), so
 * an SDK upgrade that moves it fails here rather than silently losing the speed-up.
 */
import { AuthenticationHelper } from 'amazon-cognito-identity-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hexToBigInt, modPow } from '../../../../src/auth/cognito/bigint';
import { createCognitoServices } from '../../../../src/auth/cognito/services';
import {
  adoptWarmHelper,
  createSrpWarmup,
  fromSdk,
  installFastSrp,
} from '../../../../src/auth/cognito/srp';
import { testAppConfig } from '../../../support/render';

installFastSrp();

afterEach(() => vi.restoreAllMocks());

const idle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('adoptWarmHelper', () => {
  it('gives the next helper the warm a and A without computing A again, once', () => {
    const warm = new AuthenticationHelper('us-east-1_Warm');
    const calculateA = vi.spyOn(AuthenticationHelper.prototype, 'calculateA');

    const adopted = adoptWarmHelper(warm, () => new AuthenticationHelper('us-east-1_Warm'));
    expect(adopted.smallAValue).toBe(warm.smallAValue);
    expect(adopted.largeAValue).toBe(warm.largeAValue);
    expect(calculateA).not.toHaveBeenCalled();

    // The hand-off is spent: the next helper draws its own a.
    const after = new AuthenticationHelper('us-east-1_Warm');
    expect(calculateA).toHaveBeenCalledTimes(1);
    expect(fromSdk(after.smallAValue)).not.toBe(fromSdk(warm.smallAValue));
  });

  it('leaves the SDK to draw a when there is no warm helper', () => {
    const calculateA = vi.spyOn(AuthenticationHelper.prototype, 'calculateA');
    const helper = adoptWarmHelper(undefined, () => new AuthenticationHelper('us-east-1_Warm'));
    expect(calculateA).toHaveBeenCalledTimes(1);
    const N = fromSdk(helper.N);
    expect(fromSdk(helper.largeAValue!)).toBe(modPow(2n, fromSdk(helper.smallAValue), N));
  });

  it('clears the hand-off even when the start throws', () => {
    const warm = new AuthenticationHelper('us-east-1_Warm');
    expect(() =>
      adoptWarmHelper(warm, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(new AuthenticationHelper('us-east-1_Warm').smallAValue).not.toBe(warm.smallAValue);
  });
});

describe('createSrpWarmup', () => {
  it('schedules one helper at a time and hands each out once', () => {
    const tasks: Array<() => void> = [];
    const warmup = createSrpWarmup('us-east-1_Warm', (task) => tasks.push(task));
    warmup.prepare();
    warmup.prepare();
    expect(tasks).toHaveLength(1);
    expect(warmup.take()).toBeUndefined();

    tasks.shift()!();
    const first = warmup.take();
    expect(first).toBeInstanceOf(AuthenticationHelper);
    expect(warmup.take()).toBeUndefined();

    warmup.prepare();
    tasks.shift()!();
    expect(warmup.take()).not.toBe(first);
  });
});

describe('SRP sign-in through the services', () => {
  function refusingCognito() {
    const srpA: bigint[] = [];
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { AuthParameters?: { SRP_A?: string } };
      if (body.AuthParameters?.SRP_A) srpA.push(hexToBigInt(body.AuthParameters.SRP_A));
      return new Response(
        JSON.stringify({
          __type: 'NotAuthorizedException',
          message: 'Incorrect username or password.',
        }),
        { status: 400 },
      );
    });
    return { fetch, srpA };
  }

  it('sends the A prepared while idle, and prepares a new one only after the attempt ends', async () => {
    const N = fromSdk(new AuthenticationHelper('us-east-1_Warm').N);
    const cognito = refusingCognito();
    const calculateA = vi.spyOn(AuthenticationHelper.prototype, 'calculateA');
    const services = createCognitoServices(testAppConfig({ authFlow: 'USER_SRP_AUTH' }), {
      fetch: cognito.fetch,
    });
    expect(calculateA).not.toHaveBeenCalled();
    await idle();
    expect(calculateA).toHaveBeenCalledTimes(1);
    const firstSmallA = fromSdk(calculateA.mock.calls[0]![0]);
    calculateA.mockClear();

    const attempt = services.signIn('someone@example.com', 'Wr0ng!pass', 'USER_SRP_AUTH');
    // The click computed nothing: InitiateAuth carries the warm A.
    expect(calculateA).not.toHaveBeenCalled();
    await expect(attempt).rejects.toMatchObject({ code: expect.any(String) });
    expect(cognito.srpA).toEqual([modPow(2n, firstSmallA, N)]);

    await idle();
    expect(calculateA).toHaveBeenCalledTimes(1);
    const secondSmallA = fromSdk(calculateA.mock.calls[0]![0]);
    expect(secondSmallA).not.toBe(firstSmallA);
    await expect(
      services.signIn('someone@example.com', 'Wr0ng!pass', 'USER_SRP_AUTH'),
    ).rejects.toBeTruthy();
    expect(cognito.srpA[1]).toBe(modPow(2n, secondSmallA, N));
  });
});
