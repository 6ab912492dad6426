/** Contract: with pool MFA "ON", a user without a factor must set up TOTP (MFA_SETUP) before getting tokens. */
import {
  AdminGetUserCommand,
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  AuthenticationDetails,
  type CognitoUser,
  type CognitoUserSession,
} from 'amazon-cognito-identity-js';
import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GOOD_PASSWORD,
  type LocalPool,
  SPA_CALLBACK,
  startLocalPool,
} from '../../support/local-cognito';
import {
  claims,
  cognitoUser,
  confirmedUser,
  errorOf,
  refresh,
  signIn,
  step,
  uniqueEmail,
  invitedUser,
  TEMP_PASSWORD,
} from './helpers';

let pool: LocalPool;
beforeAll(async () => {
  pool = await startLocalPool();
  await pool.admin.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: pool.userPoolId,
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
});
afterAll(async () => {
  await pool?.close();
});

const totpAt = (secret: string, epochMs: number): string =>
  generateSync({
    secret,
    algorithm: 'sha1',
    digits: 6,
    period: 30,
    epoch: Math.floor(epochMs / 1000),
  });
const totp = (secret: string): string => totpAt(secret, Date.now());

/** A code no adjacent 30 s window produces, since the stand-in (like Cognito) tolerates clock drift. */
function wrongCode(secret: string): string {
  const near = new Set([-30_000, 0, 30_000].map((d) => totpAt(secret, Date.now() + d)));
  for (const c of ['000000', '111111', '222222', '333333']) if (!near.has(c)) return c;
  throw new Error('unreachable');
}

type SetupOutcome =
  | { kind: 'mfaSetup'; challengeParameters: Record<string, string> }
  | { kind: 'success'; session: CognitoUserSession }
  | { kind: 'other'; what: string };

/** Like helpers' step(), but also resolves on the mfaSetup callback the other helpers do not cover. */
function setupStep(
  run: (callbacks: Parameters<CognitoUser['authenticateUser']>[1]) => void,
): Promise<SetupOutcome> {
  return new Promise((resolve, reject) => {
    run({
      onSuccess: (session) => resolve({ kind: 'success', session }),
      onFailure: (err: unknown) => reject(err),
      mfaSetup: (_name, challengeParameters: Record<string, string>) =>
        resolve({ kind: 'mfaSetup', challengeParameters }),
      newPasswordRequired: () => resolve({ kind: 'other', what: 'newPassword' }),
      totpRequired: () => resolve({ kind: 'other', what: 'totp' }),
      mfaRequired: () => resolve({ kind: 'other', what: 'sms' }),
    });
  });
}

const associate = (user: CognitoUser): Promise<string> =>
  new Promise((resolve, reject) =>
    user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject }),
  );

const verify = (user: CognitoUser, code: string): Promise<CognitoUserSession> =>
  new Promise((resolve, reject) =>
    user.verifySoftwareToken(code, 'phone', {
      onSuccess: (session: CognitoUserSession) => resolve(session),
      onFailure: reject,
    }),
  );

/** What the SPA does on mfaSetup: associate, verify, and it gets tokens (the SDK answers MFA_SETUP itself). */
async function setUpTotp(
  user: CognitoUser,
): Promise<{ secret: string; session: CognitoUserSession }> {
  const secret = await associate(user);
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const wrong = await errorOf(verify(user, wrongCode(secret)));
  expect(wrong).toMatchObject({
    code: 'EnableSoftwareTokenMFAException',
    message: 'Code mismatch',
  });
  // The refused code leaves the setup session usable for another try.
  const session = await verify(user, totp(secret));
  return { secret, session };
}

describe('MFA_SETUP with the SPA SDK', () => {
  it('SRP sign-in sets up TOTP, gets working tokens, and the next sign-in asks for the code', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const user = cognitoUser(pool, email);
    const first = await setupStep((cb) =>
      user.authenticateUser(
        new AuthenticationDetails({ Username: email, Password: GOOD_PASSWORD }),
        cb,
      ),
    );
    expect(first).toMatchObject({
      kind: 'mfaSetup',
      challengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
    });

    const { secret, session } = await setUpTotp(user);
    expect(session.isValid()).toBe(true);
    expect(claims(session.getIdToken().getJwtToken()).email).toBe(email);
    const renewed = await refresh(user, session);
    expect(claims(renewed.getAccessToken().getJwtToken()).origin_jti).toBe(
      claims(session.getAccessToken().getJwtToken()).origin_jti,
    );

    const stored = await pool.admin.send(
      new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: email }),
    );
    expect(stored.UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(stored.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');

    const again = cognitoUser(pool, email);
    expect(await signIn(again, email, GOOD_PASSWORD)).toMatchObject({ kind: 'totp' });
    const done = await step((cb) => again.sendMFACode(totp(secret), cb, 'SOFTWARE_TOKEN_MFA'));
    expect(done.kind).toBe('success');
  });

  it('asks for setup after a forced new password too', async () => {
    const email = uniqueEmail('invited-mfa');
    await invitedUser(pool, email, { email, email_verified: 'true', name: 'Invited' });
    const user = cognitoUser(pool, email);
    expect(await signIn(user, email, TEMP_PASSWORD)).toMatchObject({ kind: 'newPassword' });
    const next = await setupStep((cb) =>
      user.completeNewPasswordChallenge('Fresh-Pass-456', {}, cb),
    );
    expect(next.kind).toBe('mfaSetup');
    const { session } = await setUpTotp(user);
    expect(session.isValid()).toBe(true);
  });
});

describe('MFA_SETUP through the API', () => {
  it('USER_PASSWORD_AUTH → AssociateSoftwareToken → VerifySoftwareToken → RespondToAuthChallenge', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const ClientId = pool.spaClientId;
    const started = await pool.admin.send(
      new InitiateAuthCommand({
        ClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: GOOD_PASSWORD },
      }),
    );
    expect(started.ChallengeName).toBe('MFA_SETUP');
    expect(started.ChallengeParameters?.MFAS_CAN_SETUP).toBe('["SOFTWARE_TOKEN_MFA"]');
    expect(started.AuthenticationResult).toBeUndefined();

    // Tokens only come after a verified code, not for the bare challenge.
    const early = await errorOf(
      pool.admin.send(
        new RespondToAuthChallengeCommand({
          ClientId,
          ChallengeName: 'MFA_SETUP',
          Session: started.Session,
          ChallengeResponses: { USERNAME: email },
        }),
      ),
    );
    expect(early.name).toBe('NotAuthorizedException');

    const associated = await pool.admin.send(
      new AssociateSoftwareTokenCommand({ Session: started.Session }),
    );
    const secret = associated.SecretCode!;
    expect(associated.Session).toBeTruthy();
    expect(associated.Session).not.toBe(started.Session);

    const wrong = await errorOf(
      pool.admin.send(
        new VerifySoftwareTokenCommand({
          Session: associated.Session,
          UserCode: wrongCode(secret),
        }),
      ),
    );
    expect(wrong).toMatchObject({
      name: 'EnableSoftwareTokenMFAException',
      message: 'Code mismatch',
    });

    const verified = await pool.admin.send(
      new VerifySoftwareTokenCommand({
        Session: associated.Session,
        UserCode: totp(secret),
        FriendlyDeviceName: 'laptop',
      }),
    );
    expect(verified.Status).toBe('SUCCESS');
    expect(verified.Session).toBeTruthy();

    const done = await pool.admin.send(
      new RespondToAuthChallengeCommand({
        ClientId,
        ChallengeName: 'MFA_SETUP',
        Session: verified.Session,
        ChallengeResponses: { USERNAME: email },
      }),
    );
    const tokens = done.AuthenticationResult!;
    expect(tokens.AccessToken && tokens.IdToken && tokens.RefreshToken).toBeTruthy();

    const refreshed = await pool.admin.send(
      new InitiateAuthCommand({
        ClientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken! },
      }),
    );
    expect(refreshed.AuthenticationResult?.AccessToken).toBeTruthy();

    // A spent session cannot finish a second sign-in.
    const replay = await errorOf(
      pool.admin.send(
        new RespondToAuthChallengeCommand({
          ClientId,
          ChallengeName: 'MFA_SETUP',
          Session: verified.Session,
          ChallengeResponses: { USERNAME: email },
        }),
      ),
    );
    expect(replay.name).toBe('NotAuthorizedException');

    const second = await pool.admin.send(
      new InitiateAuthCommand({
        ClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: GOOD_PASSWORD },
      }),
    );
    expect(second.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect(second.ChallengeParameters?.FRIENDLY_DEVICE_NAME).toBe('laptop');
    const mfa = await pool.admin.send(
      new RespondToAuthChallengeCommand({
        ClientId,
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: second.Session,
        ChallengeResponses: { USERNAME: email, SOFTWARE_TOKEN_MFA_CODE: totp(secret) },
      }),
    );
    expect(mfa.AuthenticationResult?.RefreshToken).toBeTruthy();
  });

  it('refuses AssociateSoftwareToken and VerifySoftwareToken with an unknown session', async () => {
    const assoc = await errorOf(
      pool.admin.send(new AssociateSoftwareTokenCommand({ Session: 'not-a-session' })),
    );
    expect(assoc.name).toBe('NotAuthorizedException');
    const ver = await errorOf(
      pool.admin.send(
        new VerifySoftwareTokenCommand({ Session: 'not-a-session', UserCode: '123456' }),
      ),
    );
    expect(ver.name).toBe('NotAuthorizedException');
  });
});

describe('MFA_SETUP on the hosted login page', () => {
  const postForm = (body: Record<string, string>): Promise<Response> =>
    fetch(`${pool.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    });
  const unescape = (v: string): string =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const hiddenFields = (html: string): Record<string, string> =>
    Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
        m[1]!,
        unescape(m[2]!),
      ]),
    );

  it('shows the secret, refuses a wrong code in an alert, then redirects with a code', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const query = new URLSearchParams({
      client_id: pool.spaClientId,
      response_type: 'code',
      redirect_uri: SPA_CALLBACK,
      scope: 'openid email',
      state: 'state-123',
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
    });
    const login = await fetch(`${pool.url}/login?${query.toString()}`);
    expect(login.status).toBe(200);
    const setup = await postForm({
      ...hiddenFields(await login.text()),
      username: email,
      password: GOOD_PASSWORD,
    });
    expect(setup.status).toBe(200);
    const html = await setup.text();
    expect(html).toMatch(/<h1>Set up an authenticator app<\/h1>/);
    expect(html).toMatch(/<label for="f-code">Code<\/label>/);
    expect(html).toMatch(/autocomplete="one-time-code"/);
    expect(html).toMatch(/<button type="submit">Verify<\/button>/);
    const secret = /<dt>Secret key<\/dt><dd><code>([A-Z2-7]+)<\/code><\/dd>/.exec(html)?.[1];
    expect(secret).toBeTruthy();

    const refused = await postForm({ ...hiddenFields(html), code: wrongCode(secret!) });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toMatch(/role="alert">Invalid verification code provided/);
    expect(refusedHtml).toContain(`<code>${secret}</code>`);

    const done = await postForm({ ...hiddenFields(refusedHtml), code: totp(secret!) });
    expect(done.status).toBe(302);
    const location = new URL(done.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(SPA_CALLBACK);
    expect(location.searchParams.get('code')).toBeTruthy();

    // The factor set up on the page is the one the next API sign-in asks for.
    const again = cognitoUser(pool, email);
    expect(await signIn(again, email, GOOD_PASSWORD)).toMatchObject({ kind: 'totp' });
  });
});
