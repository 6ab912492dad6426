/**
 * Signing up: create the account, confirm it with the emailed code (or send another), then sign in
 * with the password this tab still holds, so a new user never types it twice.
 */
import { noticeWords } from '../notices';
import { applyOutcome } from './signIn';
import { expectStep, run, wrongStep, type AuthActions, type FlowContext } from './flow';

export type SignUpActions = Pick<AuthActions, 'signUp' | 'confirmSignUp' | 'resendSignUpCode'>;

// A password kept for sign-in after confirmation is useless after this, so it is dropped.
const PENDING_PASSWORD_TTL_MS = 30 * 60 * 1000;
const CONFIRMED_NOTICE = noticeWords('common.emailConfirmed');

/** Signs in with the password from this tab's sign-up, if it is still held; otherwise asks for it. */
async function signInAfterConfirmation(ctx: FlowContext, username: string): Promise<void> {
  const pending = ctx.pending.signUp;
  ctx.pending.signUp = null;
  if (
    pending === null ||
    pending.username !== username ||
    ctx.now() - pending.at > PENDING_PASSWORD_TTL_MS
  ) {
    ctx.dispatch({ type: 'SIGNED_OUT', notice: CONFIRMED_NOTICE });
    return;
  }
  try {
    applyOutcome(ctx, await ctx.services.signIn(username, pending.password, ctx.config.authFlow));
  } catch {
    // The account is confirmed either way; the sign-in screen can take it from here.
    ctx.dispatch({ type: 'SIGNED_OUT', notice: CONFIRMED_NOTICE });
  }
}

export function signUpActions(ctx: FlowContext): SignUpActions {
  const { services } = ctx;
  return {
    signUp: (input) =>
      run('signUp', async () => {
        const username = input.email.trim();
        const result = await services.signUp({
          username,
          password: input.password,
          attributes: { ...input.attributes, email: username },
        });
        ctx.pending.signUp = { username, password: input.password, at: ctx.now() };
        if (result.userConfirmed) {
          await signInAfterConfirmation(ctx, username);
          return;
        }
        ctx.dispatch({ type: 'CONFIRM_SIGN_UP', username, delivery: result.delivery });
      }),

    confirmSignUp: (code) =>
      run('confirmSignUp', async () => {
        const { username } = expectStep(ctx, 'confirmSignUp');
        await services.confirmSignUp(username, code.trim());
        await signInAfterConfirmation(ctx, username);
      }),

    resendSignUpCode: (username) =>
      run('confirmSignUp', async () => {
        const state = ctx.state();
        const target =
          username?.trim() || (state.step === 'confirmSignUp' ? state.username : undefined);
        if (!target) throw wrongStep();
        return services.resendSignUpCode(target);
      }),
  };
}
