/**
 * The browser ceremony's failures, as the platform raises them through @simplewebauthn/browser,
 * become codes from the one error table with words for sign-in and for the account page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const browser = vi.hoisted(() => ({
  supported: true,
  startAuthentication: vi.fn(),
  startRegistration: vi.fn(),
}));

vi.mock('@simplewebauthn/browser', () => ({
  browserSupportsWebAuthn: () => browser.supported,
  startAuthentication: browser.startAuthentication,
  startRegistration: browser.startRegistration,
}));

const { createPasskey, getPasskeyAssertion } = await import('../../../src/auth/webauthn');

/** How the library wraps a DOMException: its own error, the platform's as `cause`. */
function wrapped(name: string) {
  return Object.assign(new Error('wrapped'), { cause: new DOMException('platform', name) });
}

beforeEach(() => {
  browser.supported = true;
  browser.startAuthentication.mockReset();
  browser.startRegistration.mockReset();
});

describe('getPasskeyAssertion', () => {
  it('passes the parsed options and returns the credential as a JSON string', async () => {
    browser.startAuthentication.mockResolvedValue({ id: 'cred', type: 'public-key' });
    await expect(getPasskeyAssertion('{"challenge":"c"}')).resolves.toBe(
      '{"id":"cred","type":"public-key"}',
    );
    expect(browser.startAuthentication).toHaveBeenCalledWith({ optionsJSON: { challenge: 'c' } });
  });

  it.each([
    ['NotAllowedError', 'PasskeyCancelled', /closed or timed out/],
    ['AbortError', 'PasskeyCancelled', /closed or timed out/],
    ['SecurityError', 'PasskeyFailed', /couldn't use a passkey/],
  ])('maps %s to %s', async (name, code, message) => {
    browser.startAuthentication.mockRejectedValue(wrapped(name));
    await expect(getPasskeyAssertion('{}')).rejects.toMatchObject({ code, message });
  });

  it('says the browser cannot use passkeys, and offers the other ways', async () => {
    browser.supported = false;
    await expect(getPasskeyAssertion('{}')).rejects.toMatchObject({
      code: 'WebAuthnUnsupported',
      message: expect.stringMatching(/can't use passkeys.*password or a code by email/),
    });
    expect(browser.startAuthentication).not.toHaveBeenCalled();
  });
});

describe('createPasskey', () => {
  it('uses the account-page words for a cancelled prompt and an existing passkey', async () => {
    browser.startRegistration.mockRejectedValueOnce(wrapped('NotAllowedError'));
    await expect(createPasskey({})).rejects.toMatchObject({
      message: 'The passkey prompt was closed or timed out. No passkey was added.',
    });
    browser.startRegistration.mockRejectedValueOnce(wrapped('InvalidStateError'));
    await expect(createPasskey({})).rejects.toMatchObject({ code: 'PasskeyExists' });
  });
});
