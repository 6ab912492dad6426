// The app client's RefreshTokenRotation setting, which cognito-local's app-client model has no field for.
import type { RefreshTokenRotationType } from '@aws-sdk/client-cognito-identity-provider';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Context } from 'cognito-local/lib/services/context';
import { InvalidParameterError } from 'cognito-local/lib/errors';
import type { Layer } from './layer.ts';

/** cognito-local saves the whole object it is given, so the extra field persists with the client. */
export type RotatingClient = AppClient & { RefreshTokenRotation?: RefreshTokenRotationType };

export const MAX_GRACE_SECONDS = 60;

/** Whether refresh tokens of this client rotate, and how long a rotated-away token keeps working. */
export function rotationOf(client: AppClient): { enabled: boolean; graceSeconds: number } {
  const setting = (client as RotatingClient).RefreshTokenRotation;
  return {
    enabled: setting?.Feature === 'ENABLED',
    graceSeconds: setting?.RetryGracePeriodSeconds ?? 0,
  };
}

/**
 * Checks a RefreshTokenRotation request value with the constraints of Cognito's API model (Feature
 * required, ENABLED or DISABLED; RetryGracePeriodSeconds 0..60) and answers in AWS's validation wording.
 */
export function parseRotation(value: unknown): RefreshTokenRotationType | undefined {
  if (value === undefined || value === null) return undefined;
  const invalid = (detail: string): never => {
    throw new InvalidParameterError(`1 validation error detected: ${detail}`);
  };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return invalid(
      "Value at 'refreshTokenRotation' failed to satisfy constraint: Member must be an object",
    );
  }
  const { Feature, RetryGracePeriodSeconds } = value as Record<string, unknown>;
  if (Feature !== 'ENABLED' && Feature !== 'DISABLED') {
    return invalid(
      `Value ${Feature === undefined ? 'null' : `'${String(Feature)}'`} at 'refreshTokenRotation.feature' failed to satisfy constraint: ` +
        (Feature === undefined
          ? 'Member must not be null'
          : 'Member must satisfy enum value set: [ENABLED, DISABLED]'),
    );
  }
  if (RetryGracePeriodSeconds === undefined || RetryGracePeriodSeconds === null) return { Feature };
  if (typeof RetryGracePeriodSeconds !== 'number' || !Number.isInteger(RetryGracePeriodSeconds)) {
    return invalid(
      `Value '${String(RetryGracePeriodSeconds)}' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy constraint: Member must be an integer`,
    );
  }
  if (RetryGracePeriodSeconds < 0) {
    return invalid(
      `Value '${RetryGracePeriodSeconds}' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy constraint: Member must have value greater than or equal to 0`,
    );
  }
  if (RetryGracePeriodSeconds > MAX_GRACE_SECONDS) {
    return invalid(
      `Value '${RetryGracePeriodSeconds}' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy constraint: Member must have value less than or equal to ${MAX_GRACE_SECONDS}`,
    );
  }
  return { Feature, RetryGracePeriodSeconds };
}

/**
 * Stores the setting on a client cognito-local has just saved (Create/UpdateUserPoolClient) and adds
 * it to the response, as DescribeUserPoolClient does. Omitted means DISABLED: UpdateUserPoolClient
 * resets every setting it is not given, as Cognito documents.
 */
export async function saveRotation<R extends { UserPoolClient?: object }>(
  layer: Layer,
  ctx: Context,
  response: R,
  clientId: string,
  rotation: RefreshTokenRotationType | undefined,
): Promise<R> {
  const client = (await layer.services.cognito.getAppClient(
    ctx,
    clientId,
  )) as RotatingClient | null;
  if (!client) return response;
  const { RefreshTokenRotation: _previous, ...rest } = client;
  const saved: RotatingClient = rotation ? { ...rest, RefreshTokenRotation: rotation } : rest;
  const pool = await layer.services.cognito.getUserPool(ctx, client.UserPoolId);
  await pool.saveAppClient(ctx, saved);
  return withRotationField(response, saved);
}

/** Adds the client's RefreshTokenRotation (when set) to a response that carries the client. */
export function withRotationField<R extends { UserPoolClient?: object }>(
  response: R,
  client: AppClient,
): R {
  const rotation = (client as RotatingClient).RefreshTokenRotation;
  if (!rotation || !response.UserPoolClient) return response;
  return {
    ...response,
    UserPoolClient: { ...response.UserPoolClient, RefreshTokenRotation: rotation },
  };
}
