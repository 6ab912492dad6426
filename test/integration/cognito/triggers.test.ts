/**
 * Contract: the pool definition's Lambda triggers run in the local pool from the same modules the CDK
 * app deploys, with Cognito's events and failure semantics (issue 15).
 */
import {
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPOSABLE_MESSAGE } from '../../../server/triggers/preSignUp';
import { PRODUCT_NAME } from '../../../server/pool/definition';
import {
  GOOD_PASSWORD,
  setupLocalPool,
  startLocalPool,
  type LocalPool,
} from '../../support/local-cognito';
import { claims, errorOf, uniqueEmail } from './helpers';
import { FAILURE } from './fixtures/throwingTrigger';

const pool = setupLocalPool();

async function signUp(p: LocalPool, email: string, company?: string) {
  return p.admin.send(
    new SignUpCommand({
      ClientId: p.spaClientId,
      Username: email,
      Password: GOOD_PASSWORD,
      UserAttributes: [
        { Name: 'name', Value: 'Ada Lovelace' },
        ...(company ? [{ Name: 'custom:company', Value: company }] : []),
      ],
    }),
  );
}

async function signUpAndConfirm(p: LocalPool, email: string, company?: string): Promise<void> {
  await signUp(p, email, company);
  const code = await p.latestCode(email, 'signUp');
  await p.admin.send(
    new ConfirmSignUpCommand({ ClientId: p.spaClientId, Username: email, ConfirmationCode: code }),
  );
}

async function accessToken(p: LocalPool, email: string): Promise<string> {
  const out = await p.admin.send(
    new InitiateAuthCommand({
      ClientId: p.spaClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: GOOD_PASSWORD },
    }),
  );
  return out.AuthenticationResult!.AccessToken!;
}

describe('pre sign-up', () => {
  it("refuses a disposable address with UserLambdaValidationException and the trigger's message", async () => {
    const email = `someone-${Date.now()}@mailinator.com`;
    const err = await errorOf(signUp(pool, email));
    expect(err.name).toBe('UserLambdaValidationException');
    expect(err.message).toBe(`PreSignUp failed with error ${DISPOSABLE_MESSAGE}.`);
    // Nobody was created.
    const lookup = await errorOf(
      pool.admin.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: email })),
    );
    expect(lookup.name).toBe('UserNotFoundException');
  });
});

describe('custom message', () => {
  it('the verification email names the product, has the code, and links with the email only', async () => {
    const email = uniqueEmail('message');
    await signUp(pool, email);
    const [message] = await pool.messages(email);
    expect(message!.kind).toBe('signUp');
    expect(message!.subject).toContain(PRODUCT_NAME);
    expect(message!.text).toContain(`Your verification code is ${message!.code}`);
    const links = message!.text!.match(/https?:\/\/\S+/g);
    expect(links).toEqual([
      `http://localhost:5173/confirm-sign-up?email=${encodeURIComponent(email)}`,
    ]);
  });

  it('the forgot-password email links to the reset screen', async () => {
    const email = uniqueEmail('forgot');
    await signUpAndConfirm(pool, email);
    await pool.admin.send(
      new ForgotPasswordCommand({ ClientId: pool.spaClientId, Username: email }),
    );
    const message = (await pool.messages(email)).find((m) => m.kind === 'forgotPassword')!;
    expect(message.subject).toBe(`Reset your ${PRODUCT_NAME} password`);
    expect(message.text).toContain(`Your password reset code is ${message.code}`);
    expect(message.text).toContain(`/forgot-password?email=${encodeURIComponent(email)}`);
    expect(message.text!.match(/https?:\/\/\S+/g)!.join(' ')).not.toContain(message.code);
  });
});

describe('post confirmation', () => {
  it('puts a confirmed user in the user group and sends the welcome email', async () => {
    const email = uniqueEmail('confirmed');
    await signUpAndConfirm(pool, email);
    const { Groups } = await pool.admin.send(
      new AdminListGroupsForUserCommand({ UserPoolId: pool.userPoolId, Username: email }),
    );
    expect(Groups!.map((g) => g.GroupName)).toEqual(['user']);
    const [welcome] = await pool.messages(email);
    expect(welcome).toMatchObject({
      kind: 'welcome',
      code: '',
      subject: `Welcome to ${PRODUCT_NAME}`,
    });
    expect(welcome!.text).toContain('Hello Ada Lovelace,');
  });
});

describe('pre token generation (V2)', () => {
  it('the access token carries name, email, custom:company and the groups as roles', async () => {
    const email = uniqueEmail('claims');
    await signUpAndConfirm(pool, email, 'Analytical Engines Ltd');
    const access = claims(await accessToken(pool, email));
    expect(access).toMatchObject({
      token_use: 'access',
      name: 'Ada Lovelace',
      email,
      'custom:company': 'Analytical Engines Ltd',
      roles: ['user'],
      'cognito:groups': ['user'],
    });
    // What Cognito forbids overriding stays Cognito's.
    expect(access.username).not.toBe('Ada Lovelace');
    expect(access.scope).toBe('aws.cognito.signin.user.admin');
  });

  it('a changed company reaches the next token; no company means no claim', async () => {
    const email = uniqueEmail('company');
    await signUpAndConfirm(pool, email);
    const before = await accessToken(pool, email);
    expect(claims(before)).not.toHaveProperty('custom:company');
    await pool.admin.send(
      new UpdateUserAttributesCommand({
        AccessToken: before,
        UserAttributes: [{ Name: 'custom:company', Value: 'Difference Engines' }],
      }),
    );
    expect(claims(await accessToken(pool, email))['custom:company']).toBe('Difference Engines');
  });
});

describe('a throwing trigger', () => {
  let failing: LocalPool;
  beforeAll(async () => {
    failing = await startLocalPool({
      triggers: {
        preTokenGeneration: 'test/integration/cognito/fixtures/throwingTrigger.ts',
        postConfirmation: 'test/integration/cognito/fixtures/throwingTrigger.ts',
      },
    });
  });
  afterAll(async () => {
    await failing?.close();
  });

  it('fails confirmation with UserLambdaValidationException, yet the user stays confirmed', async () => {
    const email = uniqueEmail('throwing');
    await signUp(failing, email);
    const code = await failing.latestCode(email, 'signUp');
    const err = await errorOf(
      failing.admin.send(
        new ConfirmSignUpCommand({
          ClientId: failing.spaClientId,
          Username: email,
          ConfirmationCode: code,
        }),
      ),
    );
    expect(err.name).toBe('UserLambdaValidationException');
    expect(err.message).toBe(`PostConfirmation failed with error ${FAILURE}.`);
    const user = await failing.admin.send(
      new AdminGetUserCommand({ UserPoolId: failing.userPoolId, Username: email }),
    );
    expect(user.UserStatus).toBe('CONFIRMED');

    const signIn = await errorOf(accessToken(failing, email));
    expect(signIn.name).toBe('UserLambdaValidationException');
    expect(signIn.message).toBe(`PreTokenGeneration failed with error ${FAILURE}.`);
  });
});
