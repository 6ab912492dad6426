/** GET /hello: greets the signed-in user by name; the smallest proof that a token reached Lambda. */
import type { ProxyHandler } from '../types';
import { claimsOf, json, unauthorized } from './http';

export const handler: ProxyHandler = async (event) => {
  const claims = claimsOf(event);
  if (!claims?.sub) return unauthorized();
  // Access tokens carry `username` (the pool's internal name, a UUID when email is the username);
  // `cognito:username` is the ID-token spelling, kept in case an authorizer forwards ID tokens.
  const username = claims.username ?? claims['cognito:username'] ?? claims.sub;
  return json(200, { message: `Hello ${username}!`, userId: claims.sub });
};
