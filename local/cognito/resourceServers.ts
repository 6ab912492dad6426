// Validation shared by the resource-server targets cognito-local lacks.
import type { ResourceServerScopeListType } from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { InvalidParameterError } from 'cognito-local/lib/errors';
import type { ResourceServerScope } from './store.ts';

export function toScopes(scopes: ResourceServerScopeListType | undefined): ResourceServerScope[] {
  return (scopes ?? []).map((s) => {
    if (!/^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+$/.test(s.ScopeName)) {
      throw new InvalidParameterError(`Invalid scope name: ${s.ScopeName}`);
    }
    return { ScopeName: s.ScopeName, ScopeDescription: s.ScopeDescription };
  });
}
