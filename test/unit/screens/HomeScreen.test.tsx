import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../support/a11y';
import { renderJourney, setupCognito, signInAs } from './support';

describe('HomeScreen', () => {
  it('offers sign-in and sign-up to a signed-out visitor, and passes axe', async () => {
    setupCognito();
    renderJourney('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/sign-up',
    );
    expect(screen.queryByRole('link', { name: 'Manage your account' })).toBeNull();
    await expectNoAxeViolations();
  });

  it('greets a signed-in person by name and offers what to do next, and passes axe', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com', { name: 'Ada Lovelace' });
    renderJourney('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hello, Ada Lovelace' }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Open the protected page' })).toHaveAttribute(
      'href',
      '/protected',
    );
    expect(within(main).getByRole('link', { name: 'Manage your account' })).toHaveAttribute(
      'href',
      '/account',
    );
    expect(within(main).queryByRole('link', { name: 'Go to the admin page' })).toBeNull();
    expect(within(main).queryByRole('link', { name: 'Sign in' })).toBeNull();
    expect(within(main).queryByRole('link', { name: 'Create an account' })).toBeNull();
    await expectNoAxeViolations();
  });

  it('offers the admin page to members of the admin group only', async () => {
    const fake = setupCognito();
    signInAs(fake, 'root@example.com', { name: 'Root', groups: ['admin'] });
    renderJourney('/');
    await screen.findByRole('heading', { level: 1, name: 'Hello, Root' });
    expect(screen.getByRole('link', { name: 'Go to the admin page' })).toHaveAttribute(
      'href',
      '/admin',
    );
  });

  it('falls back to the email when the account has no name', async () => {
    const fake = setupCognito();
    signInAs(fake, 'grace@example.com');
    renderJourney('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hello, grace@example.com' }),
    ).toBeInTheDocument();
  });
});
