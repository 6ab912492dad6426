/**
 * The API's route table: what API Gateway's resources, methods and authorizer settings would say.
 * Kept as data so the adapter enforces auth before any handler runs, and tests can swap handlers.
 */
import { handler as admin, ADMIN_GROUP } from './handlers/admin';
import { handler as health } from './handlers/health';
import { handler as hello } from './handlers/hello';
import { handler as me } from './handlers/me';
import type { ProxyHandler } from './types';

export type RouteName = 'health' | 'hello' | 'me' | 'admin';

export interface Route {
  name: RouteName;
  method: 'GET';
  path: string;
  /** 'cognito' = a valid access token is required (the Cognito User Pool authorizer). */
  auth: 'none' | 'cognito';
  /** At least one of these groups is required; enforced before the handler runs (403 otherwise). */
  groups?: readonly string[];
  handler: ProxyHandler;
}

export const defaultRoutes: readonly Route[] = [
  { name: 'health', method: 'GET', path: '/health', auth: 'none', handler: health },
  { name: 'hello', method: 'GET', path: '/hello', auth: 'cognito', handler: hello },
  { name: 'me', method: 'GET', path: '/me', auth: 'cognito', handler: me },
  {
    name: 'admin',
    method: 'GET',
    path: '/admin',
    auth: 'cognito',
    groups: [ADMIN_GROUP],
    handler: admin,
  },
];

export function withHandlers(
  routes: readonly Route[],
  overrides: Partial<Record<RouteName, ProxyHandler>> | undefined,
): Route[] {
  return routes.map((route) => ({ ...route, handler: overrides?.[route.name] ?? route.handler }));
}
