/**
 * Client-side checks shared by every form, so the same mistake gets the same words everywhere, and
 * the normalisation Cognito itself applies (finding 9 of issue 12), so what a person types or pastes
 * reaches the pool in the form the pool expects. Each check takes the current language's translator;
 * without one it speaks English (callers not yet translated keep working).
 */
import { englishTranslator, type Translator } from '../../i18n/translator';

/** What a check needs from the translator: its words, and the language for grammar. */
export type Words = Pick<Translator, 't' | 'locale'>;

// Deliberately loose: the pool has the last word; this only catches obvious slips before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Cognito's limit for an attribute value (AttributeType.Value), in characters. */
export const ATTRIBUTE_MAX_LENGTH = 2048;

/** Characters, as Cognito counts them (code points), not UTF-16 units. */
export const characterCount = (value: string): number => [...value].length;

/**
 * The email to send for a new account. Trimmed as Cognito trims nothing; lower-cased so the
 * account's address is stored one way whatever the pool's case setting: ours is case-insensitive,
 * but a pool created with case-sensitive usernames would otherwise take Ada@Example.com as a second
 * account. Mail providers treat the local part case-insensitively in practice.
 */
export function signUpEmail(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * A one-time code as people paste it ("123 456", "123-456", " 123456 "): spaces and dashes of any
 * kind removed, so only the digits remain for the check and for Cognito.
 */
export function normaliseCode(value: string): string {
  return value.replace(/[\s\-\u2010-\u2015\u2212]/g, '');
}

export function emailProblem(value: string, { t }: Words = englishTranslator): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return t('form.email.required');
  if (!EMAIL.test(trimmed)) return t('form.email.invalid');
  return undefined;
}

/**
 * "Enter your name." for a required field, or a length problem. `label` is the field's label as
 * shown; mid-sentence it is lower-cased, except in German, where nouns keep their capital.
 */
export function requiredProblem(
  value: string,
  label: string,
  { t, locale }: Words = englishTranslator,
): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') {
    const inSentence = locale === 'de' ? label : label.charAt(0).toLowerCase() + label.slice(1);
    return t('form.required', { label: inSentence });
  }
  return lengthProblem(trimmed, ATTRIBUTE_MAX_LENGTH, { t });
}

/** A value over `max` characters (counted as Cognito counts them). */
export function lengthProblem(
  value: string,
  max: number,
  { t }: Pick<Words, 't'> = englishTranslator,
): string | undefined {
  return characterCount(value) > max ? t('form.tooLong', { max }) : undefined;
}

const ENTER_CODE = {
  code: 'form.code.enter',
  'confirmation code': 'form.code.enterConfirmation',
  'verification code': 'form.code.enterVerification',
} as const;

export function codeProblem(
  value: string,
  label: keyof typeof ENTER_CODE = 'code',
  { t }: Pick<Words, 't'> = englishTranslator,
): string | undefined {
  const code = normaliseCode(value);
  if (code === '') return t(ENTER_CODE[label]);
  if (!/^\d{4,10}$/.test(code)) return t('form.code.digitsOnly');
  return undefined;
}
