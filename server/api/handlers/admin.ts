/**
 * GET /admin: only for the `admin` group. The local adapter already rejects others with 403 before
 * this runs; the check is repeated here because a plain Cognito authorizer in AWS does not look at
 * groups, and the handler must stay safe when deployed unchanged behind one.
 */
import type { ProxyHandler } from '../types';
import { claimsOf, groupsOf, json, unauthorized } from './http';

export const ADMIN_GROUP = 'admin';

export const handler: ProxyHandler = async (event) => {
  const claims = claimsOf(event);
  if (!claims?.sub) return unauthorized();
  const groups = groupsOf(claims);
  if (!groups.includes(ADMIN_GROUP)) {
    return json(403, { error: 'forbidden', message: `Requires group "${ADMIN_GROUP}".` });
  }
  return json(200, { message: 'Welcome, admin.', userId: claims.sub, groups });
};
