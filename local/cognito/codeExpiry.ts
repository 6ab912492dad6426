// Cognito's code lifetimes, which cognito-local does not track: sign-up codes 24 hours, reset codes 1 hour.
import { CognitoError } from 'cognito-local/lib/errors';
import type { Layer } from './layer.ts';
import type { CodePurpose } from './store.ts';

const LIFETIME_MS: Record<CodePurpose, number> = { confirm: 24 * 3600_000, reset: 3600_000 };

export function assertCodeFresh(
  layer: Layer,
  poolId: string,
  username: string,
  purpose: CodePurpose,
): void {
  const sentAt = layer.extras.codeSentAt(poolId, username, purpose);
  if (
    sentAt !== undefined &&
    layer.services.clock.get().getTime() - sentAt > LIFETIME_MS[purpose]
  ) {
    throw new CognitoError(
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  }
}
