/**
 * Custom message: the emails that carry a code (sign-up verification, resend, forgot password, the
 * admin's invitation) name the product, show the code, and link to the screen where it goes with
 * the email filled in. The code is never in the link: URLs end up in proxy and browser logs, and a
 * code in a link would also let a mail scanner's preview use it.
 */
import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { paths } from '../../src/config/paths';
import { emailLinksFromEnv, type TriggerDeps } from './deps';

/** All this trigger needs: it sends nothing itself, Cognito sends what it returns. */
type LinkDeps = Pick<TriggerDeps, 'appOrigin' | 'productName'>;

interface Message {
  subject: string;
  /** Paragraphs; joined with blank lines. Cognito requires the code placeholder in the body. */
  lines: string[];
}

function link(deps: LinkDeps, path: string, email: string | undefined): string {
  return `${deps.appOrigin}${path}${email ? `?email=${encodeURIComponent(email)}` : ''}`;
}

function messageFor(event: CustomMessageTriggerEvent, deps: LinkDeps): Message | null {
  const { codeParameter, usernameParameter, userAttributes } = event.request;
  const email = userAttributes.email;
  const product = deps.productName;
  switch (event.triggerSource) {
    case 'CustomMessage_SignUp':
    case 'CustomMessage_ResendCode':
      return {
        subject: `Your ${product} verification code`,
        lines: [
          `Your verification code is ${codeParameter}`,
          `Enter it on the confirmation page to finish creating your account: ${link(deps, paths.confirmSignUp, email)}`,
        ],
      };
    case 'CustomMessage_ForgotPassword':
      return {
        subject: `Reset your ${product} password`,
        lines: [
          `Your password reset code is ${codeParameter}`,
          `Enter it with your new password here: ${link(deps, paths.forgotPassword, email)}`,
          'If you did not ask to reset your password, ignore this email; your password stays as it is.',
        ],
      };
    case 'CustomMessage_AdminCreateUser':
      return {
        subject: `You are invited to ${product}`,
        lines: [
          `An administrator created a ${product} account for you. Your username is ${usernameParameter ?? email ?? ''} and your temporary password is ${codeParameter}`,
          `Sign in here; you will choose your own password: ${link(deps, paths.signIn, email)}`,
        ],
      };
    case 'CustomMessage_UpdateUserAttribute':
    case 'CustomMessage_VerifyUserAttribute':
      return {
        subject: `Verify your ${product} email address`,
        lines: [`Your verification code is ${codeParameter}`],
      };
    default:
      // Other sources (sign-in codes) keep Cognito's default message.
      return null;
  }
}

export function createHandler(deps: LinkDeps) {
  return async (event: CustomMessageTriggerEvent): Promise<CustomMessageTriggerEvent> => {
    const message = messageFor(event, deps);
    if (message) {
      event.response.emailSubject = message.subject;
      event.response.emailMessage = message.lines.join('\n\n');
      event.response.smsMessage = `Your ${deps.productName} code is ${event.request.codeParameter}`;
    }
    return event;
  };
}

export const handler = createHandler(emailLinksFromEnv());
