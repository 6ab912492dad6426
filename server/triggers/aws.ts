/**
 * Lambda's wiring of TriggerDeps (deps.ts): the AWS SDK clients, created lazily so a cold start only
 * loads what the invoked trigger uses.
 */
import { emailLinksFromEnv, type TriggerDeps } from './deps';

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
    ...emailLinksFromEnv(env),
  };
}
