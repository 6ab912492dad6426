// Code delivery helpers shared by targets: masking like Cognito and plausible answers for unknown users.
import type { CodeDeliveryDetailsType } from 'aws-sdk/clients/cognitoidentityserviceprovider';

export function maskDestination(dest: string): string {
  const at = dest.indexOf('@');
  if (at > 0) {
    const domain = dest.slice(at + 1);
    const dot = domain.lastIndexOf('.');
    const tld = dot > 0 ? domain.slice(dot) : '';
    return `${dest[0]}***@${domain[0] ?? ''}***${tld}`;
  }
  return `+*******${dest.slice(-4)}`;
}

/** What Cognito answers for an unknown user when the client prevents user-existence errors. */
export function decoyDelivery(username: string): CodeDeliveryDetailsType {
  const looksLikeEmail = username.includes('@');
  return looksLikeEmail
    ? { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: maskDestination(username) }
    : { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'u***@e***.com' };
}
