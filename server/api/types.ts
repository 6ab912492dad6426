/**
 * Minimal Lambda proxy-integration types (the subset of @types/aws-lambda's APIGatewayProxyEvent /
 * APIGatewayProxyResult our handlers use), so handlers compile unchanged for Lambda without pulling
 * in that package. Field names and shapes follow API Gateway's REST "Lambda proxy" payload v1.0.
 */

/**
 * Claims as API Gateway's Cognito User Pool authorizer hands them to Lambda: every value a string
 * (numbers stringified, `cognito:groups` joined with commas). Handlers must parse, not assume JSON.
 */
export type AuthorizerClaims = Record<string, string>;

export interface ApiGatewayProxyEvent {
  resource: string;
  path: string;
  httpMethod: string;
  headers: Record<string, string | undefined>;
  multiValueHeaders: Record<string, string[] | undefined>;
  queryStringParameters: Record<string, string | undefined> | null;
  multiValueQueryStringParameters: Record<string, string[] | undefined> | null;
  pathParameters: Record<string, string | undefined> | null;
  stageVariables: Record<string, string | undefined> | null;
  requestContext: {
    accountId: string;
    apiId: string;
    /** Absent on routes without an authorizer (e.g. /health). */
    authorizer?: { claims: AuthorizerClaims } | null;
    httpMethod: string;
    /**
     * The caller. On AWS_IAM routes API Gateway adds who signed the request; for identity pool
     * credentials that is the identity id, its pool and 'authenticated' or 'unauthenticated'.
     */
    identity: {
      sourceIp: string;
      userAgent: string | null;
      accessKey?: string | null;
      cognitoIdentityId?: string | null;
      cognitoIdentityPoolId?: string | null;
      cognitoAuthenticationType?: 'authenticated' | 'unauthenticated' | null;
    };
    path: string;
    protocol: string;
    requestId: string;
    requestTimeEpoch: number;
    resourceId: string;
    resourcePath: string;
    stage: string;
  };
  body: string | null;
  isBase64Encoded: boolean;
}

export interface ApiGatewayProxyResult {
  statusCode: number;
  headers?: Record<string, string | number | boolean>;
  body: string;
  isBase64Encoded?: boolean;
}

export type ProxyHandler = (event: ApiGatewayProxyEvent) => Promise<ApiGatewayProxyResult>;
