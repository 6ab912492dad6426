// Persists the few facts cognito-local has no place for (SRP salts, revoked sessions, rotated refresh tokens, resource servers).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ResourceServerScope {
  ScopeName: string;
  ScopeDescription: string;
}

export interface ResourceServer {
  UserPoolId: string;
  Identifier: string;
  Name: string;
  Scopes: ResourceServerScope[];
}

interface ExtrasData {
  /** key `${poolId}/${username}` → hex salt */
  salts: Record<string, string>;
  /** origin_jti → epoch seconds after which the entry may be forgotten */
  revokedOrigins: Record<string, number>;
  /** key `${poolId}/${identifier}` */
  resourceServers: Record<string, ResourceServer>;
  /** key `${poolId}/${username}/${purpose}` → epoch ms the latest code was sent */
  codeIssued?: Record<string, number>;
  /** refresh-token jti → epoch seconds its rotation grace ends, and after which the entry may be forgotten */
  rotatedRefreshTokens?: Record<string, RotatedRefreshToken>;
}

export interface RotatedRefreshToken {
  graceUntil: number;
  forgetAfter: number;
}

export type CodePurpose = 'confirm' | 'reset';

export class ExtrasStore {
  private readonly file: string;
  private data: ExtrasData;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'local-extras.json');
    this.data = existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as ExtrasData)
      : { salts: {}, revokedOrigins: {}, resourceServers: {} };
  }

  private save(): void {
    // Write-then-rename so a crash never leaves half a file behind.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    renameSync(tmp, this.file);
  }

  salt(poolId: string, username: string, create: () => string): string {
    const key = `${poolId}/${username}`;
    const existing = this.data.salts[key];
    if (existing) return existing;
    const salt = create();
    this.data.salts[key] = salt;
    this.save();
    return salt;
  }

  revokeOrigin(originJti: string, forgetAfterEpoch: number): void {
    this.data.revokedOrigins[originJti] = forgetAfterEpoch;
    this.save();
  }

  isOriginRevoked(originJti: string): boolean {
    return originJti in this.data.revokedOrigins;
  }

  rotatedRefreshToken(jti: string): RotatedRefreshToken | undefined {
    return this.data.rotatedRefreshTokens?.[jti];
  }

  markRotated(jti: string, entry: RotatedRefreshToken, nowEpoch: number): void {
    // Entries for tokens past their own expiry are dead weight: such tokens fail on expiry first.
    const kept = Object.entries(this.data.rotatedRefreshTokens ?? {}).filter(
      ([, e]) => e.forgetAfter > nowEpoch,
    );
    this.data.rotatedRefreshTokens = { ...Object.fromEntries(kept), [jti]: entry };
    this.save();
  }

  codeSent(poolId: string, username: string, purpose: CodePurpose, atMs: number): void {
    this.data.codeIssued = { ...this.data.codeIssued, [`${poolId}/${username}/${purpose}`]: atMs };
    this.save();
  }

  codeSentAt(poolId: string, username: string, purpose: CodePurpose): number | undefined {
    return this.data.codeIssued?.[`${poolId}/${username}/${purpose}`];
  }

  putResourceServer(rs: ResourceServer): void {
    this.data.resourceServers[`${rs.UserPoolId}/${rs.Identifier}`] = rs;
    this.save();
  }

  getResourceServer(poolId: string, identifier: string): ResourceServer | undefined {
    return this.data.resourceServers[`${poolId}/${identifier}`];
  }

  deleteResourceServer(poolId: string, identifier: string): void {
    delete this.data.resourceServers[`${poolId}/${identifier}`];
    this.save();
  }

  listResourceServers(poolId: string): ResourceServer[] {
    return Object.values(this.data.resourceServers).filter((rs) => rs.UserPoolId === poolId);
  }
}
