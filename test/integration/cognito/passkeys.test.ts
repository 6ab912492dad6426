/**
 * Contract: passkeys (WebAuthn) in the local pool, with real attestations and assertions from a software
 * authenticator: registration, listing, sign-in through USER_AUTH, deletion, and every check the pool
 * must make (challenge, origin, relying party, signature, sign counter, user verification).
 */
import {
  CompleteWebAuthnRegistrationCommand,
  DeleteWebAuthnCredentialCommand,
  GetUserPoolMfaConfigCommand,
  InitiateAuthCommand,
  ListWebAuthnCredentialsCommand,
  SetUserPoolMfaConfigCommand,
  StartWebAuthnRegistrationCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, SPA_CALLBACK, setupLocalPool } from '../../support/local-cognito';
import { SoftAuthenticator, type CeremonyOverrides } from '../../support/soft-authenticator';
import { allowFirstFactors, answer, claims, confirmedUser, errorOf, userAuth } from './helpers';

let now = Date.now();
const MINUTE = 60_000;
const APP_ORIGIN = new URL(SPA_CALLBACK).origin;

const pool = setupLocalPool({
  clock: { get: () => new Date(now) },
  spaClient: {
    ExplicitAuthFlows: [
      'ALLOW_USER_AUTH',
      'ALLOW_USER_SRP_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ],
  },
});

beforeAll(async () => {
  await allowFirstFactors(pool, ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN']);
});

interface Account {
  email: string;
  accessToken: string;
  authenticator: SoftAuthenticator;
}

async function signedIn(clientId = pool.spaClientId): Promise<Account> {
  const email = await confirmedUser(pool, GOOD_PASSWORD);
  return {
    email,
    accessToken: await passwordToken(email, clientId),
    authenticator: new SoftAuthenticator(APP_ORIGIN),
  };
}

async function passwordToken(email: string, clientId = pool.spaClientId): Promise<string> {
  const res = await pool.admin.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: GOOD_PASSWORD },
    }),
  );
  return res.AuthenticationResult!.AccessToken!;
}

async function creationOptions(
  accessToken: string,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const res = await pool.admin.send(
    new StartWebAuthnRegistrationCommand({ AccessToken: accessToken }),
  );
  return res.CredentialCreationOptions as unknown as PublicKeyCredentialCreationOptionsJSON;
}

function complete(accessToken: string, credential: unknown) {
  return pool.admin.send(
    new CompleteWebAuthnRegistrationCommand({
      AccessToken: accessToken,
      // The SDK carries the credential as a JSON document, exactly as the browser produced it.
      Credential: credential as Record<string, string>,
    }),
  );
}

async function register(account: Account, overrides: CeremonyOverrides = {}): Promise<void> {
  const options = await creationOptions(account.accessToken);
  await complete(account.accessToken, account.authenticator.create(options, overrides));
}

async function listIds(accessToken: string): Promise<string[]> {
  const res = await pool.admin.send(
    new ListWebAuthnCredentialsCommand({ AccessToken: accessToken }),
  );
  return res.Credentials!.map((c) => c.CredentialId!);
}

/** USER_AUTH preferring WEB_AUTHN: the challenge's session and request options. */
async function webAuthnChallenge(
  email: string,
): Promise<{ session: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const res = await userAuth(pool, { USERNAME: email, PREFERRED_CHALLENGE: 'WEB_AUTHN' });
  expect(res.ChallengeName).toBe('WEB_AUTHN');
  return {
    session: res.Session!,
    options: JSON.parse(
      res.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!,
    ) as PublicKeyCredentialRequestOptionsJSON,
  };
}

function assertWith(account: Account, session: string, credential: unknown) {
  return answer(pool, 'WEB_AUTHN', session, {
    USERNAME: account.email,
    CREDENTIAL: JSON.stringify(credential),
  });
}

describe('WebAuthnConfiguration', () => {
  it('defaults to relying party localhost with preferred user verification, and can be changed', async () => {
    const before = await pool.admin.send(
      new GetUserPoolMfaConfigCommand({ UserPoolId: pool.userPoolId }),
    );
    expect(before.WebAuthnConfiguration).toEqual({
      RelyingPartyId: 'localhost',
      UserVerification: 'preferred',
    });
    const set = await pool.admin.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: pool.userPoolId,
        WebAuthnConfiguration: { RelyingPartyId: 'app.example.com', UserVerification: 'required' },
      }),
    );
    expect(set.WebAuthnConfiguration).toEqual({
      RelyingPartyId: 'app.example.com',
      UserVerification: 'required',
    });
    const after = await pool.admin.send(
      new GetUserPoolMfaConfigCommand({ UserPoolId: pool.userPoolId }),
    );
    expect(after.WebAuthnConfiguration?.RelyingPartyId).toBe('app.example.com');
    // The TOTP setting made by the fixture is untouched.
    expect(after.SoftwareTokenMfaConfiguration?.Enabled).toBe(true);
    await pool.admin.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: pool.userPoolId,
        WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'preferred' },
      }),
    );
  });

  it('refuses a relying party that is not a host name and an unknown user-verification value', async () => {
    const url = await errorOf(
      pool.admin.send(
        new SetUserPoolMfaConfigCommand({
          UserPoolId: pool.userPoolId,
          WebAuthnConfiguration: { RelyingPartyId: 'https://app.example.com' },
        }),
      ),
    );
    expect(url).toMatchObject({
      name: 'InvalidParameterException',
      message:
        'WebAuthnConfiguration.RelyingPartyId must be a host name such as app.example.com, not "https://app.example.com".',
    });
    const uv = await errorOf(
      pool.admin.send(
        new SetUserPoolMfaConfigCommand({
          UserPoolId: pool.userPoolId,
          WebAuthnConfiguration: { UserVerification: 'discouraged' as 'preferred' },
        }),
      ),
    );
    expect(uv.name).toBe('InvalidParameterException');
    const unchanged = await pool.admin.send(
      new GetUserPoolMfaConfigCommand({ UserPoolId: pool.userPoolId }),
    );
    expect(unchanged.WebAuthnConfiguration?.RelyingPartyId).toBe('localhost');
  });
});

describe('passkey lifecycle', () => {
  it('register → list → sign in with USER_AUTH + WEB_AUTHN → delete → sign-in refused', async () => {
    const account = await signedIn();
    const options = await creationOptions(account.accessToken);
    expect(options.rp).toEqual({ id: 'localhost', name: 'cognito-react-auth-local' });
    expect(options.user.name).toBe(account.email);
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: 'required',
      userVerification: 'preferred',
    });
    expect(options.challenge).toMatch(/^[\w-]{20,}$/);
    await complete(account.accessToken, account.authenticator.create(options));

    const listed = await pool.admin.send(
      new ListWebAuthnCredentialsCommand({ AccessToken: account.accessToken }),
    );
    expect(listed.Credentials).toHaveLength(1);
    const [passkey] = listed.Credentials!;
    expect(passkey).toMatchObject({
      RelyingPartyId: 'localhost',
      AuthenticatorAttachment: 'platform',
      AuthenticatorTransports: ['internal'],
      FriendlyCredentialName: 'Passkey on this device',
    });
    expect(passkey!.CreatedAt).toBeInstanceOf(Date);
    expect(Math.abs(passkey!.CreatedAt!.getTime() - now)).toBeLessThan(2000);
    expect(listed.NextToken).toBeUndefined();

    const select = await userAuth(pool, { USERNAME: account.email });
    expect(select.AvailableChallenges).toContain('WEB_AUTHN');

    const { session, options: request } = await webAuthnChallenge(account.email);
    expect(request.rpId).toBe('localhost');
    expect(request.allowCredentials?.map((c) => c.id)).toEqual([passkey!.CredentialId]);
    const done = await assertWith(account, session, account.authenticator.get(request));
    const tokens = done.AuthenticationResult!;
    expect(claims(tokens.IdToken!).email).toBe(account.email);
    expect(tokens.RefreshToken).toBeTruthy();

    // A ceremony already under way when the passkey is removed must fail too.
    const pending = await webAuthnChallenge(account.email);
    await pool.admin.send(
      new DeleteWebAuthnCredentialCommand({
        AccessToken: account.accessToken,
        CredentialId: passkey!.CredentialId,
      }),
    );
    expect(await listIds(account.accessToken)).toEqual([]);
    const refused = await errorOf(
      assertWith(account, pending.session, account.authenticator.get(pending.options)),
    );
    expect(refused).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'This passkey is not registered for the user.',
    });
    const after = await userAuth(pool, {
      USERNAME: account.email,
      PREFERRED_CHALLENGE: 'WEB_AUTHN',
    });
    expect(after.ChallengeName).toBe('SELECT_CHALLENGE');
    expect(after.AvailableChallenges).not.toContain('WEB_AUTHN');
  });

  it('signs in by choosing WEB_AUTHN from SELECT_CHALLENGE, and the session is spent after one try', async () => {
    const account = await signedIn();
    await register(account);
    const select = await userAuth(pool, { USERNAME: account.email });
    const challenge = await answer(pool, 'SELECT_CHALLENGE', select.Session, {
      USERNAME: account.email,
      ANSWER: 'WEB_AUTHN',
    });
    expect(challenge.ChallengeName).toBe('WEB_AUTHN');
    const options = JSON.parse(
      challenge.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS!,
    ) as PublicKeyCredentialRequestOptionsJSON;
    const credential = account.authenticator.get(options);
    const done = await assertWith(account, challenge.Session!, credential);
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
    const replay = await errorOf(assertWith(account, challenge.Session!, credential));
    expect(replay).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user.',
    });
  });

  it('lists passkeys a page at a time and refuses bad paging input', async () => {
    const account = await signedIn();
    for (let i = 0; i < 3; i++) await register(account);
    const first = await pool.admin.send(
      new ListWebAuthnCredentialsCommand({ AccessToken: account.accessToken, MaxResults: 2 }),
    );
    expect(first.Credentials).toHaveLength(2);
    expect(first.NextToken).toBeTruthy();
    const second = await pool.admin.send(
      new ListWebAuthnCredentialsCommand({
        AccessToken: account.accessToken,
        MaxResults: 2,
        NextToken: first.NextToken,
      }),
    );
    expect(second.Credentials).toHaveLength(1);
    expect(second.NextToken).toBeUndefined();
    const all = [...first.Credentials!, ...second.Credentials!].map((c) => c.CredentialId);
    expect(new Set(all).size).toBe(3);

    const badToken = await errorOf(
      pool.admin.send(
        new ListWebAuthnCredentialsCommand({ AccessToken: account.accessToken, NextToken: 'nope' }),
      ),
    );
    expect(badToken).toMatchObject({
      name: 'InvalidParameterException',
      message: 'NextToken is not one this operation returned.',
    });
    const tooMany = await errorOf(
      pool.admin.send(
        new ListWebAuthnCredentialsCommand({ AccessToken: account.accessToken, MaxResults: 21 }),
      ),
    );
    expect(tooMany.message).toBe('MaxResults must be between 1 and 20.');
  });

  it("a user cannot delete someone else's passkey, and deleting an unknown one is ResourceNotFound", async () => {
    const owner = await signedIn();
    await register(owner);
    const [id] = await listIds(owner.accessToken);
    const other = await signedIn();
    const err = await errorOf(
      pool.admin.send(
        new DeleteWebAuthnCredentialCommand({ AccessToken: other.accessToken, CredentialId: id }),
      ),
    );
    expect(err).toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'The user has no passkey with this CredentialId.',
    });
    expect(await listIds(owner.accessToken)).toEqual([id]);
  });

  it('the passkey API needs a valid access token', async () => {
    const err = await errorOf(
      pool.admin.send(new ListWebAuthnCredentialsCommand({ AccessToken: 'not.a.token' })),
    );
    expect(err).toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Access Token' });
  });
});

describe('registration is refused', () => {
  it('when the ceremony ran on an origin the app client does not list', async () => {
    const account = await signedIn();
    const options = await creationOptions(account.accessToken);
    const err = await errorOf(
      complete(
        account.accessToken,
        account.authenticator.create(options, { origin: 'https://evil.example' }),
      ),
    );
    expect(err.name).toBe('WebAuthnOriginNotAllowedException');
    expect(err.message).toContain('https://evil.example');
  });

  it('when the attestation answers another challenge', async () => {
    const account = await signedIn();
    const options = await creationOptions(account.accessToken);
    const err = await errorOf(
      complete(
        account.accessToken,
        account.authenticator.create(options, { challenge: 'c29tZS1vdGhlci1jaGFsbGVuZ2U' }),
      ),
    );
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toContain('The passkey registration could not be verified');
    expect(await listIds(account.accessToken)).toEqual([]);
  });

  it('when the authenticator hashed another relying party', async () => {
    const account = await signedIn();
    const options = await creationOptions(account.accessToken);
    const err = await errorOf(
      complete(
        account.accessToken,
        account.authenticator.create(options, { rpId: 'evil.example' }),
      ),
    );
    expect(err.name).toBe('WebAuthnRelyingPartyMismatchException');
  });

  it('without a pending registration, or after it expired', async () => {
    const account = await signedIn();
    const stray = account.authenticator.create({
      ...(await creationOptions((await signedIn()).accessToken)),
    });
    const none = await errorOf(complete(account.accessToken, stray));
    expect(none.name).toBe('WebAuthnChallengeNotFoundException');

    const options = await creationOptions(account.accessToken);
    now += 3 * MINUTE + 1000;
    const fresh = await passwordToken(account.email);
    const late = await errorOf(complete(fresh, account.authenticator.create(options)));
    expect(late.name).toBe('WebAuthnChallengeNotFoundException');
  });

  it('when completed with a token of another app client', async () => {
    const { clientId } = await pool.createClient({
      ClientName: 'other-app',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      CallbackURLs: [SPA_CALLBACK],
    });
    const account = await signedIn();
    const options = await creationOptions(account.accessToken);
    const otherToken = await passwordToken(account.email, clientId);
    const err = await errorOf(complete(otherToken, account.authenticator.create(options)));
    expect(err.name).toBe('WebAuthnClientMismatchException');
  });

  it('when the pool does not allow WEB_AUTHN as a first factor', async () => {
    const account = await signedIn();
    await allowFirstFactors(pool, ['PASSWORD', 'EMAIL_OTP']);
    try {
      const err = await errorOf(creationOptions(account.accessToken));
      expect(err).toMatchObject({
        name: 'WebAuthnNotEnabledException',
        message:
          'Passkeys are not enabled for this user pool: add WEB_AUTHN to Policies.SignInPolicy.AllowedFirstAuthFactors.',
      });
    } finally {
      await allowFirstFactors(pool, ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN']);
    }
  });

  it('when the credential is not a WebAuthn registration', async () => {
    const account = await signedIn();
    await creationOptions(account.accessToken);
    const err = await errorOf(complete(account.accessToken, { id: 'x' }));
    expect(err).toMatchObject({
      name: 'InvalidParameterException',
      message:
        'Credential must be the JSON of a WebAuthn registration (clientDataJSON and attestationObject).',
    });
  });
});

describe('passkey sign-in is refused', () => {
  async function withPasskey(): Promise<Account> {
    const account = await signedIn();
    await register(account);
    return account;
  }

  it.each<[string, CeremonyOverrides, string, string]>([
    [
      'a wrong challenge',
      { challenge: 'c29tZS1vdGhlci1jaGFsbGVuZ2U' },
      'NotAuthorizedException',
      'Unexpected authentication response challenge',
    ],
    [
      'a foreign origin',
      { origin: 'https://evil.example' },
      'WebAuthnOriginNotAllowedException',
      'The passkey ceremony ran on https://evil.example',
    ],
    [
      'a bad signature',
      { badSignature: true },
      'NotAuthorizedException',
      'signature did not verify',
    ],
    [
      'another relying party',
      { rpId: 'evil.example' },
      'WebAuthnRelyingPartyMismatchException',
      "this pool's relying party is localhost",
    ],
  ])('for %s', async (_what, overrides, name, message) => {
    const account = await withPasskey();
    const { session, options } = await webAuthnChallenge(account.email);
    const err = await errorOf(
      assertWith(account, session, account.authenticator.get(options, overrides)),
    );
    expect(err.name).toBe(name);
    expect(err.message).toContain(message);
    // The failed attempt spent the challenge; a correct assertion now needs a new one.
    const retry = await errorOf(assertWith(account, session, account.authenticator.get(options)));
    expect(retry.message).toBe('Invalid session for the user.');
    const fresh = await webAuthnChallenge(account.email);
    const ok = await assertWith(account, fresh.session, account.authenticator.get(fresh.options));
    expect(ok.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it('when the sign counter goes backwards (a cloned authenticator)', async () => {
    const account = await withPasskey();
    const first = await webAuthnChallenge(account.email);
    await assertWith(
      account,
      first.session,
      account.authenticator.get(first.options, { counter: 5 }),
    );
    const second = await webAuthnChallenge(account.email);
    const err = await errorOf(
      assertWith(
        account,
        second.session,
        account.authenticator.get(second.options, { counter: 3 }),
      ),
    );
    expect(err.name).toBe('NotAuthorizedException');
    expect(err.message).toContain('counter');
  });

  it('without user verification when the pool requires it', async () => {
    const account = await withPasskey();
    await pool.admin.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: pool.userPoolId,
        WebAuthnConfiguration: { UserVerification: 'required' },
      }),
    );
    try {
      const { session, options } = await webAuthnChallenge(account.email);
      expect(options.userVerification).toBe('required');
      const err = await errorOf(
        assertWith(
          account,
          session,
          account.authenticator.get(options, { withoutUserVerification: true }),
        ),
      );
      expect(err.name).toBe('NotAuthorizedException');
    } finally {
      await pool.admin.send(
        new SetUserPoolMfaConfigCommand({
          UserPoolId: pool.userPoolId,
          WebAuthnConfiguration: { UserVerification: 'preferred' },
        }),
      );
    }
  });

  it("with another user's passkey", async () => {
    const owner = await withPasskey();
    const victim = await withPasskey();
    const { session, options } = await webAuthnChallenge(victim.email);
    // The owner's authenticator ignores the allow list and offers its own passkey.
    const foreign = owner.authenticator.get({ ...options, allowCredentials: [] });
    const err = await errorOf(assertWith(victim, session, foreign));
    expect(err).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'This passkey is not registered for the user.',
    });
  });
});
