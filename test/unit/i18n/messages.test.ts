/**
 * Errors carry catalogue messages, not words: the same AuthError reads in each language, nested
 * messages included, and a service's own words are framed, never lost.
 */
import { describe, expect, it } from 'vitest';
import { toAuthError } from '../../../src/auth/errors';
import { noticeText } from '../../../src/auth/notices';
import { SESSION_EXPIRED_MESSAGE } from '../../../src/auth/errors';
import { message, translateMessage } from '../../../src/i18n/message';
import { englishTranslator, loadTranslator } from '../../../src/i18n/translator';

const aws = (code: string, text: string) => Object.assign(new Error(text), { code });

describe('catalogue messages in errors', () => {
  it('keeps English words in `message` and the key in `text`', () => {
    const e = toAuthError(aws('NotAuthorizedException', 'Incorrect username or password.'));
    expect(e.text).toEqual({ key: 'errors.wrongCredentials' });
    expect(e.message).toBe(translateMessage(englishTranslator, e.text));
  });

  it('translates a password rule Cognito names, inside the sentence that frames it', async () => {
    const e = toAuthError(
      aws(
        'InvalidPasswordException',
        'Password did not conform with policy: Password must have uppercase characters',
      ),
    );
    const de = await loadTranslator('de');
    const fr = await loadTranslator('fr');
    expect(translateMessage(de, e.text)).toBe(
      'Ihr Passwort erfüllt die Anforderungen nicht. Das Passwort muss Großbuchstaben enthalten.',
    );
    expect(translateMessage(fr, e.text)).toBe(
      'Votre mot de passe ne respecte pas les exigences. Le mot de passe doit contenir des majuscules.',
    );
  });

  it('shows a rule it does not know as Cognito wrote it, after translated words', async () => {
    const e = toAuthError(
      aws(
        'InvalidPasswordException',
        'Password does not conform to policy: Password is too famous',
      ),
      'changePassword',
    );
    expect(e.message).toBe(
      "Your new password doesn't meet the requirements. Password is too famous.",
    );
    expect(translateMessage(await loadTranslator('de'), e.text)).toBe(
      'Ihr neues Passwort erfüllt die Anforderungen nicht. Password is too famous.',
    );
  });

  it("frames a trigger's own message in the reader's language and keeps it whole", async () => {
    const e = toAuthError(
      aws(
        'UserLambdaValidationException',
        'PreSignUp failed with error Please use a permanent email address.',
      ),
    );
    expect(e.message).toBe('Please use a permanent email address.');
    expect(translateMessage(await loadTranslator('fr'), e.text)).toBe(
      'Vos informations n’ont pas été acceptées\u00a0: Please use a permanent email address.',
    );
  });

  it('translates the hosted UI and API tables too', async () => {
    const de = await loadTranslator('de');
    expect(translateMessage(de, message('errors.hosted.stateReused'))).toMatch(/bereits verwendet/);
    expect(translateMessage(de, message('errors.api.status', { status: 503 }))).toBe(
      'Statuscode 503',
    );
  });

  it('finds the message behind a session notice kept in English', async () => {
    const text = noticeText(SESSION_EXPIRED_MESSAGE);
    expect(text).toEqual({ key: 'errors.sessionExpired' });
    expect(
      translateMessage(await loadTranslator('de'), text as { key: 'errors.sessionExpired' }),
    ).toBe('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.');
    expect(noticeText('Words from elsewhere.')).toBe('Words from elsewhere.');
  });
});
