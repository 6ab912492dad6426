/**
 * Test users and codes on the local pool: admin-created accounts ready to sign in, and codes read from
 * the dev inbox the way a person would read their email.
 */
import { randomUUID } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';

export const TEST_PASSWORD = 'Corr3ct-Horse!';

export function adminClient(cognitoUrl: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: cognitoUrl,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

export interface TestUser {
  email: string;
  password: string;
  name: string;
}

/** A confirmed user with a permanent password; `temporary` leaves the forced password change in place. */
export async function createUser(
  stack: { cognitoUrl: string; userPoolId: string },
  options: { label?: string; groups?: string[]; temporary?: boolean; password?: string } = {},
): Promise<TestUser> {
  const client = adminClient(stack.cognitoUrl);
  const email = uniqueEmail(options.label ?? 'user');
  const password = options.password ?? TEST_PASSWORD;
  const name = `Test ${options.label ?? 'User'}`;
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId: stack.userPoolId,
      Username: email,
      TemporaryPassword: password,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
        ...(options.temporary ? [] : [{ Name: 'name', Value: name }]),
      ],
    }),
  );
  if (!options.temporary) {
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: stack.userPoolId,
        Username: email,
        Password: password,
        Permanent: true,
      }),
    );
  }
  for (const group of options.groups ?? []) {
    await client.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: stack.userPoolId,
        Username: email,
        GroupName: group,
      }),
    );
  }
  client.destroy();
  return { email, password, name };
}

interface InboxMessage {
  to: string;
  code: string;
  kind: string;
  sentAt: string;
}

/** The newest code sent to `to` after `since`, polling briefly because delivery is asynchronous. */
export async function readCode(
  cognitoUrl: string,
  to: string,
  since = 0,
  kind?: string,
): Promise<string> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const response = await fetch(`${cognitoUrl}/_local/messages?to=${encodeURIComponent(to)}`);
    const messages = (await response.json()) as InboxMessage[];
    const found = messages.find(
      // The welcome email (post confirmation trigger) carries no code.
      (m) => m.code && Date.parse(m.sentAt) >= since && (kind === undefined || m.kind === kind),
    );
    if (found) return found.code;
    if (Date.now() > deadline) throw new Error(`No ${kind ?? ''} code for ${to} in the dev inbox.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
