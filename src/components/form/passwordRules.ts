/**
 * The pool's password policy as checks a person can watch tick while typing, and the limits
 * Cognito's API puts on every password (PasswordType: at most 256 characters, no whitespace at
 * either end). The symbol set is Cognito's own, so the checklist never says "met" for a password
 * the pool would refuse.
 */
import type { PasswordPolicy, PasswordRule } from '../../config/env';
import { englishTranslator } from '../../i18n/translator';
import { characterCount, type Words } from './validation';

/** Cognito's special characters (user pool password requirements), space included. */
export const COGNITO_SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ';

/** Cognito's PasswordType maximum, in characters. */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordCheckId = 'length' | PasswordRule;

export interface PasswordCheck {
  id: PasswordCheckId;
  label: string;
  met: boolean;
}

/**
 * After the length: letters (lower, then upper), digits, symbols, the order people read such rules
 * in, and the one AWS's own CDK PasswordPolicy example uses (minLength, requireLowercase,
 * requireUppercase, requireDigits, requireSymbols). Cognito's console lists its checkboxes number,
 * symbol, upper, lower; that is an order of settings for an administrator, not of rules to meet.
 */
const RULE_ORDER: readonly PasswordRule[] = ['lower', 'upper', 'number', 'symbol'];

const RULE_LABEL = {
  lower: 'form.checklist.lower',
  upper: 'form.checklist.upper',
  number: 'form.checklist.number',
  symbol: 'form.checklist.symbol',
} as const satisfies Record<PasswordRule, string>;

const RULE_TEST: Record<PasswordRule, (password: string) => boolean> = {
  number: (p) => /[0-9]/.test(p),
  symbol: (p) => [...p].some((c) => COGNITO_SYMBOLS.includes(c)),
  upper: (p) => /[A-Z]/.test(p),
  lower: (p) => /[a-z]/.test(p),
};

export function checkPassword(
  password: string,
  policy: PasswordPolicy,
  { t }: Pick<Words, 't'> = englishTranslator,
): PasswordCheck[] {
  const checks: PasswordCheck[] = [
    {
      id: 'length',
      label: t('form.checklist.length', { count: policy.minLength }),
      // Count code points, not UTF-16 units, as a person would count characters.
      met: characterCount(password) >= policy.minLength,
    },
  ];
  for (const rule of RULE_ORDER) {
    if (policy.require.includes(rule)) {
      checks.push({ id: rule, label: t(RULE_LABEL[rule]), met: RULE_TEST[rule](password) });
    }
  }
  return checks;
}

/**
 * What Cognito refuses in any password, new or current, before the policy: whitespace at either
 * end (its pattern `^[\S]+.*[\S]+$`) and more than 256 characters. Said before sending, because
 * the pool's own answer names neither.
 */
export function passwordFormatProblem(
  password: string,
  { t }: Pick<Words, 't'> = englishTranslator,
): string | undefined {
  if (/^\s|\s$/u.test(password)) return t('form.password.edgeSpace');
  if (characterCount(password) > PASSWORD_MAX_LENGTH) {
    return t('form.password.tooLong', { max: PASSWORD_MAX_LENGTH });
  }
  return undefined;
}

/** The validation message for the password of a sign-in. */
export function currentPasswordProblem(
  password: string,
  words: Pick<Words, 't'> = englishTranslator,
): string | undefined {
  if (password === '') return words.t('form.password.enterCurrent');
  return passwordFormatProblem(password, words);
}

/** The validation message for a new password, or undefined when the policy is met. */
export function newPasswordProblem(
  password: string,
  policy: PasswordPolicy,
  which: 'password' | 'new password' = 'password',
  words: Pick<Words, 't'> = englishTranslator,
): string | undefined {
  const isNew = which === 'new password';
  if (password === '') return words.t(isNew ? 'form.password.enterNew' : 'form.password.enter');
  const format = passwordFormatProblem(password, words);
  if (format) return format;
  // The checklist under the field already says which rules are unmet; repeating them here doubles
  // what a screen reader reads from aria-describedby.
  const unmet = checkPassword(password, policy, words).some((check) => !check.met);
  if (!unmet) return undefined;
  return words.t(isNew ? 'form.password.unmetNew' : 'form.password.unmet');
}
