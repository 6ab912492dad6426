/**
 * What the triggers need from outside: adding a user to a group, and sending an email. Each trigger
 * module exports `createHandler(deps)` and a `handler` built from `depsFromEnv()`: Lambda runs the
 * latter; the local stand-in calls the former with the local pool and its dev inbox, so both run the
 * same code. The SDK clients are created lazily, so importing a trigger costs nothing until it runs.
 */
import { PRODUCT_NAME } from '../pool/definition';

export interface OutgoingEmail {
  to: string;
  subject: string;
  /** Plain text: what the person reads. */
  text: string;
}

export interface TriggerDeps {
  addUserToGroup(userPoolId: string, username: string, group: string): Promise<void>;
  /** Sends an email of our own (the welcome mail); codes travel through Cognito's custom message. */
  sendEmail(email: OutgoingEmail): Promise<void>;
  /** The SPA's origin, for links in emails (https://app.example.com, http://localhost:5173). */
  appOrigin: string;
  productName: string;
}

/**
 * Lambda's wiring: AdminAddUserToGroup in the pool that invoked us, and SES v2 when the deployment
 * names a sender (WELCOME_FROM_EMAIL); without one the welcome email is only logged as skipped,
 * because Cognito's default sender cannot send arbitrary mail.
 */
export function depsFromEnv(env: NodeJS.ProcessEnv = process.env): TriggerDeps {
  return {
    addUserToGroup: async (userPoolId, username, group) => {
      const { CognitoIdentityProviderClient, AdminAddUserToGroupCommand } =
        await import('@aws-sdk/client-cognito-identity-provider');
      await new CognitoIdentityProviderClient({}).send(
        new AdminAddUserToGroupCommand({
          UserPoolId: userPoolId,
          Username: username,
          GroupName: group,
        }),
      );
    },
    sendEmail: async (email) => {
      const from = env.WELCOME_FROM_EMAIL;
      if (!from) {
        console.log('Welcome email skipped: no WELCOME_FROM_EMAIL (SES sender) configured.');
        return;
      }
      const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
      await new SESv2Client(env.SES_REGION ? { region: env.SES_REGION } : {}).send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [email.to] },
          Content: {
            Simple: {
              Subject: { Data: email.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: email.text, Charset: 'UTF-8' } },
            },
          },
        }),
      );
    },
    appOrigin: (env.APP_ORIGIN ?? '').replace(/\/+$/, ''),
    productName: PRODUCT_NAME,
  };
}
