/**
 * The route table. Only the shell and the sign-in path load up front; every other screen is a lazy
 * chunk so the first load stays small.
 */
import type { RouteObject } from 'react-router-dom';
import { Layout } from '../components/Layout';
import { ADMIN_GROUP, RequireAuth, RequireGroup } from '../components/RequireAuth';
import { ErrorPage } from '../screens/ErrorPage';
import { HomePage } from '../screens/HomePage';
import { NotFoundPage } from '../screens/NotFoundPage';
import { paths } from './paths';

export const routes: RouteObject[] = [
  {
    path: paths.home,
    element: <Layout />,
    errorElement: <ErrorPage />,
    // Shown while the first lazy screen of a page load arrives (React Router warns without one).
    hydrateFallbackElement: (
      <p role="status" className="loading-status page-loading">
        Loading…
      </p>
    ),
    children: [
      { index: true, element: <HomePage /> },
      {
        path: paths.callback,
        lazy: () =>
          import('../screens/CallbackScreen').then((m) => ({ Component: m.CallbackScreen })),
      },
      {
        path: paths.signedOut,
        lazy: () =>
          import('../screens/SignedOutScreen').then((m) => ({ Component: m.SignedOutScreen })),
      },
      // Issue 6: the journey's screens, each its own lazy chunk.
      {
        path: paths.signIn,
        lazy: () => import('../screens/SignInScreen').then((m) => ({ Component: m.SignInScreen })),
      },
      {
        path: paths.signUp,
        lazy: () => import('../screens/SignUpScreen').then((m) => ({ Component: m.SignUpScreen })),
      },
      {
        path: paths.confirmSignUp,
        lazy: () =>
          import('../screens/ConfirmSignUpScreen').then((m) => ({
            Component: m.ConfirmSignUpScreen,
          })),
      },
      {
        path: paths.newPassword,
        lazy: () =>
          import('../screens/NewPasswordScreen').then((m) => ({ Component: m.NewPasswordScreen })),
      },
      {
        path: paths.forgotPassword,
        lazy: () =>
          import('../screens/ForgotPasswordScreen').then((m) => ({
            Component: m.ForgotPasswordScreen,
          })),
      },
      {
        path: paths.mfa,
        lazy: () => import('../screens/MfaScreen').then((m) => ({ Component: m.MfaScreen })),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            path: paths.account,
            lazy: () =>
              import('../screens/AccountScreen').then((m) => ({ Component: m.AccountScreen })),
          },
          {
            path: paths.protected,
            lazy: () =>
              import('../screens/ProtectedScreen').then((m) => ({ Component: m.ProtectedScreen })),
          },
          {
            element: <RequireGroup group={ADMIN_GROUP} />,
            children: [
              {
                path: paths.admin,
                lazy: () =>
                  import('../screens/AdminScreen').then((m) => ({ Component: m.AdminScreen })),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
