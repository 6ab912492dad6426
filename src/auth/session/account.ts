/**
 * A signed-in user's own account: password change, attributes (with the code a changed email needs),
 * and leaving, from this browser or from every device. TOTP lives next door in totp.ts.
 */
import { toAuthError } from '../errors';
import type { CodeDelivery } from '../types';
import { run, type AuthActions, type FlowContext } from './flow';

export type AccountActions = Pick<
  AuthActions,
  'changePassword' | 'updateAttributes' | 'verifyAttribute' | 'signOut' | 'signOutEverywhere'
>;

export function accountActions(ctx: FlowContext): AccountActions {
  const { services } = ctx;

  /** New ID token claims (name, email) after an attribute change; a failure only delays them. */
  const refreshQuietly = async () => {
    await ctx.getAccessToken({ forceRefresh: true }).catch(() => undefined);
  };

  return {
    changePassword: (input) =>
      run('changePassword', async () =>
        services.changePassword(await ctx.getAccessToken(), input.oldPassword, input.newPassword),
      ),

    updateAttributes: (attributes) =>
      run('attributes', async () => {
        const state = ctx.state();
        const before = state.step === 'signedIn' ? state.user.email : undefined;
        const deliveries = await services.updateAttributes(await ctx.getAccessToken(), attributes);
        await refreshQuietly();
        const emailChanged = attributes.email !== undefined && attributes.email !== before;
        const result: { verificationRequired: boolean; delivery?: CodeDelivery } = {
          verificationRequired: deliveries.length > 0 || emailChanged,
        };
        if (deliveries[0] !== undefined) result.delivery = deliveries[0];
        return result;
      }),

    verifyAttribute: (attribute, code) =>
      run('attributes', async () => {
        await services.verifyAttribute(await ctx.getAccessToken(), attribute, code.trim());
        await refreshQuietly();
      }),

    signOut: async () => {
      const session = ctx.session();
      ctx.signOutLocally({ broadcast: true, reason: 'user' });
      const refreshToken = session?.tokens.refreshToken;
      // Cleared first, revoked second and bounded by the request timeout: a slow or failed revoke
      // must never leave tokens behind or keep the person waiting.
      const revoked =
        refreshToken === undefined
          ? Promise.resolve()
          : services.revokeToken(refreshToken).catch(() => undefined);
      if (session?.signInMethod !== 'hostedUi') return { leavingPage: false };
      // Leaving for the hosted logout would cancel the revoke, so that waits for it to settle.
      await revoked;
      return { leavingPage: ctx.leaveHostedUi() };
    },

    signOutEverywhere: () =>
      run('session', async () => {
        const session = ctx.session();
        const accessToken = await ctx.getAccessToken();
        try {
          await services.globalSignOut(accessToken);
        } catch (e) {
          // Already signed out everywhere is the goal reached; anything else leaves the session as is.
          if (toAuthError(e).code !== 'NotAuthorizedException') throw e;
        }
        ctx.signOutLocally({ broadcast: true, reason: 'user' });
        return { leavingPage: session?.signInMethod === 'hostedUi' && ctx.leaveHostedUi() };
      }),
  };
}
