/**
 * The API's route table as data: what API Gateway's resources, methods and authorizer settings say.
 * The local adapter (local/api/) enforces it before any handler runs, and the CDK app (infra/) builds
 * the REST API from it, so a route added here exists, with the same protection, in both places.
 */
import { ADMIN_GROUP } from './handlers/admin';

export type RouteName = 'health' | 'hello' | 'me' | 'admin';

export interface RouteDefinition {
  name: RouteName;
  method: 'GET';
  path: string;
  /** 'cognito' = a valid access token is required (the Cognito User Pool authorizer). */
  auth: 'none' | 'cognito';
  /**
   * At least one of these groups is required. The local adapter answers 403 before the handler; in
   * AWS the handler's own check answers it, since a Cognito authorizer does not look at groups.
   */
  groups?: readonly string[];
}

export const ROUTES: readonly RouteDefinition[] = [
  { name: 'health', method: 'GET', path: '/health', auth: 'none' },
  { name: 'hello', method: 'GET', path: '/hello', auth: 'cognito' },
  { name: 'me', method: 'GET', path: '/me', auth: 'cognito' },
  { name: 'admin', method: 'GET', path: '/admin', auth: 'cognito', groups: [ADMIN_GROUP] },
];
