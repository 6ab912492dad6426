/**
 * Issue 12 finding 9, the app's half: what people type or paste reaches Cognito the way Cognito
 * itself normalises it (trimmed usernames, one lower-case address per account, codes without
 * spaces or dashes), and Cognito's limits are said before anything is sent.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reply } from '../../support/cognito-http-fake';
import { expectFocus } from '../../support/focus';
import { challengeReply, PASSWORD, renderJourney, setupCognito, signedInReply } from './support';

type User = ReturnType<typeof renderJourney>['user'];

async function signUpAs(user: User, email: string, password = PASSWORD, name = 'Grace') {
  await user.type(await screen.findByLabelText('Name'), name);
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

/** What the app answered Cognito's challenge with, by response name. */
function answered(fake: ReturnType<typeof setupCognito>, response: string): string | undefined {
  const body = fake.callsTo('RespondToAuthChallenge')[0]?.body;
  return (body?.ChallengeResponses as Record<string, string> | undefined)?.[response];
}

/** Asks for a reset code for ada@example.com, typed as `typed`; returns on the code step. */
async function requestReset(typed: string) {
  const fake = setupCognito();
  fake.addUser({ username: 'ada@example.com', password: 'Old-pass1!' });
  const { user } = renderJourney('/forgot-password');
  await user.type(await screen.findByLabelText('Email'), typed);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
  return { fake, user };
}

/** user.type reads braces and brackets as keys; a paste puts text in as it is. */
async function pasteInto(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('usernames as Cognito normalises them', () => {
  it('sends a sign-up email trimmed and lower-cased, as username and as the email attribute', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await signUpAs(user, '  Grace+Tag@Example.COM ');
    await screen.findByRole('heading', { level: 1, name: 'Confirm your email' });
    const body = fake.callsTo('SignUp')[0]!.body;
    expect(body.Username).toBe('grace+tag@example.com');
    expect(body.UserAttributes).toEqual(
      expect.arrayContaining([{ Name: 'email', Value: 'grace+tag@example.com' }]),
    );
  });

  it('cannot create a second account by typing an existing address in capitals', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    const { user } = renderJourney('/sign-up');
    await signUpAs(user, 'Ada@Example.com');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/already exists/i));
    expect(fake.users.has('Ada@Example.com')).toBe(false);
  });

  it('trims the email of a sign-in, a reset and a resent code', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'new@example.com', password: PASSWORD, confirmed: false });
    const { user } = renderJourney('/sign-in');
    await user.type(await screen.findByLabelText('Email'), '  new@example.com  ');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Confirm your email' });
    expect(fake.callsTo('InitiateAuth')[0]!.body).toMatchObject({
      AuthParameters: expect.objectContaining({ USERNAME: 'new@example.com' }),
    });
    await user.click(screen.getByRole('button', { name: 'Resend code' }));
    await waitFor(() => expect(fake.count('ResendConfirmationCode')).toBe(2));
    for (const call of fake.callsTo('ResendConfirmationCode')) {
      expect(call.body.Username).toBe('new@example.com');
    }
  });

  it('trims the email of a password reset', async () => {
    const { fake } = await requestReset(' ada@example.com ');
    expect(fake.callsTo('ForgotPassword')[0]!.body).toMatchObject({ Username: 'ada@example.com' });
  });
});

describe('codes as people paste them', () => {
  it.each(['123 456', '123-456', ' 123456 ', '123\u2009456'])(
    'confirms sign-up with the code pasted as %j',
    async (pasted) => {
      const fake = setupCognito();
      const { user } = renderJourney('/sign-up');
      await signUpAs(user, 'grace@example.com');
      await screen.findByRole('heading', { level: 1, name: 'Confirm your email' });
      const code = screen.getByLabelText('Confirmation code');
      await pasteInto(user, code, pasted);
      expect(code).toHaveValue('123456');
      await user.click(screen.getByRole('button', { name: 'Confirm account' }));
      await waitFor(() => expect(fake.count('ConfirmSignUp')).toBe(1));
      expect(fake.callsTo('ConfirmSignUp')[0]!.body.ConfirmationCode).toBe('123456');
    },
  );

  it('takes a typed code with a space in the middle', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await signUpAs(user, 'grace@example.com');
    await screen.findByRole('heading', { level: 1, name: 'Confirm your email' });
    await user.type(screen.getByLabelText('Confirmation code'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Confirm account' }));
    await waitFor(() => expect(fake.count('ConfirmSignUp')).toBe(1));
    expect(fake.callsTo('ConfirmSignUp')[0]!.body.ConfirmationCode).toBe('123456');
  });

  it('resets a password with the code pasted as "123-456"', async () => {
    const { fake, user } = await requestReset('ada@example.com');
    await pasteInto(user, screen.getByLabelText('Code'), '123-456');
    await user.type(screen.getByLabelText('New password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(fake.callsTo('ConfirmForgotPassword')[0]!.body.ConfirmationCode).toBe('123456');
  });

  it('answers an authenticator challenge with the code pasted as "123 456"', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    fake.script('InitiateAuth', () => challengeReply('SOFTWARE_TOKEN_MFA'));
    fake.script('RespondToAuthChallenge', () => signedInReply('ada@example.com'));
    const { user } = renderJourney('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Enter your verification code' });
    await pasteInto(user, screen.getByLabelText('Code'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(fake.count('RespondToAuthChallenge')).toBe(1));
    expect(answered(fake, 'SOFTWARE_TOKEN_MFA_CODE')).toBe('123456');
  });

  it('signs in with an emailed code pasted as "1234 5678"', async () => {
    const fake = setupCognito();
    fake.script('InitiateAuth', () =>
      challengeReply('EMAIL_OTP', {
        CODE_DELIVERY_DESTINATION: 'a***@e***',
        CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
      }),
    );
    fake.script('RespondToAuthChallenge', () => reply.error('CodeMismatchException', 'Wrong'));
    const { user } = renderJourney('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));
    await screen.findByRole('heading', { level: 1, name: 'Enter your sign-in code' });
    expect(screen.getByText(/sign-in code to ada@example\.com/)).toBeInTheDocument();
    await pasteInto(user, screen.getByLabelText('Code'), '1234 5678');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(fake.count('RespondToAuthChallenge')).toBe(1));
    expect(answered(fake, 'EMAIL_OTP_CODE')).toBe('12345678');
  });
});

describe("Cognito's limits, said before sending", () => {
  it.each([
    [' Corr3ct-Horse!', /cannot start or end with a space/],
    ['Corr3ct-Horse! ', /cannot start or end with a space/],
    [`Aa1!${'x'.repeat(253)}`, /at most 256 characters/],
  ])('refuses the new password %#', async (password, words) => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await user.type(await screen.findByLabelText('Name'), 'Grace');
    await user.type(screen.getByLabelText('Email'), 'grace@example.com');
    await pasteInto(user, screen.getByLabelText('Password'), password);
    expect(screen.getByLabelText('Password')).toHaveValue(password);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const field = screen.getByLabelText('Password');
    await expectFocus(field);
    expect(field).toHaveAccessibleDescription(words);
    expect(fake.count('SignUp')).toBe(0);
  });

  it('accepts a password of exactly 256 characters', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await user.type(await screen.findByLabelText('Name'), 'Grace');
    await user.type(screen.getByLabelText('Email'), 'grace@example.com');
    await pasteInto(user, screen.getByLabelText('Password'), `Aa1!${'x'.repeat(252)}`);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(fake.count('SignUp')).toBe(1));
  });

  it('says a sign-in password cannot end with a space instead of sending it', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await pasteInto(user, screen.getByLabelText('Password'), `${PASSWORD} `);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      /cannot start or end with a space/,
    );
    expect(fake.calls).toHaveLength(0);
  });

  it('cuts a pasted 5,000-character name at 2,048 and says so', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    const name = await screen.findByLabelText('Name');
    expect(name).toHaveAttribute('maxlength', '2048');
    await pasteInto(user, name, 'N'.repeat(5000));
    expect((name as HTMLInputElement).value).toHaveLength(2048);
    expect(name).toHaveAccessibleDescription(/longer than 2048 characters/);
    await user.type(screen.getByLabelText('Email'), 'grace@example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(fake.count('SignUp')).toBe(1));
    const sent = (
      fake.callsTo('SignUp')[0]!.body.UserAttributes as Array<{ Name: string; Value: string }>
    ).find((a) => a.Name === 'name');
    expect(sent?.Value).toHaveLength(2048);
  });

  it('trims the name and the company, and limits the company to its 256 characters', async () => {
    const fake = setupCognito();
    const { user } = renderJourney('/sign-up');
    await user.type(await screen.findByLabelText('Name'), '  Grace Hopper  ');
    expect(screen.getByLabelText('Company (optional)')).toHaveAttribute('maxlength', '256');
    await user.type(screen.getByLabelText('Company (optional)'), ' Navy ');
    await user.type(screen.getByLabelText('Email'), 'grace@example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(fake.count('SignUp')).toBe(1));
    expect(fake.callsTo('SignUp')[0]!.body.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'name', Value: 'Grace Hopper' },
        { Name: 'custom:company', Value: 'Navy' },
      ]),
    );
  });
});

describe('forms that feel finished (issue 16 part 4)', () => {
  it('flags unmet password rules after a failed submit, visibly and in words', async () => {
    setupCognito();
    const { user } = renderJourney('/sign-up');
    const password = await screen.findByLabelText('Password');
    await user.type(password, 'abc');
    const list = screen.getByRole('list', { name: 'Password requirements' });
    expect(list.querySelectorAll('[data-flagged]')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const item = (rule: RegExp) => within(list).getByText(rule).closest('li')!;
    for (const rule of [/8 characters/, /uppercase/, /number/, /symbol/]) {
      expect(item(rule)).toHaveAttribute('data-flagged', 'true');
      expect(item(rule)).toHaveTextContent(/✗/);
      expect(item(rule)).toHaveTextContent(/not met$/);
    }
    expect(item(/lowercase/)).not.toHaveAttribute('data-flagged');
    expect(item(/lowercase/)).toHaveTextContent(/: met$/);
  });

  it('puts the show/hide toggle inside the password box and renames it while pressed', async () => {
    setupCognito();
    const { user } = renderJourney('/sign-in');
    const input = await screen.findByLabelText('Password');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle.parentElement).toBe(input.parentElement);
    expect(toggle.parentElement).toHaveClass('input-inset');
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Hide password');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(input).toHaveAttribute('type', 'text');
  });

  it('says "Sign in to continue" to a visitor a guard sent, and not on a plain visit', async () => {
    setupCognito();
    renderJourney('/account');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.getByText('Sign in to continue.')).toBeInTheDocument();
  });

  it('has no "Sign in to continue" line on a plain visit to sign-in', async () => {
    setupCognito();
    renderJourney('/sign-in?returnTo=%2Faccount');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.queryByText('Sign in to continue.')).not.toBeInTheDocument();
  });

  it('asks for the name before the email and the password on sign-up', async () => {
    setupCognito();
    renderJourney('/sign-up');
    await screen.findByLabelText('Name');
    const labels = [...document.querySelectorAll('form label')].map((l) => l.textContent);
    expect(labels).toEqual(['Name', 'Email', 'Company (optional)', 'Password']);
  });

  it('never shows the internal user ID on the new-password screen', async () => {
    const id = '927cea25-c81c-4c6e-9d1e-1f2a3b4c5d6e';
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: 'Temp-pass1!' });
    fake.script('InitiateAuth', () =>
      challengeReply('NEW_PASSWORD_REQUIRED', {
        USER_ID_FOR_SRP: id,
        userAttributes: JSON.stringify({ email: 'ada@example.com' }),
        requiredAttributes: JSON.stringify(['userAttributes.name']),
      }),
    );
    const { user } = renderJourney('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'Temp-pass1!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    expect(document.body).not.toHaveTextContent(id);
    expect(document.querySelector(`input[value="${id}"]`)).toBeNull();
    const labels = [...document.querySelectorAll('form label')].map((l) => l.textContent);
    expect(labels).toEqual(['Name', 'New password']);
  });
});
