/**
 * Chromium's virtual authenticator through the DevTools protocol: a platform authenticator (internal
 * transport, resident keys, user verification) that answers WebAuthn ceremonies with real
 * attestations and assertions, so the local pool verifies them as it would a phone's.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface VirtualAuthenticator {
  /** Whether the next ceremonies pass user verification; false makes them fail as a cancel does. */
  setUserVerified(verified: boolean): Promise<void>;
  /** How many credentials the authenticator holds (it keeps them after the pool forgets one). */
  credentialCount(): Promise<number>;
}

export async function addVirtualAuthenticator(
  context: BrowserContext,
  page: Page,
): Promise<VirtualAuthenticator> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    async setUserVerified(isUserVerified) {
      await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified });
    },
    async credentialCount() {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      return credentials.length;
    },
  };
}
