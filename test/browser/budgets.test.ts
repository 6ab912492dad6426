/**
 * The benchmark's deterministic budgets, enforced on every test run: the first-load JS of /sign-in
 * and the round trips of each step. Times are left to `npm run bench`, which only reports them.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkRoundTrips, checkSize } from '../../bench/budgets';
import { measureRoundTrips } from '../../bench/roundtrips';
import { measureBundle } from '../../bench/size';
import { setupChromium } from './support/session';

const stack = inject('stack');
const browser = setupChromium({ transient: ['/callback', '/oauth2/authorize'] });

describe('budgets', () => {
  it('keeps the first-load JS of /sign-in within 115 KB gzip', () => {
    const size = measureBundle(path.resolve('test-results/app'));
    expect(checkSize(size)).toEqual([]);
  });

  it('keeps every step within its round-trip limit', async () => {
    const figures = await measureRoundTrips(
      () => browser.open(),
      stack,
      stack.appUrl,
      inject('passwordAppUrl'),
    );
    expect(checkRoundTrips(figures)).toEqual([]);
    // The limits are maxima; these prove each flow really happened rather than counting nothing.
    expect(figures.srpSignIn.cognito).toEqual({ InitiateAuth: 1, RespondToAuthChallenge: 1 });
    expect(figures.passwordSignIn.cognito).toEqual({ InitiateAuth: 1 });
    expect(figures.passkeySignIn.cognito).toEqual({ InitiateAuth: 1, RespondToAuthChallenge: 1 });
    expect(figures.emailCodeSignIn.cognito).toEqual({ InitiateAuth: 1, RespondToAuthChallenge: 1 });
    expect(figures.concurrent.cognito).toEqual({ GetTokensFromRefreshToken: 1 });
    expect(figures.concurrent.api).toBeGreaterThanOrEqual(10);
    expect(figures.hostedSignIn.oauth['/oauth2/token']).toBe(1);
    expect(figures.signOut.cognito.RevokeToken).toBe(1);
  });
});
