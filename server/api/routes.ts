/**
 * The API's route table as data: what API Gateway's resources, methods and authorizer settings say.
 * The local adapter (local/api/) enforces it before any handler runs, and the CDK app (infra/) builds
 * the REST API from it, so a route added here exists, with the same protection, in both places.
 */
import { ADMIN_GROUP } from './handlers/admin';

export type RouteName = 'health' | 'hello' | 'me' | 'admin' | 'whoami' | 'noteGet' | 'notePut';

/** Identities an AWS_IAM route admits; the identity pool's guest role is granted only the 'any' ones. */
export type IamIdentities = 'any' | 'authenticated';

export interface RouteDefinition {
  name: RouteName;
  method: 'GET' | 'PUT';
  /** `{name}` segments are path parameters, as in API Gateway. */
  path: string;
  /**
   * 'cognito' = a valid access token is required (the Cognito User Pool authorizer); 'iam' = a SigV4
   * signature with the identity pool's credentials (API Gateway's AWS_IAM authorization).
   */
  auth: 'none' | 'cognito' | 'iam';
  /**
   * AWS_IAM routes: who may call. In AWS the identity pool's roles grant execute-api:Invoke
   * accordingly; the local adapter applies the same rule.
   */
  identities?: IamIdentities;
  /**
   * AWS_IAM routes: the path parameter that must equal the caller's identity id. In AWS the role's
   * policy scopes the resource with ${cognito-identity.amazonaws.com:sub}; locally the adapter checks it.
   */
  ownerParameter?: string;
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
  { name: 'whoami', method: 'GET', path: '/iam/whoami', auth: 'iam', identities: 'any' },
  // The identity id is in the path because an IAM policy can scope execute-api only by resource path.
  {
    name: 'noteGet',
    method: 'GET',
    path: '/iam/notes/{identityId}',
    auth: 'iam',
    identities: 'authenticated',
    ownerParameter: 'identityId',
  },
  {
    name: 'notePut',
    method: 'PUT',
    path: '/iam/notes/{identityId}',
    auth: 'iam',
    identities: 'authenticated',
    ownerParameter: 'identityId',
  },
];
