/**
 * What the triggers need from outside: adding a user to a group, and sending an email. Each trigger
 * module exports `createHandler(deps)` and a `handler` built from `depsFromEnv()`: Lambda runs the
 * latter; the local stand-in calls the former with the local pool and its dev inbox, so both run the
 * same code. The AWS wiring lives in aws.ts, so a trigger that needs no SDK bundles none.
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

/** Where the emails' links point and what they call the product, from Lambda's environment. */
export function emailLinksFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Pick<TriggerDeps, 'appOrigin' | 'productName'> {
  return { appOrigin: (env.APP_ORIGIN ?? '').replace(/\/+$/, ''), productName: PRODUCT_NAME };
}
