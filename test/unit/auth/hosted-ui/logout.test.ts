import { describe, expect, it, vi } from 'vitest';
import {
  buildLogoutUrl,
  consumeSignedOutFlag,
  redirectToHostedSignOut,
} from '../../../../src/auth/hosted-ui/logout';
import { readConfig } from '../../../../src/config/env';
import { CLIENT_ID, DOMAIN, ORIGIN, testConfig } from './support';

describe('buildLogoutUrl', () => {
  it('points at the hosted UI logout with client_id and logout_uri', () => {
    const url = new URL(buildLogoutUrl(testConfig()));
    expect(`${url.origin}${url.pathname}`).toBe(`${DOMAIN}/logout`);
    expect([...url.searchParams.keys()].sort()).toEqual(['client_id', 'logout_uri']);
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('logout_uri')).toBe(`${ORIGIN}/signed-out`);
  });

  it('encodes the logout_uri and tolerates a trailing slash on the domain', () => {
    const href = buildLogoutUrl(
      testConfig({
        hostedUiDomain: `${DOMAIN}/`,
        redirectSignOut: 'https://app.example.com/?a=1&b=2',
      }),
    );
    expect(href).toBe(
      `${DOMAIN}/logout?client_id=${CLIENT_ID}&logout_uri=https%3A%2F%2Fapp.example.com%2F%3Fa%3D1%26b%3D2`,
    );
  });

  it('works for the local stand-in on http', () => {
    const href = buildLogoutUrl(
      testConfig({
        hostedUiDomain: 'http://localhost:9229',
        isLocalPool: true,
        redirectSignOut: 'http://localhost:5173/',
      }),
    );
    expect(href).toBe(
      `http://localhost:9229/logout?client_id=${CLIENT_ID}&logout_uri=http%3A%2F%2Flocalhost%3A5173%2F`,
    );
  });

  it('sends the default sign-out URL exactly as registered (<origin>/)', () => {
    const result = readConfig(
      {
        VITE_COGNITO_REGION: 'us-east-1',
        VITE_COGNITO_USER_POOL_ID: 'us-east-1_Test123',
        VITE_COGNITO_CLIENT_ID: CLIENT_ID,
        VITE_COGNITO_DOMAIN: DOMAIN,
        VITE_API_URL: 'http://localhost:3001',
      },
      'http://localhost:5173',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.config.redirectSignOut).toBe('http://localhost:5173/');
    expect(new URL(buildLogoutUrl(result.config)).searchParams.get('logout_uri')).toBe(
      'http://localhost:5173/',
    );
  });

  it('throws without a hosted UI domain', () => {
    expect(() => buildLogoutUrl(testConfig({ hostedUiDomain: undefined }))).toThrow(
      /VITE_COGNITO_DOMAIN/,
    );
  });
});

describe('signed-out flag', () => {
  it('is set before leaving and reads true exactly once', () => {
    const navigate = vi.fn();
    expect(redirectToHostedSignOut(testConfig(), navigate)).toBe(true);
    expect(navigate).toHaveBeenCalledWith(buildLogoutUrl(testConfig()));
    expect(consumeSignedOutFlag()).toBe(true);
    expect(consumeSignedOutFlag()).toBe(false);
  });

  it('does nothing without a hosted UI domain', () => {
    const navigate = vi.fn();
    expect(redirectToHostedSignOut(testConfig({ hostedUiDomain: undefined }), navigate)).toBe(
      false,
    );
    expect(navigate).not.toHaveBeenCalled();
    expect(consumeSignedOutFlag()).toBe(false);
  });

  it('ignores a flag from a logout that never came back', () => {
    const now = Date.now();
    redirectToHostedSignOut(testConfig(), vi.fn(), now - 10 * 60 * 1000);
    expect(consumeSignedOutFlag(now)).toBe(false);
  });
});
