/**
 * The pool's password policy as checks a person can watch tick while typing. The symbol set is
 * Cognito's own, so the checklist never says "met" for a password the pool would refuse.
 */
import type { PasswordPolicy, PasswordRule } from '../../config/env';

/** Cognito's special characters (user pool password requirements), space included. */
export const COGNITO_SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ';

export type PasswordCheckId = 'length' | PasswordRule;

export interface PasswordCheck {
  id: PasswordCheckId;
  label: string;
  met: boolean;
}

const RULE_ORDER: readonly PasswordRule[] = ['number', 'symbol', 'upper', 'lower'];

const RULE_LABEL: Record<PasswordRule, string> = {
  number: 'A number',
  symbol: 'A symbol, such as ! @ # or $',
  upper: 'An uppercase letter',
  lower: 'A lowercase letter',
};

const RULE_TEST: Record<PasswordRule, (password: string) => boolean> = {
  number: (p) => /[0-9]/.test(p),
  symbol: (p) => [...p].some((c) => COGNITO_SYMBOLS.includes(c)),
  upper: (p) => /[A-Z]/.test(p),
  lower: (p) => /[a-z]/.test(p),
};

export function checkPassword(password: string, policy: PasswordPolicy): PasswordCheck[] {
  const checks: PasswordCheck[] = [
    {
      id: 'length',
      label: `At least ${policy.minLength} characters`,
      // Count code points, not UTF-16 units, as a person would count characters.
      met: [...password].length >= policy.minLength,
    },
  ];
  for (const rule of RULE_ORDER) {
    if (policy.require.includes(rule)) {
      checks.push({ id: rule, label: RULE_LABEL[rule], met: RULE_TEST[rule](password) });
    }
  }
  return checks;
}

/** The validation message for a new password, or undefined when the policy is met. */
export function newPasswordProblem(
  password: string,
  policy: PasswordPolicy,
  label = 'password',
): string | undefined {
  if (password === '') return `Enter a ${label}.`;
  // The checklist under the field already says which rules are unmet; repeating them here doubles
  // what a screen reader reads from aria-describedby.
  const unmet = checkPassword(password, policy).some((check) => !check.met);
  return unmet ? `The ${label} does not meet every requirement below.` : undefined;
}
