// The shared state our targets and hosted pages receive: cognito-local's services plus what this layer adds.
import { randomBytes } from 'node:crypto';
import type { Services } from 'cognito-local/lib/services';
import type { Context } from 'cognito-local/lib/services/context';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { UserPoolService } from 'cognito-local/lib/services/userPoolService';
import { NotAuthorizedError, ResourceNotFoundError } from 'cognito-local/lib/errors';
import type { Inbox } from './inbox.ts';
import type { ExtrasStore } from './store.ts';
import type { TokenService } from './tokens.ts';
import type { PasskeyStore } from './passkeys.ts';
import type { ServerEphemeral } from './srp.ts';
import type { ChoiceState } from './userAuth.ts';

export interface ChallengeSession {
  id: string;
  poolId: string;
  clientId: string;
  /** cognito-local Username; for a decoy session, whatever the caller typed. */
  username: string;
  challenge: string;
  expiresAt: number;
  /** A is kept because amazon-cognito-identity-js does not resend it with the claim. */
  srp?: { A: bigint; eph: ServerEphemeral; saltHex: string; secretBlock: string; decoy: boolean };
  /** MFA_SETUP progress: each step hands out a new session, and only a verified one yields tokens. */
  mfaSetup?: 'start' | 'associated' | 'verified';
  /** Choice-based sign-in (USER_AUTH): the offered factors and the pending code or WebAuthn challenge. */
  choice?: ChoiceState;
}

const SESSION_TTL_MS = 3 * 60 * 1000;

/** In-memory challenge sessions; Cognito's expire after three minutes too. */
export class SessionStore {
  private readonly sessions = new Map<string, ChallengeSession>();

  constructor(private readonly now: () => number) {}

  create(s: Omit<ChallengeSession, 'id' | 'expiresAt'>): ChallengeSession {
    const now = this.now();
    for (const [key, old] of this.sessions) if (old.expiresAt < now) this.sessions.delete(key);
    const id = randomBytes(48).toString('base64');
    const session: ChallengeSession = { ...s, id, expiresAt: this.now() + SESSION_TTL_MS };
    this.sessions.set(id, session);
    if (s.srp) this.sessions.set(s.srp.secretBlock, session);
    return session;
  }

  /** clientId null: AssociateSoftwareToken/VerifySoftwareToken carry only the Session, no ClientId. */
  get(key: string | undefined, challenge: string, clientId: string | null): ChallengeSession {
    const s = key ? this.sessions.get(key) : undefined;
    if (!s || s.challenge !== challenge || (clientId !== null && s.clientId !== clientId)) {
      throw new NotAuthorizedError('Invalid session for the user.');
    }
    if (s.expiresAt < this.now()) {
      this.end(s);
      throw new NotAuthorizedError('Invalid session for the user, session is expired.');
    }
    return s;
  }

  /** A session ends once its challenge is answered (or, for SRP, attempted). */
  end(s: ChallengeSession): void {
    this.sessions.delete(s.id);
    if (s.srp) this.sessions.delete(s.srp.secretBlock);
  }
}

/** A cognito-local route; its request/response are whatever the AWS JSON protocol carries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors cognito-local's own Route type
export type Route = (ctx: Context, req: any) => Promise<any>;

export interface Layer {
  services: Services;
  /** cognito-local's own implementation of a target, for wrappers that only add checks. */
  original: (target: string) => Route;
  tokens: TokenService;
  extras: ExtrasStore;
  sessions: SessionStore;
  inbox: Inbox;
  passkeys: PasskeyStore;
  /** The code of an EMAIL_OTP sign-in. */
  signInCode: () => string;
}

export interface PoolAndClient {
  pool: UserPoolService;
  client: AppClient;
}

export async function poolForClient(
  layer: Layer,
  ctx: Context,
  clientId: string | undefined,
): Promise<PoolAndClient> {
  const client = clientId ? await layer.services.cognito.getAppClient(ctx, clientId) : null;
  if (!client) throw new ResourceNotFoundError('User pool client does not exist.');
  const pool = await layer.services.cognito.getUserPool(ctx, client.UserPoolId);
  return { pool, client };
}

/** Same shape as cognito-local's targets (services → handler), but given this layer's extra state. */
export type LayerTarget<Req, Res> = (layer: Layer) => (ctx: Context, req: Req) => Promise<Res>;
