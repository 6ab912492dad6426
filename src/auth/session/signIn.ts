/**
 * Signing in: the password sign-in and each challenge Cognito may answer it with (new password, MFA,
 * a choice of MFA), the hosted-UI hand-over, and the forgotten-password reset that leads back to it.
 */
import { toAuthError } from '../errors';
import type { SignInOutcome } from '../services';
import { expectStep, flowHandle, run, wrongStep, type AuthActions, type FlowContext } from './flow';

export type SignInActions = Pick<
  AuthActions,
  | 'signIn'
  | 'completeNewPassword'
  | 'answerMfa'
  | 'selectMfaType'
  | 'completeHostedSignIn'
  | 'forgotPassword'
  | 'confirmForgotPassword'
>;

/** Moves the session to the step Cognito's answer names, keeping the flow for the next step. */
export function applyOutcome(ctx: FlowContext, outcome: SignInOutcome): void {
  if (outcome.kind === 'signedIn') {
    ctx.establish(outcome.tokens, 'password');
    return;
  }
  ctx.pending.handle = outcome.flow;
  const { username } = outcome.flow;
  switch (outcome.kind) {
    case 'newPasswordRequired':
      ctx.dispatch({
        type: 'NEW_PASSWORD_REQUIRED',
        username,
        requiredAttributes: outcome.requiredAttributes,
        ...(outcome.displayName === undefined ? {} : { displayName: outcome.displayName }),
      });
      return;
    case 'mfa':
      ctx.dispatch({
        type: 'MFA_REQUIRED',
        username,
        challenge: outcome.challenge,
        delivery: outcome.delivery,
      });
      return;
    case 'selectMfa':
      ctx.dispatch({
        type: 'MFA_REQUIRED',
        username,
        challenge: 'SELECT_MFA_TYPE',
        options: outcome.options,
      });
      return;
    case 'mfaSetup':
      ctx.dispatch({ type: 'MFA_SETUP', username });
      return;
  }
}

export function signInActions(ctx: FlowContext): SignInActions {
  const { services } = ctx;
  return {
    signIn: (input) =>
      run('signIn', async () => {
        const username = input.username.trim();
        ctx.pending.clear();
        try {
          applyOutcome(ctx, await services.signIn(username, input.password, ctx.config.authFlow));
        } catch (e) {
          const error = toAuthError(e, 'signIn');
          if (error.code !== 'UserNotConfirmedException') throw error;
          // Finish the sign-up instead of failing: send a fresh code and sign in after confirmation.
          ctx.pending.signUp = { username, password: input.password, at: ctx.now() };
          const delivery = await services.resendSignUpCode(username).catch(() => undefined);
          ctx.dispatch({ type: 'CONFIRM_SIGN_UP', username, delivery });
        }
      }),

    completeNewPassword: (input) =>
      run('signIn', async () => {
        expectStep(ctx, 'newPasswordRequired');
        applyOutcome(
          ctx,
          await services.completeNewPassword(flowHandle(ctx), input.newPassword, input.attributes),
        );
      }),

    answerMfa: (code) =>
      run('mfa', async () => {
        const state = expectStep(ctx, 'mfa');
        if (state.challenge === 'SELECT_MFA_TYPE') throw wrongStep();
        applyOutcome(ctx, await services.answerMfa(flowHandle(ctx), code.trim(), state.challenge));
      }),

    selectMfaType: (type) =>
      run('mfa', async () => {
        expectStep(ctx, 'mfa');
        applyOutcome(ctx, await services.selectMfaType(flowHandle(ctx), type));
      }),

    completeHostedSignIn: (tokens) =>
      run('signIn', async () => {
        ctx.establish(tokens, 'hostedUi');
      }),

    forgotPassword: (username) =>
      run('forgotPassword', async () => {
        try {
          return await services.forgotPassword(username.trim());
        } catch (e) {
          // Answer as if a code went out, so the form never reveals whether an account exists.
          if (toAuthError(e).code === 'UserNotFoundException') return {};
          throw e;
        }
      }),

    confirmForgotPassword: (input) =>
      run('forgotPassword', () =>
        services.confirmForgotPassword(input.username.trim(), input.code.trim(), input.newPassword),
      ),
  };
}
