/**
 * The route table. Only the shell, home and sign-in load up front; every other screen is a lazy chunk
 * (React.lazy under the Layout's Suspense) so the first load stays small. Declarative routes, not a
 * data router: we use no loaders or actions, and the data router costs 16 KB gzip of first load.
 * Screens that speak the lazy English areas (src/i18n/messages/en/lazy.ts) load them with their chunk;
 * the signed-out and admin screens speak only first-load areas.
 */
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';
import { Layout } from './Layout';
import { ADMIN_GROUP } from '../routing/groups';
import { RequireAuth, RequireGroup } from '../routing/RequireAuth';
import { HomeScreen } from '../screens/HomeScreen';
import { NotFoundScreen } from '../screens/NotFoundScreen';
import { SignInScreen } from '../screens/SignInScreen';
import { paths } from '../config/paths';
import { ensureEnglishLazy } from '../i18n/translator';

/**
 * A screen module together with the English areas kept out of the first load: the lazy() below
 * resolves only once both arrived, so Suspense never shows such a screen without its words.
 */
function withLazyEnglish<M>(screen: Promise<M>): Promise<M> {
  return Promise.all([screen, ensureEnglishLazy()]).then(([module]) => module);
}

const CallbackScreen = lazy(() =>
  withLazyEnglish(import('../screens/CallbackScreen')).then((m) => ({ default: m.CallbackScreen })),
);
const SignedOutScreen = lazy(() =>
  import('../screens/SignedOutScreen').then((m) => ({ default: m.SignedOutScreen })),
);
const SignUpScreen = lazy(() =>
  withLazyEnglish(import('../screens/SignUpScreen')).then((m) => ({ default: m.SignUpScreen })),
);
const ConfirmSignUpScreen = lazy(() =>
  withLazyEnglish(import('../screens/ConfirmSignUpScreen')).then((m) => ({
    default: m.ConfirmSignUpScreen,
  })),
);
const NewPasswordScreen = lazy(() =>
  withLazyEnglish(import('../screens/NewPasswordScreen')).then((m) => ({
    default: m.NewPasswordScreen,
  })),
);
const ForgotPasswordScreen = lazy(() =>
  withLazyEnglish(import('../screens/ForgotPasswordScreen')).then((m) => ({
    default: m.ForgotPasswordScreen,
  })),
);
const MfaScreen = lazy(() =>
  withLazyEnglish(import('../screens/MfaScreen')).then((m) => ({ default: m.MfaScreen })),
);
const AccountScreen = lazy(() =>
  withLazyEnglish(import('../screens/account/AccountScreen')).then((m) => ({
    default: m.AccountScreen,
  })),
);
const ProtectedScreen = lazy(() =>
  withLazyEnglish(import('../screens/protected/ProtectedScreen')).then((m) => ({
    default: m.ProtectedScreen,
  })),
);
const AdminScreen = lazy(() =>
  import('../screens/AdminScreen').then((m) => ({ default: m.AdminScreen })),
);

export const routes: RouteObject[] = [
  {
    path: paths.home,
    element: <Layout />,
    children: [
      { index: true, element: <HomeScreen /> },
      {
        path: paths.callback,
        element: <CallbackScreen />,
      },
      {
        path: paths.signedOut,
        element: <SignedOutScreen />,
      },
      // Issue 6: the journey's screens, each its own lazy chunk.
      // Eager: sign-in is where most visits start, and one chunk compresses better than seven.
      { path: paths.signIn, element: <SignInScreen /> },
      {
        path: paths.signUp,
        element: <SignUpScreen />,
      },
      {
        path: paths.confirmSignUp,
        element: <ConfirmSignUpScreen />,
      },
      {
        path: paths.newPassword,
        element: <NewPasswordScreen />,
      },
      {
        path: paths.forgotPassword,
        element: <ForgotPasswordScreen />,
      },
      {
        path: paths.mfa,
        element: <MfaScreen />,
      },
      {
        element: <RequireAuth />,
        children: [
          {
            path: paths.account,
            element: <AccountScreen />,
          },
          {
            path: paths.protected,
            element: <ProtectedScreen />,
          },
          {
            element: <RequireGroup group={ADMIN_GROUP} />,
            children: [
              {
                path: paths.admin,
                element: <AdminScreen />,
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
];
