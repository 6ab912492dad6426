import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mintTokens, reply, type CognitoFake } from '../../support/cognito-http-fake';
import { expectNoAxeViolations } from '../../support/a11y';
import { currentLocation, PASSWORD, renderJourney, setupCognito } from './support';
import { expectFocus } from '../../support/focus';

type User = ReturnType<typeof renderJourney>['user'];

function challenge(fake: CognitoFake, name: string, parameters: Record<string, string> = {}) {
  fake.addUser({ username: 'ada@example.com', password: PASSWORD });
  fake.script('InitiateAuth', () =>
    reply.ok({ ChallengeName: name, Session: 'session-1', ChallengeParameters: parameters }),
  );
}

function tokensReply() {
  const t = mintTokens({ username: 'ada@example.com' });
  return reply.ok({
    AuthenticationResult: {
      IdToken: t.idToken,
      AccessToken: t.accessToken,
      RefreshToken: t.refreshToken,
      ExpiresIn: 3600,
      TokenType: 'Bearer',
    },
    ChallengeParameters: {},
  });
}

async function signIn(user: User) {
  await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
  await user.type(screen.getByLabelText('Password'), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('MfaScreen', () => {
  it('asks for the authenticator code and signs in', async () => {
    const fake = setupCognito();
    challenge(fake, 'SOFTWARE_TOKEN_MFA');
    fake.script('RespondToAuthChallenge', (body) =>
      body.ChallengeResponses &&
      (body.ChallengeResponses as Record<string, string>).SOFTWARE_TOKEN_MFA_CODE === '123456'
        ? tokensReply()
        : reply.error('CodeMismatchException', 'Invalid code'),
    );
    const { user } = renderJourney('/sign-in?returnTo=%2Faccount');
    await signIn(user);
    await expectFocus(
      await screen.findByRole('heading', { level: 1, name: 'Enter your verification code' }),
    );
    expect(currentLocation()).toBe('/mfa?returnTo=%2Faccount');
    const code = screen.getByLabelText('Code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expectNoAxeViolations();
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(currentLocation()).toBe('/account'));
  });

  it('says where an SMS code went and links the dev inbox on a local pool', async () => {
    const fake = setupCognito();
    challenge(fake, 'SMS_MFA', {
      CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
      CODE_DELIVERY_DESTINATION: '+*******1234',
    });
    fake.script('RespondToAuthChallenge', () =>
      reply.error('CodeMismatchException', 'Invalid code'),
    );
    const { user } = renderJourney('/sign-in', { config: { isLocalPool: true } });
    await signIn(user);
    await screen.findByRole('heading', { level: 1, name: 'Enter your verification code' });
    expect(screen.getByText(/by text message to \+\*+1234/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /open the dev inbox/i })).toBeInTheDocument();
    const code = screen.getByLabelText('Code');
    await user.type(code, '111111');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(code).toHaveAccessibleDescription(/isn't right/));
    expect(code).toHaveValue('111111');
    await user.click(screen.getByRole('button', { name: 'Cancel sign-in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('lets the person choose a factor when Cognito asks', async () => {
    const fake = setupCognito();
    challenge(fake, 'SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' });
    fake.script('RespondToAuthChallenge', () =>
      reply.ok({
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: 'session-2',
        ChallengeParameters: {},
      }),
    );
    const { user } = renderJourney('/sign-in');
    await signIn(user);
    const group = await screen.findByRole('group', { name: 'How do you want to get your code?' });
    expect(within(group).getAllByRole('radio')).toHaveLength(2);
    await user.click(within(group).getByRole('radio', { name: 'Authenticator app' }));
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enter your verification code' }),
    ).toBeInTheDocument();
  });

  it('pairs an authenticator app when the pool requires one (QR code, copyable key, code)', async () => {
    const fake = setupCognito();
    challenge(fake, 'MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' });
    fake.script('RespondToAuthChallenge', () => tokensReply());
    fake.always('VerifySoftwareToken', (body) =>
      body.UserCode === '123456'
        ? reply.ok({ Status: 'SUCCESS', Session: 'session-3' })
        : reply.error('EnableSoftwareTokenMFAException', 'Code mismatch'),
    );
    const { user } = renderJourney('/sign-in');
    await signIn(user);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up an authenticator app' }),
    ).toBeInTheDocument();
    const qr = await screen.findByRole('img', { name: /qr code/i });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy key' })).toBeInTheDocument();
    expect(fake.count('AssociateSoftwareToken')).toBe(1);
    await expectNoAxeViolations();

    const code = screen.getByLabelText('Code');
    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Verify and turn on' }));
    await waitFor(() => expect(code).toHaveAccessibleDescription(/isn't right/));
    await user.clear(code);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verify and turn on' }));
    await waitFor(() => expect(currentLocation()).toBe('/protected'));
  });
});
