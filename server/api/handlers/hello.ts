/** GET /hello: greets the signed-in user by name; the smallest proof that a token reached Lambda. */
import type { ProxyHandler } from '../types';
import { claimsOf, displayNameOf, json, unauthorized } from './http';

export const handler: ProxyHandler = async (event) => {
  const claims = claimsOf(event);
  if (!claims?.sub) return unauthorized();
  return json(200, { message: `Hello ${displayNameOf(claims)}!`, userId: claims.sub });
};
