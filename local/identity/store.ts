// Persists the local identity pools, which user owns which identity id, and the credentials handed out.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface IdentityProvider {
  ProviderName: string;
  ClientId: string;
  ServerSideTokenCheck: boolean;
}

export interface IdentityPool {
  IdentityPoolId: string;
  IdentityPoolName: string;
  AllowUnauthenticatedIdentities: boolean;
  AllowClassicFlow?: boolean;
  CognitoIdentityProviders: IdentityProvider[];
}

export interface IdentityRecord {
  identityPoolId: string;
  /** `<userPoolId>/<sub>` for a signed-in user; absent for a guest. */
  login?: string;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretKey: string;
  sessionToken: string;
  /** Epoch seconds. */
  expiration: number;
  identityId: string;
  identityPoolId: string;
  authenticated: boolean;
}

interface IdentityData {
  pools: Record<string, IdentityPool>;
  /** identity id → owner */
  identities: Record<string, IdentityRecord>;
  /** `${identityPoolId}|${login}` → identity id: what makes a user's id stable. */
  logins: Record<string, string>;
  /** access key id → credentials; dropped an hour after they expire (until then the API can say "expired"). */
  credentials: Record<string, IssuedCredentials>;
}

export class IdentityStore {
  private readonly file: string;
  private data: IdentityData;

  constructor(
    dataDir: string,
    private readonly nowSeconds: () => number,
  ) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'identity-pools.json');
    this.data = existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as IdentityData)
      : { pools: {}, identities: {}, logins: {}, credentials: {} };
  }

  private save(): void {
    const now = this.nowSeconds();
    for (const [key, credentials] of Object.entries(this.data.credentials)) {
      if (credentials.expiration <= now - 3600) delete this.data.credentials[key];
    }
    // Write-then-rename so a crash never leaves half a file behind.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    renameSync(tmp, this.file);
  }

  pool(id: string): IdentityPool | undefined {
    return Object.hasOwn(this.data.pools, id) ? this.data.pools[id] : undefined;
  }

  pools(): IdentityPool[] {
    return Object.values(this.data.pools);
  }

  putPool(pool: IdentityPool): void {
    this.data.pools[pool.IdentityPoolId] = pool;
    this.save();
  }

  deletePool(id: string): void {
    delete this.data.pools[id];
    this.save();
  }

  identity(id: string): IdentityRecord | undefined {
    return Object.hasOwn(this.data.identities, id) ? this.data.identities[id] : undefined;
  }

  identityForLogin(identityPoolId: string, login: string): string | undefined {
    return this.data.logins[`${identityPoolId}|${login}`];
  }

  addIdentity(id: string, record: IdentityRecord): void {
    this.data.identities[id] = record;
    if (record.login) this.data.logins[`${record.identityPoolId}|${record.login}`] = id;
    this.save();
  }

  addCredentials(credentials: IssuedCredentials): void {
    this.data.credentials[credentials.accessKeyId] = credentials;
    this.save();
  }

  credentials(accessKeyId: string): IssuedCredentials | undefined {
    return Object.hasOwn(this.data.credentials, accessKeyId)
      ? this.data.credentials[accessKeyId]
      : undefined;
  }
}
