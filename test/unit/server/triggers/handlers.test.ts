import { describe, expect, it, vi } from 'vitest';
import {
  DISPOSABLE_MESSAGE,
  domainNotAllowedMessage,
  handler as preSignUp,
  handlerWithRules,
} from '../../../../server/triggers/preSignUp';
import { createHandler as postConfirmation } from '../../../../server/triggers/postConfirmation';
import {
  handler as preTokenGeneration,
  PROTECTED_CLAIMS,
} from '../../../../server/triggers/preTokenGeneration';
import { createHandler as customMessage } from '../../../../server/triggers/customMessage';
import type { OutgoingEmail, TriggerDeps } from '../../../../server/triggers/deps';
import {
  customMessageEvent,
  postConfirmationEvent,
  preSignUpEvent,
  preTokenGenerationV2Event,
} from './events';

function fakeDeps(): TriggerDeps & { added: string[][]; sent: OutgoingEmail[] } {
  const added: string[][] = [];
  const sent: OutgoingEmail[] = [];
  return {
    added,
    sent,
    addUserToGroup: async (pool, user, group) => void added.push([pool, user, group]),
    sendEmail: async (email) => void sent.push(email),
    appOrigin: 'https://app.example.com',
    productName: 'Example Product',
  };
}

describe('pre sign-up', () => {
  it('lets an ordinary address through unchanged (no allow-list by default)', async () => {
    const event = preSignUpEvent();
    const out = await preSignUp(preSignUpEvent());
    expect(out).toEqual(event);
  });

  it.each(['someone@mailinator.com', 'x@YOPMAIL.com', 'a@eu.guerrillamail.com'])(
    'refuses the disposable address %s with its own message',
    async (email) => {
      await expect(preSignUp(preSignUpEvent(email))).rejects.toThrow(DISPOSABLE_MESSAGE);
    },
  );

  it('with an allow-list, accepts its domains and subdomains and refuses others', async () => {
    const only = handlerWithRules({
      allowedEmailDomains: ['example.com'],
      disposableEmailDomains: [],
    });
    await expect(only(preSignUpEvent('ada@example.com'))).resolves.toBeTruthy();
    await expect(only(preSignUpEvent('ada@mail.EXAMPLE.com'))).resolves.toBeTruthy();
    await expect(only(preSignUpEvent('ada@notexample.com'))).rejects.toThrow(
      domainNotAllowedMessage(['example.com']),
    );
  });
});

describe('post confirmation', () => {
  it('adds a newly confirmed user to the user group and sends the welcome email', async () => {
    const deps = fakeDeps();
    const event = postConfirmationEvent();
    await expect(postConfirmation(deps)(event)).resolves.toEqual(postConfirmationEvent());
    expect(deps.added).toEqual([['us-west-2_EXAMPLE', 'testuser', 'user']]);
    expect(deps.sent).toHaveLength(1);
    expect(deps.sent[0]).toMatchObject({ to: 'testuser@example.com' });
    expect(deps.sent[0]!.subject).toContain('Example Product');
    expect(deps.sent[0]!.text).toContain('Hello Test User,');
    expect(deps.sent[0]!.text).toContain(
      'https://app.example.com/sign-in?email=testuser%40example.com',
    );
  });

  it('does nothing when a forgotten password is confirmed', async () => {
    const deps = fakeDeps();
    await postConfirmation(deps)(postConfirmationEvent('PostConfirmation_ConfirmForgotPassword'));
    expect(deps.added).toEqual([]);
    expect(deps.sent).toEqual([]);
  });

  it('fails (so Cognito reports it) when the group cannot be added, but not for a lost email', async () => {
    const deps = fakeDeps();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const noMail = { ...deps, sendEmail: () => Promise.reject(new Error('SES throttled')) };
    await expect(postConfirmation(noMail)(postConfirmationEvent())).resolves.toBeTruthy();
    expect(error).toHaveBeenCalledWith('Welcome email failed:', 'SES throttled');
    error.mockRestore();
    const noGroup = { ...deps, addUserToGroup: () => Promise.reject(new Error('AccessDenied')) };
    await expect(postConfirmation(noGroup)(postConfirmationEvent())).rejects.toThrow(
      'AccessDenied',
    );
  });
});

describe('pre token generation (V2)', () => {
  it('adds name, email, company and the groups as roles to the access token only', async () => {
    const out = await preTokenGeneration(preTokenGenerationV2Event({ 'custom:company': 'Acme' }));
    expect(out.response).toEqual({
      claimsAndScopeOverrideDetails: {
        accessTokenGeneration: {
          claimsToAddOrOverride: {
            name: 'Test User',
            email: 'testuser@example.com',
            'custom:company': 'Acme',
            roles: ['Group1', 'Group2'],
          },
        },
      },
    });
  });

  it('leaves out an unset or blank company, and gives an empty role list without groups', async () => {
    const event = preTokenGenerationV2Event({ 'custom:company': '  ' });
    event.request.groupConfiguration = {};
    const claims = (await preTokenGeneration(event)).response.claimsAndScopeOverrideDetails
      .accessTokenGeneration?.claimsToAddOrOverride;
    expect(claims).toEqual({ name: 'Test User', email: 'testuser@example.com', roles: [] });
  });

  it('touches no claim Cognito forbids overriding', async () => {
    const out = await preTokenGeneration(preTokenGenerationV2Event({ 'custom:company': 'Acme' }));
    const details = out.response.claimsAndScopeOverrideDetails;
    const touched = Object.keys(details.accessTokenGeneration?.claimsToAddOrOverride ?? {});
    expect(touched.filter((c) => PROTECTED_CLAIMS.has(c))).toEqual([]);
    expect(details.idTokenGeneration).toBeUndefined();
    expect(details.groupOverrideDetails).toBeUndefined();
  });
});

describe('custom message', () => {
  const deps = fakeDeps();
  const run = (source: Parameters<typeof customMessageEvent>[0]) =>
    customMessage(deps)(customMessageEvent(source));

  it.each([
    ['CustomMessage_SignUp', '/confirm-sign-up'],
    ['CustomMessage_ResendCode', '/confirm-sign-up'],
    ['CustomMessage_ForgotPassword', '/forgot-password'],
    ['CustomMessage_AdminCreateUser', '/sign-in'],
  ] as const)('%s names the product, carries the code and links to %s', async (source, path) => {
    const { response } = await run(source);
    expect(response.emailSubject).toContain('Example Product');
    expect(response.emailMessage).toContain('{####}');
    const links = response.emailMessage?.match(/https:\/\/\S+/g) ?? [];
    expect(links).toEqual([`https://app.example.com${path}?email=test.user%2Btag%40example.com`]);
    // The code never travels in a URL.
    for (const url of links) expect(url).not.toContain('{####}');
  });

  it('gives the invited user their username and temporary password', async () => {
    const { response } = await run('CustomMessage_AdminCreateUser');
    expect(response.emailMessage).toContain('{username}');
    expect(response.emailMessage).toContain('temporary password is {####}');
  });

  it('leaves sources it does not customise to Cognito', async () => {
    const { response } = await run('CustomMessage_Authentication');
    expect(response).toEqual({ smsMessage: null, emailMessage: null, emailSubject: null });
  });
});

describe('Lambda environment', () => {
  it('links go to APP_ORIGIN without a trailing slash', async () => {
    const { emailLinksFromEnv } = await import('../../../../server/triggers/deps');
    expect(emailLinksFromEnv({ APP_ORIGIN: 'https://d111.cloudfront.net/' }).appOrigin).toBe(
      'https://d111.cloudfront.net',
    );
  });
});
