/** GET /me: echoes the verified claims and the parsed groups, so the SPA can show who the API sees. */
import type { ProxyHandler } from '../types';
import { claimsOf, groupsOf, json, unauthorized } from './http';

export const handler: ProxyHandler = async (event) => {
  const claims = claimsOf(event);
  if (!claims?.sub) return unauthorized();
  return json(200, {
    userId: claims.sub,
    username: claims.username ?? claims['cognito:username'] ?? null,
    clientId: claims.client_id ?? null,
    scope: claims.scope ?? null,
    groups: groupsOf(claims),
    claims,
  });
};
