/** GET /iam/whoami (AWS_IAM): who signed the request, as API Gateway tells the handler. */
import type { ProxyHandler } from '../types';
import { iamCallerOf, json, unauthorized } from './http';

export const handler: ProxyHandler = async (event) => {
  const caller = iamCallerOf(event);
  if (!caller) return unauthorized();
  return json(200, {
    identityId: caller.identityId,
    identityPoolId: caller.identityPoolId,
    authenticationType: caller.authenticationType,
    guest: caller.authenticationType === 'unauthenticated',
  });
};
