/**
 * Authenticator-app (TOTP) MFA, both where it is set up during sign-in (the mfaSetup step) and from
 * the account page, plus the otpauth:// URI the QR code carries.
 */
import type { MfaChallenge, TotpSetup } from '../types';
import { applyOutcome } from './signIn';
import { flowHandle, run, wrongStep, type AuthActions, type FlowContext } from './flow';

export type TotpActions = Pick<
  AuthActions,
  'setupTotp' | 'verifyTotp' | 'disableTotp' | 'getMfaStatus'
>;

/** `otpauth://totp/<issuer>:<account>?secret=…&issuer=…`, the Key Uri Format authenticator apps read. */
export function otpauthUri(issuer: string, account: string, secret: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  return `otpauth://totp/${label}?secret=${encodeURIComponent(secret)}&issuer=${encodeURIComponent(issuer)}`;
}

/** `issuer` is the name authenticator apps show next to the code. */
export function totpActions(ctx: FlowContext, issuer: string): TotpActions {
  const { services } = ctx;
  return {
    setupTotp: () =>
      run('mfa', async (): Promise<TotpSetup> => {
        const state = ctx.state();
        let secretCode: string;
        let label: string;
        if (state.step === 'mfaSetup') {
          secretCode = await services.associateTotp({ flow: flowHandle(ctx) });
          label = state.username;
        } else if (state.step === 'signedIn') {
          secretCode = await services.associateTotp({ accessToken: await ctx.getAccessToken() });
          label = state.user.email ?? state.user.username;
        } else {
          throw wrongStep();
        }
        return { secretCode, otpauthUri: otpauthUri(issuer, label, secretCode) };
      }),

    verifyTotp: (code, friendlyName) =>
      run('mfa', async () => {
        const state = ctx.state();
        if (state.step === 'mfaSetup') {
          const outcome = await services.verifyTotp(
            { flow: flowHandle(ctx) },
            code.trim(),
            friendlyName,
          );
          if (outcome !== null) applyOutcome(ctx, outcome);
          const session = ctx.session();
          if (session !== null) {
            // Make the new factor the preferred one; signing in has already succeeded either way.
            await services
              .setTotpPreference(session.tokens.accessToken, true)
              .catch(() => undefined);
          }
          return;
        }
        if (state.step !== 'signedIn') throw wrongStep();
        const accessToken = await ctx.getAccessToken();
        await services.verifyTotp({ accessToken }, code.trim(), friendlyName);
        await services.setTotpPreference(accessToken, true);
      }),

    disableTotp: () =>
      run('mfa', async () => {
        await services.setTotpPreference(await ctx.getAccessToken(), false);
      }),

    getMfaStatus: () =>
      run('mfa', async (): Promise<{ totpEnabled: boolean; preferred?: MfaChallenge }> =>
        services.getMfaStatus(await ctx.getAccessToken()),
      ),
  };
}
