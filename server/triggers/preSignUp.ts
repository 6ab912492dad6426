/**
 * Pre sign-up: refuses addresses outside the allow-list (when SIGN_UP_RULES names one) and addresses
 * at well-known disposable-mail services. Cognito turns the thrown message into the
 * UserLambdaValidationException the sign-up form shows next to the email field.
 */
import type { PreSignUpTriggerEvent } from 'aws-lambda';
import { SIGN_UP_RULES } from '../pool/definition';
import type { TriggerDeps } from './deps';

export interface SignUpRules {
  allowedEmailDomains: readonly string[];
  disposableEmailDomains: readonly string[];
}

// No final full stop: Cognito wraps the message as "PreSignUp failed with error <message>." itself.
export const DISPOSABLE_MESSAGE =
  'Please use a permanent email address: addresses from disposable-mail services cannot sign up';

export function domainNotAllowedMessage(allowed: readonly string[]): string {
  return `Sign-up is limited to email addresses at ${allowed.join(', ')}`;
}

/** `ada@mail.example.com` is at `example.com` too: subdomains belong to their parent's owner. */
function isAtDomain(domain: string, parent: string): boolean {
  const p = parent.toLowerCase();
  return domain === p || domain.endsWith(`.${p}`);
}

/** Why this address may not sign up, or null when it may. */
export function signUpRefusal(email: string | undefined, rules: SignUpRules): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  // A missing email is Cognito's to refuse (required attribute), with its own message.
  if (!email || at < 0) return null;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  if (rules.disposableEmailDomains.some((d) => isAtDomain(domain, d))) return DISPOSABLE_MESSAGE;
  if (
    rules.allowedEmailDomains.length > 0 &&
    !rules.allowedEmailDomains.some((d) => isAtDomain(domain, d))
  ) {
    return domainNotAllowedMessage(rules.allowedEmailDomains);
  }
  return null;
}

export function handlerWithRules(rules: SignUpRules) {
  return async (event: PreSignUpTriggerEvent): Promise<PreSignUpTriggerEvent> => {
    const refusal = signUpRefusal(event.request.userAttributes.email, rules);
    if (refusal) throw new Error(refusal);
    return event;
  };
}

/** The common trigger-module shape (see deps.ts); this trigger needs nothing from outside. */
export function createHandler(_deps?: TriggerDeps) {
  return handlerWithRules(SIGN_UP_RULES);
}

export const handler = createHandler();
