import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mintTokens, reply } from '../../support/cognito-http-fake';
import { expectNoAxeViolations } from '../../support/a11y';
import { currentLocation, PASSWORD, renderJourney, setupCognito } from './support';
import { expectFocus } from '../../support/focus';

describe('NewPasswordScreen', () => {
  it('asks for a new password and every required attribute, then signs in', async () => {
    const fake = setupCognito();
    fake.addUser({ username: 'ada@example.com', password: 'Temp-pass1!' });
    fake.script('InitiateAuth', () =>
      reply.ok({
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: 'session-1',
        ChallengeParameters: {
          userAttributes: JSON.stringify({ email: 'ada@example.com' }),
          requiredAttributes: JSON.stringify(['userAttributes.name']),
        },
      }),
    );
    fake.script('RespondToAuthChallenge', () => {
      const t = mintTokens({ username: 'ada@example.com', name: 'Ada' });
      return reply.ok({
        AuthenticationResult: {
          IdToken: t.idToken,
          AccessToken: t.accessToken,
          RefreshToken: t.refreshToken,
          ExpiresIn: 3600,
        },
        ChallengeParameters: {},
      });
    });
    const { user } = renderJourney('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'Temp-pass1!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await expectFocus(
      await screen.findByRole('heading', { level: 1, name: 'Choose a new password' }),
    );
    expect(currentLocation()).toBe('/new-password');
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Set password and continue' }));
    await expectFocus(screen.getByLabelText('New password'));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/enter your name/i);

    await user.type(screen.getByLabelText('New password'), PASSWORD);
    await user.type(screen.getByLabelText('Name'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Set password and continue' }));
    await waitFor(() => expect(currentLocation()).toBe('/protected'));
    const respond = fake.callsTo('RespondToAuthChallenge')[0]!.body;
    expect(respond.ChallengeResponses).toMatchObject({
      NEW_PASSWORD: PASSWORD,
      'userAttributes.name': 'Ada',
    });
  });
});
