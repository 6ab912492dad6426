import './realm';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { StrictMode } from 'react';
import {
  createMemoryRouter,
  MemoryRouter,
  Outlet,
  Route,
  RouterProvider,
  Routes,
  useLocation,
  useNavigate,
} from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthContext } from '../../../../src/auth/AuthContext';
import { createAuthorizeUrl } from '../../../../src/auth/hosted-ui/authorize';
import { leavePage } from '../../../../src/auth/hosted-ui/browser';
import { resetCallbackGuard } from '../../../../src/auth/hosted-ui/callback';
import { HostedSignInButtons } from '../../../../src/auth/hosted-ui/HostedSignInButtons';
import {
  redirectToHostedSignOut,
  consumeSignedOutFlag,
} from '../../../../src/auth/hosted-ui/logout';
import type { AuthContextValue, AuthState, SessionTokens } from '../../../../src/auth/types';
import type { AppConfig } from '../../../../src/config/env';
import { ConfigProvider } from '../../../../src/config/ConfigContext';
import { CallbackScreen } from '../../../../src/screens/CallbackScreen';
import { SignedOutScreen } from '../../../../src/screens/SignedOutScreen';
import { useSignedOutLanding } from '../../../../src/auth/hosted-ui/useSignedOutLanding';
import { server } from '../../../support/msw-server';
import {
  DOMAIN,
  ORIGIN,
  codeFor,
  rememberNonce,
  serveTokenEndpoint,
  testConfig,
  warmUpSigningKey,
} from './support';

vi.mock('../../../../src/auth/hosted-ui/browser', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src/auth/hosted-ui/browser')>();
  return { ...actual, leavePage: vi.fn() };
});

// Token exchange plus WebCrypto signing can outlast the 1 s default on a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

beforeAll(warmUpSigningKey);

beforeEach(() => {
  resetCallbackGuard();
  vi.mocked(leavePage).mockReset();
  window.history.replaceState(null, '', '/');
});

function fakeAuth(state: AuthState = { step: 'signedOut' }) {
  const completeHostedSignIn = vi.fn<(tokens: SessionTokens) => Promise<void>>(() =>
    Promise.resolve(),
  );
  // Only what these screens use; the rest of the contract is the auth core's to test.
  const value = { state, completeHostedSignIn } as unknown as AuthContextValue;
  return { value, completeHostedSignIn };
}

function Landed() {
  const location = useLocation();
  return <p>Landed at {`${location.pathname}${location.search}`}</p>;
}

function renderAt(
  href: string,
  { auth = fakeAuth().value, config = testConfig(), strict = true } = {},
) {
  window.history.replaceState(null, '', href);
  const url = new URL(href, ORIGIN);
  const router = createMemoryRouter(
    [
      { path: '/callback', element: <CallbackScreen /> },
      { path: '/signed-out', element: <SignedOutScreen /> },
      { path: '*', element: <Landed /> },
    ],
    { initialEntries: [`${url.pathname}${url.search}`] },
  );
  const tree = (
    <ConfigProvider config={config}>
      <AuthContext.Provider value={auth}>
        <RouterProvider router={router} />
      </AuthContext.Provider>
    </ConfigProvider>
  );
  return render(strict ? <StrictMode>{tree}</StrictMode> : tree);
}

async function begin(
  options: { returnTo?: string; provider?: string } = {},
  config = testConfig(),
) {
  const url = await createAuthorizeUrl(config, options);
  const state = url.searchParams.get('state')!;
  rememberNonce(state);
  return state;
}

function lastAuthorizeUrl(): URL {
  const calls = vi.mocked(leavePage).mock.calls;
  expect(calls.length).toBeGreaterThan(0);
  return new URL(calls[calls.length - 1]![0]);
}

describe('CallbackScreen', () => {
  it('exchanges the code exactly once under StrictMode and lands on returnTo', async () => {
    const calls = serveTokenEndpoint();
    const state = await begin({ returnTo: '/protected?x=1' });
    const { value, completeHostedSignIn } = fakeAuth();

    renderAt(`/callback?code=${codeFor(state)}&state=${state}`, { auth: value });

    expect(screen.getByRole('heading', { name: 'Signing you in…' })).toHaveFocus();
    // The code left the address bar during the first effect, before the exchange.
    expect(window.location.search).toBe('');
    expect(await screen.findByText('Landed at /protected?x=1')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(completeHostedSignIn).toHaveBeenCalledTimes(1);
  });

  it('shows an IdP error with Try again that goes back the same way to the same place', async () => {
    serveTokenEndpoint();
    const state = await begin({ returnTo: '/account', provider: 'Google' });
    renderAt(
      `/callback?error=access_denied&error_description=${encodeURIComponent('User cancelled')}&state=${state}`,
    );

    const heading = await screen.findByRole('heading', { name: 'Sign-in didn’t complete' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent(/cancelled or the account was not allowed/);
    expect(screen.getByText('User cancelled')).toBeInTheDocument();
    expect(screen.getByText('access_denied')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(leavePage).toHaveBeenCalledTimes(1));
    const retry = lastAuthorizeUrl();
    expect(`${retry.origin}${retry.pathname}`).toBe(`${DOMAIN}/oauth2/authorize`);
    expect(retry.searchParams.get('identity_provider')).toBe('Google');
    const newState = retry.searchParams.get('state')!;
    expect(newState).not.toBe(state);
    const stored = JSON.parse(sessionStorage.getItem(`cra.hostedUi.tx.${newState}`)!) as {
      returnTo: string;
    };
    expect(stored.returnTo).toBe('/account');
  });

  it('shows a failed exchange as a screen, keeping returnTo for the retry', async () => {
    server.use(
      http.post(`${DOMAIN}/oauth2/token`, () =>
        HttpResponse.json({ error: 'invalid_grant' }, { status: 400 }),
      ),
    );
    const state = await begin({ returnTo: '/protected' });
    const { value, completeHostedSignIn } = fakeAuth();
    renderAt(`/callback?code=${codeFor(state)}&state=${state}`, { auth: value });

    expect(await screen.findByRole('alert')).toHaveTextContent(/expired or was already used/);
    expect(completeHostedSignIn).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(leavePage).toHaveBeenCalled());
    const newState = lastAuthorizeUrl().searchParams.get('state')!;
    expect(sessionStorage.getItem(`cra.hostedUi.tx.${newState}`)).toContain(
      '"returnTo":"/protected"',
    );
  });

  it('refuses an unknown state on screen without calling the token endpoint', async () => {
    const calls = serveTokenEndpoint();
    renderAt('/callback?code=abc&state=not-ours');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /does not match a sign-in started in this tab/,
    );
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows a network failure as a screen', async () => {
    server.use(http.post(`${DOMAIN}/oauth2/token`, () => HttpResponse.error()));
    const state = await begin();
    renderAt(`/callback?code=${codeFor(state)}&state=${state}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Could not reach the sign-in service/,
    );
  });

  it('after a reload of a finished callback, goes on to the remembered returnTo once signed in', async () => {
    serveTokenEndpoint();
    const state = await begin({ returnTo: '/account' });
    const first = renderAt(`/callback?code=${codeFor(state)}&state=${state}`);
    await screen.findByText('Landed at /account');
    first.unmount();
    resetCallbackGuard(); // a reload starts with fresh module state

    const signedIn = fakeAuth({ step: 'signedIn' } as AuthState).value;
    renderAt('/callback', { auth: signedIn });
    expect(await screen.findByText('Landed at /account')).toBeInTheDocument();
  });

  it('after a reload while signed out, explains there is nothing to finish and offers Try again', async () => {
    renderAt('/callback');
    expect(await screen.findByRole('alert')).toHaveTextContent(/no sign-in response to finish/);
    expect(screen.getByRole('heading', { name: 'Sign-in didn’t complete' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('waits while the session is still loading', () => {
    renderAt('/callback', { auth: fakeAuth({ step: 'loading' }).value });
    expect(screen.getByRole('heading', { name: 'Signing you in…' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when no hosted UI is configured, without a Try again', async () => {
    renderAt('/callback?code=abc&state=x', { config: testConfig({ hostedUiDomain: undefined }) });
    expect(await screen.findByRole('alert')).toHaveTextContent(/not set up for this app/);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});

describe('HostedSignInButtons', () => {
  function renderButtons(config: AppConfig, returnTo?: string) {
    const navigate = vi.fn();
    const router = createMemoryRouter([
      { path: '/', element: <HostedSignInButtons returnTo={returnTo} navigate={navigate} /> },
    ]);
    const view = render(
      <ConfigProvider config={config}>
        <RouterProvider router={router} />
      </ConfigProvider>,
    );
    return { navigate, ...view };
  }

  it('renders nothing without a hosted UI domain', () => {
    const { container } = renderButtons(
      testConfig({ hostedUiDomain: undefined, identityProviders: [] }),
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('offers hosted sign-in and one button per provider, by display name', () => {
    renderButtons(testConfig());
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Continue with hosted sign-in',
      'Continue with Google',
      'Continue with Amazon',
      'Continue with Apple',
      'Continue with Facebook',
      'Continue with AcmeOkta',
    ]);
  });

  it('sits under an "or" divider, every button as wide as the form (issue 16 part 4)', () => {
    const { container } = renderButtons(testConfig());
    const divider = container.querySelector('.or-divider');
    expect(divider).toHaveTextContent(/^or$/);
    const group = screen.getByRole('group', { name: 'Other ways to sign in' });
    // The divider comes first, so it separates the screen's own form from these buttons.
    expect(divider!.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const button of within(group).getAllByRole('button')) expect(button).toHaveClass('wide');
  });

  it('sends a provider button straight to that provider, keeping returnTo', async () => {
    const { navigate } = renderButtons(testConfig(), '/protected');
    await userEvent.click(screen.getByRole('button', { name: 'Continue with Amazon' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const url = new URL(navigate.mock.calls[0]![0] as string);
    expect(url.searchParams.get('identity_provider')).toBe('LoginWithAmazon');
    const state = url.searchParams.get('state')!;
    expect(sessionStorage.getItem(`cra.hostedUi.tx.${state}`)).toContain('"returnTo":"/protected"');
    // Every button waits while the page leaves, so a double click cannot start a second redirect.
    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
    // …until Back restores the page from the back/forward cache.
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    for (const button of screen.getAllByRole('button')) expect(button).toBeEnabled();
  });

  it('sends the hosted sign-in button to the hosted UI without identity_provider', async () => {
    const { navigate } = renderButtons(testConfig({ identityProviders: [] }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue with hosted sign-in' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(
      new URL(navigate.mock.calls[0]![0] as string).searchParams.has('identity_provider'),
    ).toBe(false);
  });

  it('shows an alert when the redirect cannot start', async () => {
    const digest = vi
      .spyOn(crypto.subtle, 'digest')
      .mockRejectedValueOnce(new Error('insecure context'));
    const { navigate } = renderButtons(testConfig());
    await userEvent.click(screen.getByRole('button', { name: 'Continue with Google' }));
    expect(await screen.findByText(/Could not start the hosted sign-in/)).toBeInTheDocument();
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Continue with Google' })).toBeEnabled();
    digest.mockRestore();
  });
});

describe('SignedOutScreen', () => {
  it('says the user is signed out, focuses its heading and clears the logout flag', async () => {
    redirectToHostedSignOut(testConfig(), vi.fn());
    renderAt('/signed-out');
    const heading = await screen.findByRole('heading', { name: 'You’re signed out' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    await act(async () => {});
    expect(consumeSignedOutFlag()).toBe(false);
  });
});

describe('useSignedOutLanding', () => {
  function Home() {
    useSignedOutLanding();
    return <p>Home page</p>;
  }

  function renderHome() {
    const router = createMemoryRouter([
      { path: '/', element: <Home /> },
      { path: '/signed-out', element: <SignedOutScreen /> },
    ]);
    return render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
  }

  it('sends a return from the hosted-UI logout to the signed-out page, once', async () => {
    redirectToHostedSignOut(testConfig({ redirectSignOut: `${ORIGIN}/` }), vi.fn());
    renderHome();
    expect(await screen.findByRole('heading', { name: 'You’re signed out' })).toBeInTheDocument();
    expect(consumeSignedOutFlag()).toBe(false);
  });

  it('leaves the flag to the page load that lands: in-app moves of the leaving page do not consume it', async () => {
    // The shell stays mounted while the page moves (its sign-out sends it to /sign-in) and the
    // browser is on its way to /logout; only the page that comes back may read the flag. The app
    // uses declarative routes, whose navigate changes with every location: so does this test.
    function Shell() {
      useSignedOutLanding();
      const navigate = useNavigate();
      return (
        <>
          <button type="button" onClick={() => navigate('/sign-in?returnTo=%2Faccount')}>
            Sign out (in-app move)
          </button>
          <Outlet />
        </>
      );
    }
    render(
      <StrictMode>
        <MemoryRouter initialEntries={['/account']}>
          <Routes>
            <Route path="/" element={<Shell />}>
              <Route path="account" element={<p>Account page</p>} />
              <Route path="sign-in" element={<p>Sign-in page</p>} />
              <Route path="signed-out" element={<p>Signed-out page</p>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </StrictMode>,
    );
    await screen.findByText('Account page');
    redirectToHostedSignOut(testConfig({ redirectSignOut: `${ORIGIN}/` }), vi.fn());
    await userEvent.click(screen.getByRole('button', { name: 'Sign out (in-app move)' }));
    await screen.findByText('Sign-in page');
    await act(async () => {});
    expect(screen.queryByText('Signed-out page')).toBeNull();
    expect(consumeSignedOutFlag()).toBe(true);
  });

  it('leaves an ordinary visit to the home page alone', async () => {
    renderHome();
    await act(async () => {});
    expect(screen.getByText('Home page')).toBeInTheDocument();
  });
});
