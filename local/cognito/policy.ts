// Cognito's validation rules that cognito-local skips: password policy, required attributes, auth flows, user-existence masking.
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { UserPool } from 'cognito-local/lib/services/userPoolService';
import {
  CognitoError,
  InvalidParameterError,
  NotAuthorizedError,
  UserNotFoundError,
} from 'cognito-local/lib/errors';
import { rotationOf } from './rotation.ts';

export const INCORRECT = 'Incorrect username or password.';

const SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ';

export function assertPasswordPolicy(pool: UserPool, password: string | undefined): void {
  const p = pool.Policies?.PasswordPolicy ?? {};
  // A pool created without Policies gets Cognito's default policy.
  const min = p.MinimumLength ?? 8;
  const fail = (why: string): never => {
    throw new CognitoError(
      'InvalidPasswordException',
      `Password did not conform with policy: ${why}`,
    );
  };
  const pw = password ?? '';
  if (pw.length < min) fail('Password not long enough');
  if ((p.RequireUppercase ?? true) && !/[A-Z]/.test(pw))
    fail('Password must have uppercase characters');
  if ((p.RequireLowercase ?? true) && !/[a-z]/.test(pw))
    fail('Password must have lowercase characters');
  if ((p.RequireNumbers ?? true) && !/[0-9]/.test(pw))
    fail('Password must have numeric characters');
  if ((p.RequireSymbols ?? true) && ![...pw].some((c) => SYMBOLS.includes(c))) {
    fail('Password must have symbol characters');
  }
}

/** Required attribute names (without sub, which the pool always fills in). */
export function requiredAttributes(pool: UserPool): string[] {
  return (pool.SchemaAttributes ?? [])
    .filter((a) => a.Required && a.Name && a.Name !== 'sub')
    .map((a) => a.Name as string);
}

export function missingRequired(
  pool: UserPool,
  attributes: Record<string, string | undefined>,
): string[] {
  return requiredAttributes(pool).filter((name) => !attributes[name]);
}

export function assertRequiredAttributes(
  pool: UserPool,
  attributes: Record<string, string | undefined>,
): void {
  const missing = missingRequired(pool, attributes);
  if (missing.length) {
    throw new InvalidParameterError(
      `Attributes did not conform to the schema: ${missing.map((n) => `${n}: The attribute is required`).join('\n')}`,
    );
  }
}

export type AuthFlowName =
  | 'USER_PASSWORD_AUTH'
  | 'USER_SRP_AUTH'
  | 'USER_AUTH'
  | 'REFRESH_TOKEN_AUTH'
  | 'CUSTOM_AUTH'
  | 'ADMIN_USER_PASSWORD_AUTH';

const LEGACY_NAMES: Partial<Record<AuthFlowName, string>> = {
  ADMIN_USER_PASSWORD_AUTH: 'ADMIN_NO_SRP_AUTH',
};

const DEFAULT_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_CUSTOM_AUTH'];

export function assertFlowAllowed(client: AppClient, flow: AuthFlowName): void {
  const flows = client.ExplicitAuthFlows?.length ? client.ExplicitAuthFlows : DEFAULT_FLOWS;
  const usesAllowNames = flows.some((f) => f.startsWith('ALLOW_'));
  const allowed =
    flows.includes(`ALLOW_${flow}`) ||
    flows.includes(flow) ||
    flows.includes(LEGACY_NAMES[flow] ?? flow) ||
    // Legacy flow names never switched SRP or refresh off.
    (!usesAllowNames && (flow === 'USER_SRP_AUTH' || flow === 'REFRESH_TOKEN_AUTH'));
  // Cognito: "You can't authenticate with REFRESH_TOKEN_AUTH in app clients with refresh token
  // rotation enabled"; such clients refresh through GetTokensFromRefreshToken only.
  const rotationForbids = flow === 'REFRESH_TOKEN_AUTH' && rotationOf(client).enabled;
  if (!allowed || rotationForbids)
    throw new InvalidParameterError(`${flow} flow not enabled for this client`);
}

export function hidesUserExistence(client: AppClient | null): boolean {
  return client?.PreventUserExistenceErrors === 'ENABLED';
}

/** Unknown-user error for sign-in paths: indistinguishable from a wrong password when the client asks for it. */
export function unknownUserError(client: AppClient | null): CognitoError {
  return hidesUserExistence(client)
    ? new NotAuthorizedError(INCORRECT)
    : new UserNotFoundError('User does not exist.');
}
