import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reply } from '../../support/cognito-http-fake';
import { expectNoAxeViolations } from '../../support/a11y';
import { currentLocation, PASSWORD, renderJourney, setupCognito, signInAs } from './support';
import { expectFocus } from '../../support/focus';

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('AccountScreen', () => {
  it('shows the profile, groups, token expiry and decoded claims, and passes axe', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com', { name: 'Ada Lovelace', groups: ['admin', 'staff'] });
    renderJourney('/account');
    await expectFocus(await screen.findByRole('heading', { level: 1, name: 'Your account' }));
    expect(
      within(section('Groups'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['admin', 'staff']);
    const tokens = section('Tokens');
    expect(within(tokens).getByText('ID token expires')).toBeInTheDocument();
    const idClaims = within(tokens).getByLabelText('ID token claims');
    expect(JSON.parse(idClaims.textContent!)).toMatchObject({
      email: 'ada@example.com',
      token_use: 'id',
    });
    expect(within(tokens).getByLabelText('Access token claims').textContent).toContain(
      '"token_use": "access"',
    );
    expect(await within(tokens).findByLabelText('Access token header')).toHaveTextContent(
      '"alg": "RS256"',
    );
    expect(tokens).not.toHaveTextContent('not-a-real-signature');
    await waitFor(() =>
      expect(within(section('Two-step verification')).getByText('Off')).toBeInTheDocument(),
    );
    await expectNoAxeViolations();
  });

  it('saves a new name', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com', { name: 'Ada' });
    const { user } = renderJourney('/account');
    // Issue 16: name and company are edited together, in an editor that opens on demand.
    const profile = await screen.findByRole('region', { name: 'Profile' });
    await user.click(within(profile).getByRole('button', { name: 'Edit name and company' }));
    const name = within(profile).getByLabelText('Name');
    expect(name).toHaveValue('Ada');
    await user.clear(name);
    await user.type(name, 'Ada Lovelace');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Your profile is saved.')).toBeInTheDocument();
    expect(fake.users.get('ada@example.com')!.attributes.name).toBe('Ada Lovelace');
  });

  it('changes the email through a verification code', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    const { user } = renderJourney('/account', { config: { isLocalPool: true } });
    const profile = await screen.findByRole('region', { name: 'Profile' });
    await user.click(within(profile).getByRole('button', { name: 'Change email' }));
    const email = within(profile).getByLabelText('Email');
    await user.clear(email);
    await user.type(email, 'ada@new.example');
    await user.click(screen.getByRole('button', { name: 'Change email' }));
    const code = await screen.findByLabelText('Verification code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(screen.getByRole('link', { name: /open the dev inbox/i })).toBeInTheDocument();
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verify email' }));
    expect(await screen.findByText('Your new email address is verified.')).toBeInTheDocument();
    expect(fake.callsTo('VerifyUserAttribute')[0]!.body).toMatchObject({
      AttributeName: 'email',
      Code: '123456',
    });
  });

  it('puts a wrong current password next to that field and keeps both values', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    const { user } = renderJourney('/account');
    const region = await screen.findByRole('region', { name: 'Security' });
    await user.click(within(region).getByRole('button', { name: 'Change password' }));
    await user.type(within(region).getByLabelText('Current password'), 'Wrong-pass1!');
    await user.type(within(region).getByLabelText('New password'), 'N3w-Password!');
    await user.click(within(region).getByRole('button', { name: 'Change password' }));
    const current = within(region).getByLabelText('Current password');
    await waitFor(() =>
      expect(current).toHaveAccessibleDescription(/current password is incorrect/i),
    );
    expect(current).toHaveValue('Wrong-pass1!');
    expect(within(region).getByLabelText('New password')).toHaveValue('N3w-Password!');

    await user.clear(current);
    await user.type(current, PASSWORD);
    await user.click(within(region).getByRole('button', { name: 'Change password' }));
    expect(await within(region).findByText('Your password is changed.')).toBeInTheDocument();
    expect(fake.users.get('ada@example.com')!.password).toBe('N3w-Password!');
  });

  it('turns the authenticator app on', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    const { user } = renderJourney('/account');
    const region = await screen.findByRole('region', { name: 'Two-step verification' });
    await user.click(
      await within(region).findByRole('button', { name: 'Set up authenticator app' }),
    );
    expect(await within(region).findByRole('img', { name: /qr code/i })).toBeInTheDocument();
    await user.type(within(region).getByLabelText('Code'), '123456');
    await user.click(within(region).getByRole('button', { name: 'Verify and turn on' }));
    // Issue 16: successes show in the section's one status line, under its heading.
    expect(
      await within(section('Security')).findByText(/authenticator app is turned on/i),
    ).toBeInTheDocument();
    expect(
      within(region).getByRole('button', { name: 'Turn off authenticator app' }),
    ).toBeInTheDocument();
  });

  it('turns the authenticator app off', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    fake.script('GetUser', () =>
      reply.ok({
        Username: 'ada@example.com',
        UserAttributes: [{ Name: 'email', Value: 'ada@example.com' }],
        UserMFASettingList: ['SOFTWARE_TOKEN_MFA'],
        PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA',
      }),
    );
    const { user } = renderJourney('/account');
    const region = await screen.findByRole('region', { name: 'Two-step verification' });
    await within(region).findByText('On');
    await user.click(within(region).getByRole('button', { name: 'Turn off authenticator app' }));
    // Issue 16: successes show in the section's one status line, under its heading.
    expect(
      await within(section('Security')).findByText(/authenticator app is turned off/i),
    ).toBeInTheDocument();
    expect(within(region).getByText('Off')).toBeInTheDocument();
    expect(fake.callsTo('SetUserMFAPreference')[0]!.body).toMatchObject({
      SoftwareTokenMfaSettings: { Enabled: false },
    });
  });

  it('signs out, and signs out everywhere', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    // Issue 16: every sign-out ends on /signed-out, which says which kind it was.
    const first = renderJourney('/account');
    await first.user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText(/Your session on this browser has ended\./)).toBeInTheDocument();
    expect(currentLocation()).toBe('/signed-out');
    first.unmount();

    signInAs(fake, 'ada@example.com');
    const second = renderJourney('/account');
    await second.user.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    expect(
      await screen.findByText(/You have signed out on every device and browser\./),
    ).toBeInTheDocument();
    expect(currentLocation()).toBe('/signed-out');
    expect(fake.count('GlobalSignOut')).toBe(1);
  });
});

describe('AccountScreen sections (issue 16)', () => {
  it('shows no internal ID outside the closed "Developer details"', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com', { name: 'Ada Lovelace' });
    renderJourney('/account');
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    const details = document.querySelector('details.developer-details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details as HTMLElement).getByText('Developer details')).toBeInTheDocument();
    const sub = within(details as HTMLElement).getByText(
      (_, element) => element?.tagName === 'CODE' && /^[0-9a-f-]{36}$/.test(element.textContent!),
    ).textContent!;
    const outside = document.body.cloneNode(true) as HTMLElement;
    outside.querySelectorAll('details').forEach((element) => element.remove());
    expect(outside.textContent).not.toContain(sub);
    expect(outside.textContent).toContain('Ada Lovelace');
  });

  it('reports in one status line per section, cleared by the next edit or submit', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com', { name: 'Ada' });
    const { user } = renderJourney('/account');
    const profile = await screen.findByRole('region', { name: 'Profile' });
    const edit = () =>
      user.click(within(profile).getByRole('button', { name: 'Edit name and company' }));

    // A failure that belongs to no field shows under the section's heading, with Try again.
    fake.script('UpdateUserAttributes', () => reply.networkError());
    await edit();
    await user.click(within(profile).getByRole('button', { name: 'Save profile' }));
    const alert = await within(profile).findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/./));
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    // Editing a field is acting again: the old failure goes.
    await user.type(within(profile).getByLabelText('Name'), ' L.');
    expect(within(profile).getByRole('alert')).toBeEmptyDOMElement();

    // Success shows in the same place and goes when the person opens an editor again.
    fake.script('UpdateUserAttributes', () => reply.ok({}));
    await user.click(within(profile).getByRole('button', { name: 'Save profile' }));
    expect(await within(profile).findByText('Your profile is saved.')).toBeInTheDocument();
    await edit();
    expect(within(profile).queryByText('Your profile is saved.')).toBeNull();
  });

  it('offers one primary action per section', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com', { name: 'Ada' });
    renderJourney('/account');
    await waitFor(() => expect(within(section('Security')).getByText('Off')).toBeInTheDocument());
    for (const name of ['Profile', 'Security', 'Sessions']) {
      const primary = within(section(name))
        .getAllByRole('button')
        .filter(
          (button) => !button.classList.contains('secondary') && !button.classList.contains('link'),
        );
      expect(primary.length, name).toBeLessThanOrEqual(1);
    }
    expect(within(section('Sessions')).getByRole('button', { name: 'Sign out' })).not.toHaveClass(
      'secondary',
    );
  });
});
