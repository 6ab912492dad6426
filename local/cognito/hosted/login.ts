// The hosted sign-in page: password, confirmation, new password, MFA and MFA setup steps, then the code redirect.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CognitoError } from 'cognito-local/lib/errors';
import { AuthFlow, type AuthStep } from '../auth.ts';
import { ConfirmSignUp } from '../targets/confirmSignUp.ts';
import { ResendConfirmationCode } from '../targets/resendConfirmationCode.ts';
import { MFA_SETUP, associateWithSession, verifyWithSession } from '../mfaSetup.ts';
import { readForm, sendHtml } from './http.ts';
import { type AuthorizeCheck, checkAuthorize, completeSignIn, type Hosted } from './oauth.ts';
import { type Field, type FormPage, formPage } from './pages.ts';
import type { PendingSignIn } from './state.ts';

type Ok = Extract<AuthorizeCheck, { ok: true }>;

const LABELS: Record<string, [string, string, string]> = {
  name: ['Name', 'text', 'name'],
  given_name: ['Given name', 'text', 'given-name'],
  family_name: ['Family name', 'text', 'family-name'],
  middle_name: ['Middle name', 'text', 'additional-name'],
  nickname: ['Nickname', 'text', 'nickname'],
  preferred_username: ['Preferred username', 'text', 'username'],
  email: ['Email', 'email', 'email'],
  phone_number: ['Phone number', 'tel', 'tel'],
  birthdate: ['Birthdate', 'text', 'bday'],
  address: ['Address', 'text', 'street-address'],
  gender: ['Gender', 'text', 'sex'],
  locale: ['Locale', 'text', 'language'],
  website: ['Website', 'url', 'url'],
  picture: ['Picture URL', 'url', 'photo'],
  profile: ['Profile URL', 'url', 'url'],
  zoneinfo: ['Time zone', 'text', 'off'],
};

function attributeField(name: string, value?: string): Field {
  const [label, type, autocomplete] = LABELS[name] ?? [name, 'text', 'off'];
  return { name: `attr_${name}`, label, type, autocomplete, value };
}

function signInPage(
  res: ServerResponse,
  oauth: string,
  error?: string,
  email?: string,
  status = 200,
): void {
  sendHtml(
    res,
    status,
    formPage({
      title: 'Sign in',
      error,
      hidden: { oauth, step: 'signin' },
      fields: [
        { name: 'username', label: 'Email', type: 'email', autocomplete: 'username', value: email },
        { name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password' },
      ],
      button: 'Sign in',
    }),
  );
}

/** A form that failed shows its error with 400, so scripts and tests can tell it from a first visit. */
function sendForm(res: ServerResponse, page: FormPage): void {
  sendHtml(res, page.error ? 400 : 200, formPage(page));
}

function confirmPage(res: ServerResponse, oauth: string, pending: string, error?: string): void {
  sendForm(res, {
    title: 'Confirm your account',
    intro: 'We have sent a code to your email. Enter it below to confirm your account.',
    error,
    hidden: { oauth, step: 'confirm', pending },
    fields: [
      { name: 'code', label: 'Confirmation code', type: 'text', autocomplete: 'one-time-code' },
    ],
    button: 'Confirm account',
  });
}

function newPasswordPage(
  res: ServerResponse,
  oauth: string,
  pending: string,
  required: string[],
  error?: string,
): void {
  sendForm(res, {
    title: 'Change password',
    intro: 'Please enter a new password to continue.',
    error,
    hidden: { oauth, step: 'newPassword', pending, required: required.join(' ') },
    fields: [
      {
        name: 'new_password',
        label: 'New password',
        type: 'password',
        autocomplete: 'new-password',
      },
      ...required.map((n) => attributeField(n)),
    ],
    button: 'Change password',
  });
}

function mfaPage(res: ServerResponse, oauth: string, pending: string, error?: string): void {
  sendForm(res, {
    title: 'Verify it is you',
    intro: 'Enter the code from your authenticator app or text message.',
    error,
    hidden: { oauth, step: 'mfa', pending },
    fields: [{ name: 'code', label: 'Code', type: 'text', autocomplete: 'one-time-code' }],
    button: 'Sign in',
  });
}

function mfaSetupPage(
  res: ServerResponse,
  oauth: string,
  pending: string,
  secret: string,
  error?: string,
): void {
  sendForm(res, {
    title: 'Set up an authenticator app',
    intro:
      'Your account requires multi-factor authentication. Add this secret key to your authenticator app, then enter the 6-digit code it shows.',
    facts: [{ term: 'Secret key', value: secret }],
    error,
    hidden: { oauth, step: 'mfaSetup', pending },
    fields: [{ name: 'code', label: 'Code', type: 'text', autocomplete: 'one-time-code' }],
    button: 'Verify',
  });
}

export async function loginGet(h: Hosted, res: ServerResponse, url: URL): Promise<void> {
  const check = await checkAuthorize(h, url.searchParams);
  if (!check.ok) return check.respond(res);
  signInPage(res, url.searchParams.toString());
}

const messageOf = (err: unknown): string => {
  if (err instanceof CognitoError) {
    if (err.code === 'CodeMismatchException' || err.code === 'EnableSoftwareTokenMFAException')
      return 'Invalid verification code provided, please try again.';
    return err.message;
  }
  throw err;
};

export async function loginPost(
  h: Hosted,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const form = await readForm(req);
  const oauth = form.get('oauth') ?? '';
  const check = await checkAuthorize(h, new URLSearchParams(oauth));
  if (!check.ok) return check.respond(res);
  const flow = new AuthFlow(h.layer, h.ctx, check.pool, check.client);
  const pendingId = form.get('pending') ?? undefined;
  const pending = h.state.getPending(pendingId);

  switch (form.get('step')) {
    case 'confirm': {
      if (!pending || !pendingId)
        return signInPage(
          res,
          oauth,
          'Your session has expired. Please sign in again.',
          undefined,
          400,
        );
      try {
        await ConfirmSignUp(h.layer)(h.ctx, {
          ClientId: check.client.ClientId,
          Username: pending.username,
          ConfirmationCode: (form.get('code') ?? '').trim(),
        });
      } catch (err) {
        return confirmPage(res, oauth, pendingId, messageOf(err));
      }
      h.state.dropPending(pendingId);
      return signIn(h, res, check, oauth, pending.username, pending.password ?? '');
    }
    case 'mfaSetup': {
      if (!pending || !pendingId || pending.challengeName !== MFA_SETUP || !pending.secret) {
        return signInPage(
          res,
          oauth,
          'Your session has expired. Please sign in again.',
          undefined,
          400,
        );
      }
      let step: AuthStep;
      try {
        const code = (form.get('code') ?? '').trim();
        if (!code)
          throw new CognitoError(
            'InvalidParameterException',
            'Enter the code from your authenticator app.',
          );
        const verified = await verifyWithSession(
          h.layer,
          h.ctx,
          pending.challengeSession,
          code,
          undefined,
        );
        step = await flow.respond(MFA_SETUP, verified.Session, { USERNAME: pending.username });
      } catch (err) {
        return mfaSetupPage(res, oauth, pendingId, pending.secret, messageOf(err));
      }
      h.state.dropPending(pendingId);
      return next(h, res, check, oauth, step, pending);
    }
    case 'newPassword':
    case 'mfa': {
      if (!pending || !pendingId || !pending.challengeName) {
        return signInPage(
          res,
          oauth,
          'Your session has expired. Please sign in again.',
          undefined,
          400,
        );
      }
      const required = (form.get('required') ?? '').split(' ').filter(Boolean);
      const responses: Record<string, string> = { USERNAME: pending.username };
      if (pending.challengeName === 'NEW_PASSWORD_REQUIRED') {
        responses.NEW_PASSWORD = form.get('new_password') ?? '';
        for (const [k, v] of form)
          if (k.startsWith('attr_') && v) responses[`userAttributes.${k.slice(5)}`] = v;
      } else {
        responses[`${pending.challengeName}_CODE`] = (form.get('code') ?? '').trim();
      }
      let step: AuthStep;
      try {
        step = await flow.respond(pending.challengeName, pending.challengeSession, responses);
      } catch (err) {
        const message = messageOf(err);
        return pending.challengeName === 'NEW_PASSWORD_REQUIRED'
          ? newPasswordPage(res, oauth, pendingId, required, message)
          : mfaPage(res, oauth, pendingId, message);
      }
      h.state.dropPending(pendingId);
      return next(h, res, check, oauth, step, pending);
    }
    default:
      return signIn(h, res, check, oauth, form.get('username') ?? '', form.get('password') ?? '');
  }
}

async function signIn(
  h: Hosted,
  res: ServerResponse,
  check: Ok,
  oauth: string,
  username: string,
  password: string,
): Promise<void> {
  const flow = new AuthFlow(h.layer, h.ctx, check.pool, check.client);
  try {
    const step = await flow.withPassword(username.trim(), password);
    return await next(h, res, check, oauth, step, {
      poolId: check.pool.options.Id,
      clientId: check.client.ClientId,
      username,
    });
  } catch (err) {
    if (err instanceof CognitoError && err.code === 'UserNotConfirmedException') {
      const user = await check.pool.getUserByUsername(h.ctx, username.trim());
      if (user) {
        // Like Cognito's hosted UI: send a fresh code and let the user confirm right here.
        await ResendConfirmationCode(h.layer)(h.ctx, {
          ClientId: check.client.ClientId,
          Username: user.Username,
        });
        const id = h.state.putPending({
          poolId: check.pool.options.Id,
          clientId: check.client.ClientId,
          username: user.Username,
          password,
        });
        return confirmPage(res, oauth, id);
      }
    }
    return signInPage(res, oauth, messageOf(err), username, 400);
  }
}

function canSetUpTotp(params: Record<string, string>): boolean {
  try {
    return (JSON.parse(params.MFAS_CAN_SETUP ?? '[]') as string[]).includes('SOFTWARE_TOKEN_MFA');
  } catch {
    return false;
  }
}

async function next(
  h: Hosted,
  res: ServerResponse,
  check: Ok,
  oauth: string,
  step: AuthStep,
  base: PendingSignIn,
): Promise<void> {
  if (step.kind === 'authenticated') {
    return completeSignIn(
      h,
      res,
      check.params,
      check.pool.options.Id,
      step.user.Username,
      h.nowSeconds(),
    );
  }
  if (step.ChallengeName === MFA_SETUP && canSetUpTotp(step.ChallengeParameters)) {
    // Like Cognito's hosted UI: the secret is associated right away and shown for the user to add.
    const { SecretCode, Session } = await associateWithSession(h.layer, h.ctx, step.Session);
    const setupId = h.state.putPending({
      ...base,
      username: step.ChallengeParameters.USER_ID_FOR_SRP ?? base.username,
      password: undefined,
      challengeName: MFA_SETUP,
      challengeSession: Session,
      secret: SecretCode,
    });
    return mfaSetupPage(res, oauth, setupId, SecretCode);
  }
  const id = h.state.putPending({
    ...base,
    username: step.ChallengeParameters.USER_ID_FOR_SRP ?? base.username,
    password: undefined,
    challengeName: step.ChallengeName,
    challengeSession: step.Session,
  });
  if (step.ChallengeName === 'NEW_PASSWORD_REQUIRED') {
    const required = (
      JSON.parse(step.ChallengeParameters.requiredAttributes ?? '[]') as string[]
    ).map((n) => n.replace(/^userAttributes\./, ''));
    return newPasswordPage(res, oauth, id, required);
  }
  if (step.ChallengeName === 'SOFTWARE_TOKEN_MFA' || step.ChallengeName === 'SMS_MFA')
    return mfaPage(res, oauth, id);
  return signInPage(
    res,
    oauth,
    'This sign-in step is not supported by the local hosted UI.',
    undefined,
    400,
  );
}
