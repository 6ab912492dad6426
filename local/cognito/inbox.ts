// Dev inbox: keeps every message the pool "sends" (and prints its code), so people and tests can read them back.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from 'cognito-local/lib/services/clock';
import type { Messages } from 'cognito-local/lib/services/messages';
import type { Triggers } from 'cognito-local/lib/services/triggers';

export type MessageKind =
  | 'signUp'
  | 'resendCode'
  | 'forgotPassword'
  | 'verifyAttribute'
  | 'mfa'
  | 'adminCreateUser'
  | 'signIn'
  /** The post confirmation trigger's welcome email; it carries no code. */
  | 'welcome';

export interface InboxMessage {
  to: string;
  code: string;
  kind: MessageKind;
  sentAt: string;
  /** The email as the person receives it: the custom message trigger's text, or Cognito's default. */
  subject?: string;
  text?: string;
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
    /** Announces each message (npm run dev: its log file); a no-op when quiet. */
    private readonly notify: (line: string) => void,
  ) {
    this.file = join(dataDir, 'inbox.json');
    this.messages = existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as InboxMessage[])
      : [];
  }

  record(
    to: string,
    code: string,
    kind: MessageKind,
    content?: { subject?: string; text?: string },
  ): void {
    const msg: InboxMessage = {
      to,
      code,
      kind,
      sentAt: this.clock.get().toISOString(),
      ...(content?.subject ? { subject: content.subject } : {}),
      ...(content?.text ? { text: content.text } : {}),
    };
    this.messages.unshift(msg);
    this.messages.length = Math.min(this.messages.length, MAX_KEPT);
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.messages, null, 2));
    renameSync(tmp, this.file);
    this.notify(
      code ? `[cognito-local] ${kind} code for ${to}: ${code}` : `[cognito-local] ${kind} to ${to}`,
    );
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

  /**
   * cognito-local's Messages, delivering to this inbox: the text is the custom message trigger's
   * when one is on (as Cognito sends it), else Cognito's default wording. A throwing trigger fails
   * the request, as in Cognito, and nothing is recorded.
   */
  deliverer(
    triggers: Triggers,
    onDeliver?: (source: Source, userPoolId: string, username: string) => void,
  ): Messages {
    return {
      deliver: async (ctx, source, clientId, userPoolId, user, code, clientMetadata, details) => {
        const custom = triggers.enabled('CustomMessage')
          ? await triggers.customMessage(ctx, {
              clientId,
              clientMetadata,
              code,
              source: `CustomMessage_${source}`,
              userAttributes: user.Attributes,
              username: user.Username,
              userPoolId,
            })
          : null;
        const sms = details.DeliveryMedium === 'SMS';
        const text =
          (sms ? custom?.smsMessage : custom?.emailMessage) ??
          defaultText(source, code, user.Username);
        this.record(details.Destination, code, KIND_BY_SOURCE[source], {
          subject: sms ? undefined : (custom?.emailSubject ?? DEFAULT_SUBJECT),
          text,
        });
        onDeliver?.(source, userPoolId, user.Username);
      },
    };
  }
}

const DEFAULT_SUBJECT = 'Your verification code';

/** Cognito's default messages (what a pool without a custom message trigger sends). */
function defaultText(source: Source, code: string, username: string): string {
  return source === 'AdminCreateUser'
    ? `Your username is ${username} and temporary password is ${code}.`
    : `Your verification code is ${code}.`;
}
