// Dev inbox: keeps every code the pool "sends" (and prints it), so people and tests can read them back.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from 'cognito-local/lib/services/clock';
import type { Messages } from 'cognito-local/lib/services/messages';

export type MessageKind =
  | 'signUp'
  | 'resendCode'
  | 'forgotPassword'
  | 'verifyAttribute'
  | 'mfa'
  | 'adminCreateUser'
  | 'signIn';

export interface InboxMessage {
  to: string;
  code: string;
  kind: MessageKind;
  sentAt: string;
}

export type Source = Parameters<Messages['deliver']>[1];

const KIND_BY_SOURCE: Record<Source, MessageKind> = {
  SignUp: 'signUp',
  ResendCode: 'resendCode',
  ForgotPassword: 'forgotPassword',
  UpdateUserAttribute: 'verifyAttribute',
  VerifyUserAttribute: 'verifyAttribute',
  Authentication: 'mfa',
  AdminCreateUser: 'adminCreateUser',
};

const MAX_KEPT = 1000;

export class Inbox {
  private readonly file: string;
  private messages: InboxMessage[];

  constructor(
    dataDir: string,
    private readonly clock: Clock,
    private readonly quiet: boolean,
  ) {
    this.file = join(dataDir, 'inbox.json');
    this.messages = existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as InboxMessage[])
      : [];
  }

  record(to: string, code: string, kind: MessageKind): void {
    const msg: InboxMessage = { to, code, kind, sentAt: this.clock.get().toISOString() };
    this.messages.unshift(msg);
    this.messages.length = Math.min(this.messages.length, MAX_KEPT);
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.messages, null, 2));
    renameSync(tmp, this.file);
    if (!this.quiet) console.log(`[cognito-local] ${kind} code for ${to}: ${code}`);
  }

  /** Newest first; `to` matches case-insensitively so tests can pass the email as typed. */
  list(to?: string): InboxMessage[] {
    if (!to) return [...this.messages];
    // An unencoded "+1555..." in a query string arrives as " 1555...".
    const want = to.trim().toLowerCase();
    return this.messages.filter((m) => {
      const have = m.to.toLowerCase();
      return have === want || have === `+${want}`;
    });
  }

  /** Wraps cognito-local's Messages so every delivery it makes also lands here. */
  wrap(
    inner: Messages,
    onDeliver?: (source: Source, userPoolId: string, username: string) => void,
  ): Messages {
    return {
      deliver: async (ctx, source, clientId, userPoolId, user, code, clientMetadata, details) => {
        this.record(details.Destination, code, KIND_BY_SOURCE[source]);
        onDeliver?.(source, userPoolId, user.Username);
        await inner.deliver(ctx, source, clientId, userPoolId, user, code, clientMetadata, details);
      },
    };
  }
}
