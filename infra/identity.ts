/**
 * The identity pool (seed 002) and its two IAM roles, from IDENTITY_POOL in the pool definition and the
 * AWS_IAM routes of server/api/routes.ts. Least privilege: each role may only invoke the IAM routes
 * its identities are admitted to, and a route owned by an identity (ownerParameter) only under that
 * identity's own id, through the ${cognito-identity.amazonaws.com:sub} policy variable.
 */
import {
  aws_apigateway as apigateway,
  aws_cognito as cognito,
  aws_dynamodb as dynamodb,
  aws_iam as iam,
  type RemovalPolicy,
} from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ROUTES, type RouteDefinition } from '../server/api/routes';
import { IDENTITY_POOL } from '../server/pool/definition';

/** The policy variable IAM replaces with the caller's identity id. */
export const IDENTITY_ID_VARIABLE = '${cognito-identity.amazonaws.com:sub}';

/** The resource path a role is granted for a route: its owner parameter becomes the caller's id. */
export function grantedPath(route: RouteDefinition): string {
  return route.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    name === route.ownerParameter ? IDENTITY_ID_VARIABLE : '*',
  );
}

export interface IdentityPoolProps {
  userPool: cognito.UserPool;
  spaClient: cognito.UserPoolClient;
  api: apigateway.RestApi;
  stage: string;
  poolName: string;
}

export class IdentityPool extends Construct {
  readonly identityPoolId: string;
  readonly authenticatedRole: iam.Role;
  readonly guestRole: iam.Role;

  constructor(scope: Construct, id: string, props: IdentityPoolProps) {
    super(scope, id);
    const pool = new cognito.CfnIdentityPool(this, 'Pool', {
      identityPoolName: props.poolName,
      allowUnauthenticatedIdentities: IDENTITY_POOL.allowUnauthenticated,
      allowClassicFlow: false,
      cognitoIdentityProviders: [
        {
          providerName: props.userPool.userPoolProviderName,
          clientId: props.spaClient.userPoolClientId,
          serverSideTokenCheck: IDENTITY_POOL.serverSideTokenCheck,
        },
      ],
    });
    this.identityPoolId = pool.ref;

    const assumedBy = (amr: 'authenticated' | 'unauthenticated') =>
      new iam.FederatedPrincipal(
        'cognito-identity.amazonaws.com',
        {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': pool.ref },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': amr },
        },
        'sts:AssumeRoleWithWebIdentity',
      );
    const iamRoutes = ROUTES.filter((route) => route.auth === 'iam');
    const invoke = (routes: readonly RouteDefinition[]) =>
      new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            actions: ['execute-api:Invoke'],
            resources: routes.map((route) =>
              props.api.arnForExecuteApi(route.method, grantedPath(route), props.stage),
            ),
          }),
        ],
      });
    this.authenticatedRole = new iam.Role(this, 'AuthenticatedRole', {
      description: 'Signed-in identities: the AWS_IAM routes, their own notes only.',
      assumedBy: assumedBy('authenticated'),
      inlinePolicies: { InvokeIamRoutes: invoke(iamRoutes) },
    });
    this.guestRole = new iam.Role(this, 'GuestRole', {
      description: 'Guest identities: the AWS_IAM routes open to guests.',
      assumedBy: assumedBy('unauthenticated'),
      inlinePolicies: {
        InvokeGuestRoutes: invoke(iamRoutes.filter((route) => route.identities === 'any')),
      },
    });
    new cognito.CfnIdentityPoolRoleAttachment(this, 'Roles', {
      identityPoolId: pool.ref,
      roles: {
        authenticated: this.authenticatedRole.roleArn,
        unauthenticated: this.guestRole.roleArn,
      },
    });
  }
}

/**
 * The per-identity notes: one item per identity id. Only the note handlers' function roles reach it;
 * callers never do (API Gateway already limited them to their own path, and the handler checks again).
 */
export function notesTable(scope: Construct, removalPolicy: RemovalPolicy): dynamodb.TableV2 {
  return new dynamodb.TableV2(scope, 'Notes', {
    partitionKey: { name: 'identityId', type: dynamodb.AttributeType.STRING },
    billing: dynamodb.Billing.onDemand(),
    removalPolicy,
  });
}
