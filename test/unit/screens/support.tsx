/**
 * Screen-test harness: the journey's screens on their real paths (eager, so tests need no lazy
 * loading), the real AuthProvider, and Cognito faked only at HTTP level. The guards' own lazy piece
 * (the no-access screen) waits under a Suspense boundary, as it does under the app's Layout.
 */
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import {
  createCognitoFake,
  mintTokens,
  reply,
  type CognitoFake,
} from '../../support/cognito-http-fake';
import { server } from '../../support/msw-server';
import {
  renderWithProviders,
  TEST_API_URL,
  testAppConfig,
  type RenderOptions,
} from '../../support/render';
import { ADMIN_GROUP } from '../../../src/routing/groups';
import { RequireAuth, RequireGroup } from '../../../src/routing/RequireAuth';
import { paths } from '../../../src/config/paths';
import { AccountScreen } from '../../../src/screens/account/AccountScreen';
import { AdminScreen } from '../../../src/screens/AdminScreen';
import { ConfirmSignUpScreen } from '../../../src/screens/ConfirmSignUpScreen';
import { ForgotPasswordScreen } from '../../../src/screens/ForgotPasswordScreen';
import { HomeScreen } from '../../../src/screens/HomeScreen';
import { MfaScreen } from '../../../src/screens/MfaScreen';
import { NewPasswordScreen } from '../../../src/screens/NewPasswordScreen';
import { ProtectedScreen } from '../../../src/screens/protected/ProtectedScreen';
import { SignInScreen } from '../../../src/screens/SignInScreen';
import { SignedOutScreen } from '../../../src/screens/SignedOutScreen';
import { SignUpScreen } from '../../../src/screens/SignUpScreen';

export const PASSWORD = 'Corr3ct-Horse!';

/** Shows the current URL, so a test can assert where navigation went. */
function LocationProbe() {
  const location = useLocation();
  return <output aria-label="Current location">{`${location.pathname}${location.search}`}</output>;
}

function Journey() {
  return (
    <main id="main">
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Routes>
          <Route path={paths.home} element={<HomeScreen />} />
          <Route path={paths.signIn} element={<SignInScreen />} />
          <Route path={paths.signUp} element={<SignUpScreen />} />
          <Route path={paths.confirmSignUp} element={<ConfirmSignUpScreen />} />
          <Route path={paths.newPassword} element={<NewPasswordScreen />} />
          <Route path={paths.forgotPassword} element={<ForgotPasswordScreen />} />
          <Route path={paths.mfa} element={<MfaScreen />} />
          <Route path={paths.signedOut} element={<SignedOutScreen />} />
          <Route element={<RequireAuth />}>
            <Route path={paths.account} element={<AccountScreen />} />
            <Route path={paths.protected} element={<ProtectedScreen />} />
            <Route element={<RequireGroup group={ADMIN_GROUP} />}>
              <Route path={paths.admin} element={<AdminScreen />} />
            </Route>
          </Route>
          <Route path="*" element={<h1>Somewhere else</h1>} />
        </Routes>
      </Suspense>
      <LocationProbe />
    </main>
  );
}

export function currentLocation(): string {
  return screen.getByRole('status', { name: 'Current location' }).textContent ?? '';
}

export const API = TEST_API_URL;

/** Cognito's answer to InitiateAuth that asks for a challenge next. */
export function challengeReply(name: string, parameters: Record<string, string> = {}) {
  return reply.ok({ ChallengeName: name, Session: 'session-1', ChallengeParameters: parameters });
}

/** Cognito's answer to a challenge that completes a sign-in: fresh tokens for `username`. */
export function signedInReply(username: string, claims: { name?: string } = {}) {
  const t = mintTokens({ username, ...claims });
  return reply.ok({
    AuthenticationResult: {
      IdToken: t.idToken,
      AccessToken: t.accessToken,
      RefreshToken: t.refreshToken,
      ExpiresIn: 3600,
    },
    ChallengeParameters: {},
  });
}

/**
 * A fresh Cognito fake, plus an API that answers /hello, /me and /admin like the local one, so a
 * journey that ends on a protected page has something to talk to. Tests override with server.use.
 */
export function setupCognito(): CognitoFake {
  const fake = createCognitoFake();
  server.use(
    fake.handler,
    http.get(`${API}/hello`, () =>
      HttpResponse.json({ message: 'Hello ada@example.com!', userId: 'sub-1' }),
    ),
    http.get(`${API}/me`, () =>
      HttpResponse.json({
        userId: 'sub-1',
        username: 'ada@example.com',
        scope: 'aws.cognito.signin.user.admin',
        groups: [],
        claims: { sub: 'sub-1' },
      }),
    ),
    http.get(`${API}/admin`, () =>
      HttpResponse.json({ message: 'Welcome, admin.', userId: 'sub-1', groups: ['admin'] }),
    ),
  );
  return fake;
}

/** Stores a session for `username` as the app would, so the render starts signed in. */
export function signInAs(
  fake: CognitoFake,
  username: string,
  options: { name?: string; groups?: string[] } = {},
) {
  if (!fake.users.has(username)) {
    fake.addUser({
      username,
      password: PASSWORD,
      attributes: { email: username, ...(options.name ? { name: options.name } : {}) },
      groups: options.groups ?? [],
    });
  }
  const tokens = fake.issueTokens(username);
  sessionStorage.setItem(
    `cra.${testAppConfig().clientId}.session`,
    JSON.stringify({ tokens, signInMethod: 'password' }),
  );
}

export function renderJourney(route: string, options: Omit<RenderOptions, 'route'> = {}) {
  return renderWithProviders(<Journey />, { ...options, route });
}
