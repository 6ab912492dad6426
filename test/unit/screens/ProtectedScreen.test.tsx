import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { server } from '../../support/msw-server';
import { expectNoAxeViolations } from '../../support/a11y';
import { API, renderJourney, setupCognito, signInAs } from './support';
import { expectFocus } from '../../support/focus';

describe('ProtectedScreen', () => {
  it('shows what GET /hello and GET /me return, sending the access token', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${API}/hello`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json({ message: 'Hello ada@example.com!' });
      }),
    );
    renderJourney('/protected');
    await expectFocus(await screen.findByRole('heading', { level: 1, name: 'Protected page' }));
    expect(await screen.findByText('Hello ada@example.com!')).toBeInTheDocument();
    // Issue 16: the scope is for developers, under "Developer details".
    const me = screen.getByRole('region', { name: 'What the API verified' });
    expect(await within(me).findByText('aws.cognito.signin.user.admin')).toBeInTheDocument();
    expect(seen[0]).toMatch(/^Bearer ey/);
    await expectNoAxeViolations();
  });

  // 401 is its own test below: it goes through the client's forced refresh and retry first.
  it.each([
    [403, /permission/i],
    [500, /problem/i],
  ])('explains a %s in words and offers Retry', async (status, words) => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    server.use(http.get(`${API}/hello`, () => HttpResponse.json({ error: 'x' }, { status })));
    renderJourney('/protected');
    const hello = await screen.findByRole('region', { name: 'A message for you' });
    const alert = await within(hello).findByRole('alert');
    expect(alert).toHaveTextContent(words);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('explains a 401 (after the forced refresh) and offers Retry and "Sign in again"', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    server.use(http.get(`${API}/hello`, () => HttpResponse.json({ error: 'x' }, { status: 401 })));
    renderJourney('/protected');
    const hello = await screen.findByRole('region', { name: 'A message for you' });
    const alert = await within(hello).findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent(/sign in again/i);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '/sign-in?returnTo=%2Fprotected',
    );
    expect(fake.refreshCalls()).toHaveLength(1);
  });

  it('recovers from the API being down with Retry', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    server.use(http.get(`${API}/hello`, () => HttpResponse.error(), { once: true }));
    const { user } = renderJourney('/protected');
    const hello = await screen.findByRole('region', { name: 'A message for you' });
    const alert = await within(hello).findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(/couldn't reach/i);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(within(hello).getByText('Hello ada@example.com!')).toBeInTheDocument(),
    );
  });

  it('sends ten calls at once on request and reports how many succeeded', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com');
    const bearers: (string | null)[] = [];
    server.use(
      http.get(`${API}/hello`, ({ request }) => {
        bearers.push(request.headers.get('authorization'));
        return HttpResponse.json({ message: 'Hello ada@example.com!' });
      }),
    );
    renderJourney('/protected');
    await screen.findByText('Hello ada@example.com!');
    const before = bearers.length;
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Send 10 requests at once' }));
    expect(await screen.findByText('10 of 10 requests succeeded')).toBeInTheDocument();
    expect(bearers.length - before).toBe(10);
    expect(bearers.every((value) => value?.startsWith('Bearer ey'))).toBe(true);
    expect(fake.refreshCalls()).toHaveLength(0);
  });

  it('reads as content: internal IDs, scope and claims only under the closed "Developer details"', async () => {
    const fake = setupCognito();
    signInAs(fake, 'ada@example.com', { name: 'Ada Lovelace' });
    server.use(
      http.get(`${API}/me`, () =>
        HttpResponse.json({
          name: 'Ada Lovelace',
          email: 'ada@example.com',
          userId: '5a7492b0-b5ec-4d2e-9c4e-000000000001',
          username: '5a7492b0-b5ec-4d2e-9c4e-000000000001',
          scope: 'openid aws.cognito.signin.user.admin',
          groups: ['staff'],
          claims: { sub: '5a7492b0-b5ec-4d2e-9c4e-000000000001', token_use: 'access' },
        }),
      ),
    );
    renderJourney('/protected');
    const me = await screen.findByRole('region', { name: 'What the API knows about you' });
    expect(await within(me).findByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(me).getByText('staff')).toBeInTheDocument();
    const details = document.querySelector('details.developer-details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details.textContent).toContain('5a7492b0-b5ec-4d2e-9c4e-000000000001');
    const outside = document.body.cloneNode(true) as HTMLElement;
    outside.querySelectorAll('details').forEach((element) => element.remove());
    expect(outside.textContent).not.toContain('5a7492b0');
    expect(outside.textContent).not.toContain('aws.cognito.signin.user.admin');
    expect(outside.textContent).not.toMatch(/GET \/(hello|me)/);
  });
});
