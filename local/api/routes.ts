/**
 * The route table (server/api/routes.ts) joined with the handlers that serve it locally. Kept as data
 * so the adapter enforces auth before any handler runs, and tests can swap handlers.
 */
import { HANDLERS } from '../../server/api/handlers';
import { ROUTES, type RouteDefinition, type RouteName } from '../../server/api/routes';
import type { ProxyHandler } from '../../server/api/types';

export type { RouteName } from '../../server/api/routes';

export interface Route extends RouteDefinition {
  handler: ProxyHandler;
}

export const defaultRoutes: readonly Route[] = ROUTES.map((route) => ({
  ...route,
  handler: HANDLERS[route.name],
}));

export function withHandlers(
  routes: readonly Route[],
  overrides: Partial<Record<RouteName, ProxyHandler>> | undefined,
): Route[] {
  return routes.map((route) => ({ ...route, handler: overrides?.[route.name] ?? route.handler }));
}
