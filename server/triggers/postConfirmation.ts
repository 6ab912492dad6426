/**
 * Post confirmation: every newly confirmed user joins the default group (so groups mean something
 * from the first sign-in), and gets a welcome email. Confirming a forgotten password fires this
 * trigger too (PostConfirmation_ConfirmForgotPassword); that is no new user, so it does nothing.
 */
import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { DEFAULT_GROUP } from '../pool/definition';
import { depsFromEnv } from './aws';
import type { OutgoingEmail, TriggerDeps } from './deps';

export function welcomeEmail(
  attrs: Record<string, string | undefined>,
  deps: Pick<TriggerDeps, 'appOrigin' | 'productName'>,
): OutgoingEmail | null {
  const to = attrs.email;
  if (!to) return null;
  const name = attrs.name?.trim();
  const signIn = `${deps.appOrigin}/sign-in?email=${encodeURIComponent(to)}`;
  return {
    to,
    subject: `Welcome to ${deps.productName}`,
    text: [
      `Hello${name ? ` ${name}` : ''},`,
      '',
      `your ${deps.productName} account is ready. Sign in at ${signIn}`,
      '',
      'If you did not create this account, ignore this email.',
    ].join('\n'),
  };
}

export function createHandler(deps: TriggerDeps) {
  return async (event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> => {
    if (event.triggerSource !== 'PostConfirmation_ConfirmSignUp') return event;
    await deps.addUserToGroup(event.userPoolId, event.userName, DEFAULT_GROUP);
    const email = welcomeEmail(event.request.userAttributes, deps);
    if (email) {
      // A lost welcome email must not fail the confirmation: the account is already confirmed, and
      // Cognito would show the user an error for a step that succeeded.
      await deps.sendEmail(email).catch((err: unknown) => {
        console.error('Welcome email failed:', err instanceof Error ? err.message : String(err));
      });
    }
    return event;
  };
}

export const handler = createHandler(depsFromEnv());
