/**
 * Pre token generation (V2_0 event, which needs the Essentials feature plan): puts what the app and
 * the API show into the ACCESS token, which is the token the API verifies: `name`, `email`,
 * `custom:company` when set, and `roles` (the user's groups). Cognito already puts these in the ID
 * token. Only claims Cognito lets a trigger add are touched: never sub, username, scope, token_use,
 * iss, exp, ... (PROTECTED_CLAIMS), and groups stay in `cognito:groups` as Cognito writes them.
 */
import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { customAttributeName } from '../pool/definition';
import type { TriggerDeps } from './deps';

/** Claims Cognito refuses to let a pre token generation trigger add, change or suppress. */
export const PROTECTED_CLAIMS: ReadonlySet<string> = new Set([
  'acr',
  'amr',
  'at_hash',
  'aud',
  'auth_time',
  'azp',
  'c_hash',
  'client_id',
  'cognito:username',
  'event_id',
  'exp',
  'iat',
  'identities',
  'iss',
  'jti',
  'nbf',
  'nonce',
  'origin_jti',
  'scope',
  'sub',
  'token_use',
  'username',
]);

export const COMPANY_CLAIM = customAttributeName('company');
export const ROLES_CLAIM = 'roles';

/**
 * The V2 event's claim values may be strings, numbers, booleans or string arrays (AWS's guide);
 * @types/aws-lambda types them as strings only, so the array is widened here, once.
 */
type ClaimValue = string | readonly string[];

export function accessTokenClaims(
  attrs: Record<string, string | undefined>,
  groups: readonly string[],
): Record<string, ClaimValue> {
  const claims: Record<string, ClaimValue> = { [ROLES_CLAIM]: [...groups] };
  if (attrs.name) claims.name = attrs.name;
  if (attrs.email) claims.email = attrs.email;
  const company = attrs[COMPANY_CLAIM]?.trim();
  if (company) claims[COMPANY_CLAIM] = company;
  return claims;
}

export function createHandler(_deps?: TriggerDeps) {
  return async (
    event: PreTokenGenerationV2TriggerEvent,
  ): Promise<PreTokenGenerationV2TriggerEvent> => {
    const groups = event.request.groupConfiguration.groupsToOverride ?? [];
    const claims = accessTokenClaims(event.request.userAttributes, groups);
    event.response = {
      claimsAndScopeOverrideDetails: {
        accessTokenGeneration: {
          // Widened on purpose, see ClaimValue: Cognito accepts string arrays in V2 responses.
          claimsToAddOrOverride: claims as Record<string, string>,
        },
      },
    };
    return event;
  };
}

export const handler = createHandler();
