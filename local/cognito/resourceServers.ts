// Validation shared by the resource-server targets cognito-local lacks.
import type { ResourceServerScopeListType } from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { InvalidParameterError } from 'cognito-local/lib/errors';
import type { ExtrasStore, ResourceServer, ResourceServerScope } from './store.ts';

export function toScopes(scopes: ResourceServerScopeListType | undefined): ResourceServerScope[] {
  return (scopes ?? []).map((s) => {
    if (!/^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+$/.test(s.ScopeName)) {
      throw new InvalidParameterError(`Invalid scope name: ${s.ScopeName}`);
    }
    return { ScopeName: s.ScopeName, ScopeDescription: s.ScopeDescription };
  });
}

/** Create and Update both replace the whole server: name and scopes as given, scopes validated. */
export function putResourceServer(
  extras: ExtrasStore,
  req: {
    UserPoolId: string;
    Identifier: string;
    Name: string;
    Scopes?: ResourceServerScopeListType;
  },
): ResourceServer {
  const rs = {
    UserPoolId: req.UserPoolId,
    Identifier: req.Identifier,
    Name: req.Name,
    Scopes: toScopes(req.Scopes),
  };
  extras.putResourceServer(rs);
  return rs;
}
