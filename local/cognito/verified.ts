// Sets <attr>_verified=true after a code sent to that attribute was confirmed (cognito-local never does).
import type { Context } from 'cognito-local/lib/services/context';
import type { UserPoolService } from 'cognito-local/lib/services/userPoolService';
import type { Layer } from './layer.ts';

export async function markVerified(
  layer: Layer,
  ctx: Context,
  pool: UserPoolService,
  username: string,
  attributes: readonly string[],
): Promise<void> {
  const user = await pool.getUserByUsername(ctx, username);
  if (!user) return;
  const present = new Set((user.Attributes ?? []).map((a) => a.Name));
  const flags = attributes.filter((a) => present.has(a)).map((a) => `${a}_verified`);
  if (!flags.length) return;
  const kept = (user.Attributes ?? []).filter((a) => !flags.includes(a.Name));
  await pool.saveUser(ctx, {
    ...user,
    Attributes: [...kept, ...flags.map((Name) => ({ Name, Value: 'true' }))],
    UserLastModifiedDate: layer.services.clock.get(),
  });
}
