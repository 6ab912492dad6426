/**
 * Passwordless sign-in (USER_AUTH with PREFERRED_CHALLENGE) and passkey management, over the wire-format
 * fake so the real src/auth/cognito/userAuth.ts runs: what is sent, how many calls, and what each
 * failure turns into. The browser's ceremony is replaced by a scripted one.
 */
import { describe, expect, it, vi } from 'vitest';
import type { WebAuthnCeremonies } from '../../../../src/auth/session/passwordless';
import { reply } from '../../../support/cognito-http-fake';
import { harness } from '../helpers';

const EMAIL = 'ada@example.com';
const REQUEST_OPTIONS = JSON.stringify({ challenge: 'abc', rpId: 'localhost' });

function ceremonies(overrides: Partial<WebAuthnCeremonies> = {}) {
  return {
    getAssertion: vi.fn(async (_options: string) => '{"id":"cred-1"}'),
    create: vi.fn(async (_options: object) => ({ id: 'cred-1', type: 'public-key' })),
    ...overrides,
  };
}

function setup(webAuthn = ceremonies(), config: Parameters<typeof harness>[0] = {}) {
  const h = harness(config);
  h.fake.addUser({ username: EMAIL, password: 'Passw0rd!', attributes: { email: EMAIL } });
  return { h, webAuthn, m: h.manager({ webAuthn }) };
}

const webAuthnChallenge = () =>
  reply.ok({
    ChallengeName: 'WEB_AUTHN',
    Session: 'session-webauthn',
    ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: REQUEST_OPTIONS },
  });

const emailChallenge =
  (session = 'session-email') =>
  () =>
    reply.ok({
      ChallengeName: 'EMAIL_OTP',
      Session: session,
      ChallengeParameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
        CODE_DELIVERY_DESTINATION: 'a***@e***',
      },
    });

describe('sign-in with a passkey', () => {
  it('asks for WEB_AUTHN, signs the options, answers with the credential: two calls', async () => {
    const { h, m, webAuthn } = setup();
    h.fake.script('InitiateAuth', webAuthnChallenge);
    h.fake.script('RespondToAuthChallenge', () => reply.ok(h.fake.authResult(EMAIL)));
    await m.restore();
    await m.signInWithPasskey(` ${EMAIL} `);

    expect(h.fake.callsTo('InitiateAuth')[0]!.body).toEqual({
      AuthFlow: 'USER_AUTH',
      ClientId: h.config.clientId,
      AuthParameters: { USERNAME: EMAIL, PREFERRED_CHALLENGE: 'WEB_AUTHN' },
    });
    expect(webAuthn.getAssertion).toHaveBeenCalledWith(REQUEST_OPTIONS);
    expect(h.fake.callsTo('RespondToAuthChallenge')[0]!.body).toEqual({
      ClientId: h.config.clientId,
      ChallengeName: 'WEB_AUTHN',
      Session: 'session-webauthn',
      ChallengeResponses: { USERNAME: EMAIL, CREDENTIAL: '{"id":"cred-1"}' },
    });
    expect(h.fake.count('InitiateAuth') + h.fake.count('RespondToAuthChallenge')).toBe(2);
    expect(m.getState()).toMatchObject({ step: 'signedIn', user: { signInMethod: 'passkey' } });
    expect(h.store.read()?.signInMethod).toBe('passkey');
  });

  it('says there is no passkey when Cognito offers a choice without WEB_AUTHN', async () => {
    const { h, m, webAuthn } = setup();
    h.fake.script('InitiateAuth', () =>
      reply.ok({
        ChallengeName: 'SELECT_CHALLENGE',
        Session: 's',
        AvailableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'],
      }),
    );
    await m.restore();
    await expect(m.signInWithPasskey(EMAIL)).rejects.toMatchObject({
      code: 'PasskeyUnavailable',
      message: expect.stringMatching(/no passkey for this account.*password or a code by email/i),
    });
    expect(webAuthn.getAssertion).not.toHaveBeenCalled();
    expect(m.getState().step).toBe('signedOut');
  });

  it('turns a cancelled prompt into a message with another way forward, and sends no answer', async () => {
    const cancelled = Object.assign(new Error('cancelled'), { name: 'NotAllowedError' });
    const { h, m } = setup(
      ceremonies({
        getAssertion: vi.fn(async () => {
          const { createAuthError } = await import('../../../../src/auth/errors');
          throw createAuthError('PasskeyCancelled', { cause: cancelled, source: 'app' });
        }),
      }),
    );
    h.fake.script('InitiateAuth', webAuthnChallenge);
    await m.restore();
    await expect(m.signInWithPasskey(EMAIL)).rejects.toMatchObject({
      code: 'PasskeyCancelled',
      message: expect.stringMatching(/closed or timed out.*password or a code by email/i),
    });
    expect(h.fake.count('RespondToAuthChallenge')).toBe(0);
    expect(m.getState().step).toBe('signedOut');
  });

  it('reads a refused assertion as a passkey that was not accepted', async () => {
    const { h, m } = setup();
    h.fake.script('InitiateAuth', webAuthnChallenge);
    h.fake.script('RespondToAuthChallenge', () =>
      reply.error('NotAuthorizedException', 'Incorrect username or password.'),
    );
    await m.restore();
    await expect(m.signInWithPasskey(EMAIL)).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      message: expect.stringMatching(/passkey wasn't accepted/),
    });
  });
});

describe('sign-in with a code by email', () => {
  it('sends the code, survives a wrong one, and signs in with the right one', async () => {
    const { h, m } = setup();
    h.fake.script('InitiateAuth', emailChallenge());
    h.fake.script(
      'RespondToAuthChallenge',
      () => reply.error('CodeMismatchException', 'Invalid code.'),
      () => reply.ok(h.fake.authResult(EMAIL)),
    );
    await m.restore();
    const delivery = await m.sendEmailCode(EMAIL);
    expect(delivery).toEqual({ destination: 'a***@e***', medium: 'EMAIL' });
    expect(h.fake.callsTo('InitiateAuth')[0]!.body).toMatchObject({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: EMAIL, PREFERRED_CHALLENGE: 'EMAIL_OTP' },
    });
    expect(m.getState().step).toBe('signedOut');

    await expect(m.answerEmailCode('00000000')).rejects.toMatchObject({
      code: 'CodeMismatchException',
      field: 'code',
    });
    await m.answerEmailCode(' 12345678 ');
    expect(h.fake.callsTo('RespondToAuthChallenge')[1]!.body).toEqual({
      ClientId: h.config.clientId,
      ChallengeName: 'EMAIL_OTP',
      Session: 'session-email',
      ChallengeResponses: { USERNAME: EMAIL, EMAIL_OTP_CODE: '12345678' },
    });
    expect(m.getState()).toMatchObject({ step: 'signedIn', user: { signInMethod: 'emailCode' } });
  });

  it('answers with the newest session after a resend', async () => {
    const { h, m } = setup();
    h.fake.script('InitiateAuth', emailChallenge('first'), emailChallenge('second'));
    h.fake.script('RespondToAuthChallenge', () => reply.ok(h.fake.authResult(EMAIL)));
    await m.restore();
    await m.sendEmailCode(EMAIL);
    await m.sendEmailCode(EMAIL);
    await m.answerEmailCode('12345678');
    expect(h.fake.callsTo('RespondToAuthChallenge')[0]!.body).toMatchObject({ Session: 'second' });
  });

  it('explains an ended attempt and an expired code, each with a way forward', async () => {
    const { h, m } = setup();
    h.fake.script('InitiateAuth', emailChallenge());
    h.fake.script(
      'RespondToAuthChallenge',
      () => reply.error('ExpiredCodeException', 'Code expired.'),
      () => reply.error('NotAuthorizedException', 'Invalid session for the user.'),
    );
    await m.restore();
    await m.sendEmailCode(EMAIL);
    await expect(m.answerEmailCode('12345678')).rejects.toMatchObject({
      message: 'That code has expired. Ask for a new one.',
    });
    await expect(m.answerEmailCode('12345678')).rejects.toMatchObject({
      message: 'That code can no longer be used. Send a new code, or use your password.',
    });
  });

  it('refuses a code when no code was sent', async () => {
    const { m } = setup();
    await m.restore();
    await expect(m.answerEmailCode('12345678')).rejects.toMatchObject({ code: 'WrongStep' });
  });

  it('says so when Cognito will not send this user a code', async () => {
    const { h, m } = setup();
    h.fake.script('InitiateAuth', () =>
      reply.ok({
        ChallengeName: 'SELECT_CHALLENGE',
        Session: 's',
        AvailableChallenges: ['PASSWORD'],
      }),
    );
    await m.restore();
    await expect(m.sendEmailCode(EMAIL)).rejects.toMatchObject({ code: 'EmailCodeUnavailable' });
  });
});

describe('managing passkeys', () => {
  it('lists, adds and removes passkeys with the access token', async () => {
    const { h, m, webAuthn } = setup();
    const { accessToken } = h.seed(EMAIL);
    const creationOptions = { challenge: 'reg', rp: { id: 'localhost', name: 'App' } };
    h.fake.script('ListWebAuthnCredentials', () =>
      reply.ok({
        Credentials: [
          {
            CredentialId: 'cred-1',
            FriendlyCredentialName: 'Passkey on this device',
            AuthenticatorAttachment: 'platform',
            CreatedAt: 1_700_000_000,
          },
          { FriendlyCredentialName: 'no id, skipped' },
        ],
      }),
    );
    h.fake.script('StartWebAuthnRegistration', () =>
      reply.ok({ CredentialCreationOptions: creationOptions }),
    );
    h.fake.script('CompleteWebAuthnRegistration', () => reply.ok({}));
    h.fake.script('DeleteWebAuthnCredential', () => reply.ok({}));
    await m.restore();

    expect(await m.listPasskeys()).toEqual([
      {
        id: 'cred-1',
        name: 'Passkey on this device',
        attachment: 'platform',
        createdAt: 1_700_000_000_000,
      },
    ]);
    await m.addPasskey();
    expect(webAuthn.create).toHaveBeenCalledWith(creationOptions);
    expect(h.fake.callsTo('CompleteWebAuthnRegistration')[0]!.body).toEqual({
      AccessToken: accessToken,
      Credential: { id: 'cred-1', type: 'public-key' },
    });
    await m.removePasskey('cred-1');
    expect(h.fake.callsTo('DeleteWebAuthnCredential')[0]!.body).toEqual({
      AccessToken: accessToken,
      CredentialId: 'cred-1',
    });
  });

  it('does not register when the prompt is cancelled, and says nothing was added', async () => {
    const { createAuthError } = await import('../../../../src/auth/errors');
    const { h, m } = setup(
      ceremonies({
        create: vi.fn(async () => {
          throw createAuthError('PasskeyCancelled', { context: 'passkeys', source: 'app' });
        }),
      }),
    );
    h.seed(EMAIL);
    h.fake.script('StartWebAuthnRegistration', () =>
      reply.ok({ CredentialCreationOptions: { challenge: 'reg' } }),
    );
    await m.restore();
    await expect(m.addPasskey()).rejects.toMatchObject({
      message: 'The passkey prompt was closed or timed out. No passkey was added.',
    });
    expect(h.fake.count('CompleteWebAuthnRegistration')).toBe(0);
  });
});

// Issue 12, finding 2: every USER_AUTH, email-code and passkey request has the Cognito timeout, and one
// that runs out of time is the retryable network error (the screen offers "Try again"), never a wait.
describe('a Cognito that never answers, in passwordless flows', () => {
  const hang = () => new Promise<never>(() => {});
  const TIMEOUT_MS = 40;
  const networkError = {
    code: 'NetworkError',
    retryable: true,
    message: "We couldn't reach the sign-in service. Check your connection and try again.",
  };
  const timed = () =>
    setup(ceremonies(), { requestTimeouts: { cognitoMs: TIMEOUT_MS, apiMs: 40 } });

  it.each([
    ['signInWithPasskey', 'InitiateAuth'],
    ['signInWithPasskey', 'RespondToAuthChallenge'],
    ['sendEmailCode', 'InitiateAuth'],
  ] as const)('%s fails retryably when %s gets no answer', async (action, operation) => {
    const { h, m } = timed();
    // A scripted answer goes before `always`, so only the other call is scripted.
    if (operation !== 'InitiateAuth') h.fake.script('InitiateAuth', webAuthnChallenge);
    h.fake.always(operation, hang);
    await m.restore();
    await expect(m[action](EMAIL)).rejects.toMatchObject(networkError);
    expect(m.getState().step).toBe('signedOut');
  });

  it('answerEmailCode fails retryably when RespondToAuthChallenge gets no answer, and the same code works on retry', async () => {
    const { h, m } = timed();
    h.fake.script('InitiateAuth', emailChallenge());
    await m.restore();
    await m.sendEmailCode(EMAIL);
    h.fake.always('RespondToAuthChallenge', hang);
    await expect(m.answerEmailCode('123456')).rejects.toMatchObject(networkError);
    h.fake.restore('RespondToAuthChallenge');
    h.fake.script('RespondToAuthChallenge', () => reply.ok(h.fake.authResult(EMAIL)));
    await m.answerEmailCode('123456');
    expect(m.getState().step).toBe('signedIn');
  });

  it.each([
    ['listPasskeys', 'ListWebAuthnCredentials'],
    ['addPasskey', 'StartWebAuthnRegistration'],
    ['addPasskey', 'CompleteWebAuthnRegistration'],
    ['removePasskey', 'DeleteWebAuthnCredential'],
  ] as const)(
    '%s fails retryably when %s gets no answer, and keeps the session',
    async (action, operation) => {
      const { h, m } = timed();
      h.seed(EMAIL);
      if (operation !== 'StartWebAuthnRegistration')
        h.fake.script('StartWebAuthnRegistration', () =>
          reply.ok({ CredentialCreationOptions: { challenge: 'reg' } }),
        );
      h.fake.always(operation, hang);
      await m.restore();
      const run = action === 'removePasskey' ? m.removePasskey('cred-1') : m[action]();
      await expect(run).rejects.toMatchObject(networkError);
      expect(m.getState().step).toBe('signedIn');
    },
  );
});
