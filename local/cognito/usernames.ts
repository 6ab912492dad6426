// Case-insensitive sign-in names, as Cognito does for pools created with UsernameConfiguration.CaseSensitive false.
import type { Clock } from 'cognito-local/lib/services/clock';
import type { Context } from 'cognito-local/lib/services/context';
import type { DataStore } from 'cognito-local/lib/services/dataStore/dataStore';
import type { DataStoreFactory } from 'cognito-local/lib/services/dataStore/factory';
import {
  attributeValue,
  type User,
  type UserPool,
  UserPoolServiceImpl,
  type UserPoolService,
  type UserPoolServiceFactory,
} from 'cognito-local/lib/services/userPoolService';

/** Cognito's API default is case-sensitive; only an explicit `false` makes names case-insensitive. */
export function isCaseInsensitive(pool: UserPool): boolean {
  return pool.UsernameConfiguration?.CaseSensitive === false;
}

/** Every name a user can sign in with (username and alias attributes), in the pool's configuration. */
function signInNames(pool: UserPool, user: User): string[] {
  const aliases = new Set([...(pool.UsernameAttributes ?? []), ...(pool.AliasAttributes ?? [])]);
  const names = [user.Username];
  for (const attribute of ['email', 'preferred_username'] as const) {
    const value = aliases.has(attribute) ? attributeValue(attribute, user.Attributes) : undefined;
    if (value) names.push(value);
  }
  return names;
}

/**
 * cognito-local matches usernames and email aliases exactly. Every lookup by name (sign-up's
 * existence check, both sign-in flows, forgot password, Admin*) goes through getUserByUsername, so
 * widening it here makes the whole pool case-insensitive at once.
 */
class CaseAwareUserPoolService extends UserPoolServiceImpl {
  override async getUserByUsername(ctx: Context, username: string): Promise<User | null> {
    const exact = await super.getUserByUsername(ctx, username);
    if (exact || !isCaseInsensitive(this.options) || typeof username !== 'string') return exact;
    const wanted = username.toLowerCase();
    const users = await this.listUsers(ctx);
    return (
      users.find((user) =>
        signInNames(this.options, user).some((name) => name.toLowerCase() === wanted),
      ) ?? null
    );
  }
}

/** UserPoolServiceFactoryImpl's create, building the case-aware service instead. */
export class CaseAwareUserPoolServiceFactory implements UserPoolServiceFactory {
  constructor(
    private readonly clock: Clock,
    private readonly dataStoreFactory: DataStoreFactory,
  ) {}

  async create(
    ctx: Context,
    clientsDataStore: DataStore,
    defaultOptions: UserPool,
  ): Promise<UserPoolService> {
    const dataStore = await this.dataStoreFactory.create(ctx, defaultOptions.Id, {
      Users: {},
      Options: defaultOptions,
    });
    const config = await dataStore.get(ctx, 'Options', defaultOptions);
    return new CaseAwareUserPoolService(clientsDataStore, this.clock, dataStore, config);
  }
}
