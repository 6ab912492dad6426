/**
 * Lambda triggers in the local pool: the handler modules the pool definition names
 * (server/pool/definition.ts → POOL.triggers), imported and run in-process with the events AWS
 * documents, and Cognito's failure semantics: whatever a trigger throws reaches the caller as
 * UserLambdaValidationException "<Trigger> failed with error <message>.".
 *
 * cognito-local has its own TriggersService, but it calls Lambda over the network with version "0"
 * events, swallows post confirmation and custom message failures, and replaces only the first code
 * placeholder; this implements its `Triggers` interface instead, so its targets (SignUp,
 * ConfirmSignUp, ...) call our handlers at the points Cognito does. Pre token generation runs from
 * tokens.ts, which issues every token here.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  CustomMessageTriggerEvent,
  PostConfirmationTriggerEvent,
  PreSignUpTriggerEvent,
  PreTokenGenerationV2TriggerEvent,
} from 'aws-lambda';
import { UnsupportedError, UserLambdaValidationError } from 'cognito-local/lib/errors';
import type { Context } from 'cognito-local/lib/services/context';
import type { Triggers } from 'cognito-local/lib/services/triggers';
import { attributesToRecord } from 'cognito-local/lib/services/userPoolService';
import type { PoolTrigger } from '../../server/pool/definition';
import type { TriggerDeps } from '../../server/triggers/deps';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Cognito's placeholders in custom messages; it substitutes every occurrence. */
const CODE_PARAMETER = '{####}';
const USERNAME_PARAMETER = '{username}';

/** The names Cognito uses in its error messages (and LambdaConfig keys). */
const COGNITO_NAMES: Record<PoolTrigger, string> = {
  preSignUp: 'PreSignUp',
  postConfirmation: 'PostConfirmation',
  preAuthentication: 'PreAuthentication',
  postAuthentication: 'PostAuthentication',
  preTokenGeneration: 'PreTokenGeneration',
  customMessage: 'CustomMessage',
  userMigration: 'UserMigration',
};

/** Those the stand-in can run; the others are refused at start rather than silently skipped. */
const RUNNABLE: readonly PoolTrigger[] = [
  'preSignUp',
  'postConfirmation',
  'preTokenGeneration',
  'customMessage',
];

// A handler's event and result are the documented JSON of its own trigger; the table is heterogeneous.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry is checked at its call site
type AnyHandler = (event: any) => Promise<any>;

interface TriggerModule {
  createHandler(deps: TriggerDeps): AnyHandler;
}

export type LoadedHandlers = Partial<Record<PoolTrigger, AnyHandler>>;

/** Imports each configured entry module (repo-relative, as the CDK app bundles it) and builds its handler. */
export async function loadTriggerHandlers(
  entries: Partial<Record<PoolTrigger, string>>,
  deps: TriggerDeps,
): Promise<LoadedHandlers> {
  const handlers: LoadedHandlers = {};
  for (const [trigger, entry] of Object.entries(entries) as Array<[PoolTrigger, string]>) {
    if (!RUNNABLE.includes(trigger)) {
      throw new Error(`The local pool cannot run the ${trigger} trigger (${entry}) yet.`);
    }
    const mod = (await import(pathToFileURL(join(ROOT, entry)).href)) as Partial<TriggerModule>;
    if (typeof mod.createHandler !== 'function') {
      throw new Error(`${entry} must export createHandler(deps), as every trigger module does.`);
    }
    handlers[trigger] = mod.createHandler(deps);
  }
  return handlers;
}

/** What every Cognito trigger event carries besides its request and response. */
function envelope(userPoolId: string, userName: string, clientId: string | null) {
  return {
    version: '1',
    // Pool ids are <region>_<id>; a local pool's "region" is whatever it was created with.
    region: userPoolId.split('_')[0] ?? 'local',
    userPoolId,
    userName,
    callerContext: {
      awsSdkVersion: 'aws-sdk-unknown-unknown',
      clientId: clientId ?? 'CLIENT_ID_NOT_APPLICABLE',
    },
  };
}

export class LocalTriggers {
  constructor(private readonly handlers: LoadedHandlers) {}

  has(trigger: PoolTrigger): boolean {
    return this.handlers[trigger] !== undefined;
  }

  /** Runs a trigger; a throw becomes Cognito's UserLambdaValidationException. */
  async run<E>(ctx: Context, trigger: PoolTrigger, event: E): Promise<E> {
    const handler = this.handlers[trigger];
    if (!handler) throw new Error(`${trigger} trigger not configured`);
    try {
      return ((await handler(event)) ?? event) as E;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      ctx.logger.info({ trigger }, `${COGNITO_NAMES[trigger]} trigger refused: ${message}`);
      throw new UserLambdaValidationError(
        `${COGNITO_NAMES[trigger]} failed with error ${message}.`,
      );
    }
  }

  /** The V2_0 pre token generation event for tokens.ts. */
  preTokenGenerationEvent(input: {
    userPoolId: string;
    username: string;
    clientId: string;
    triggerSource: PreTokenGenerationV2TriggerEvent['triggerSource'];
    userAttributes: Record<string, string>;
    groups: readonly string[];
    scopes: readonly string[];
  }): PreTokenGenerationV2TriggerEvent {
    return {
      ...envelope(input.userPoolId, input.username, input.clientId),
      version: '2',
      triggerSource: input.triggerSource,
      request: {
        userAttributes: input.userAttributes,
        groupConfiguration: {
          groupsToOverride: [...input.groups],
          iamRolesToOverride: [],
          preferredRole: undefined,
        },
        scopes: [...input.scopes],
      },
      response: { claimsAndScopeOverrideDetails: {} },
    } as PreTokenGenerationV2TriggerEvent;
  }

  /** cognito-local's Triggers interface, which its own targets call. */
  asCognitoLocal(): Triggers {
    const refuse = (name: string) => () =>
      Promise.reject(new UnsupportedError(`${name} trigger is not run by the local pool`));
    return {
      enabled: (name) =>
        (name === 'PreSignUp' && this.has('preSignUp')) ||
        (name === 'PostConfirmation' && this.has('postConfirmation')) ||
        (name === 'CustomMessage' && this.has('customMessage')),
      preSignUp: async (ctx, p) => {
        const event = {
          ...envelope(p.userPoolId, p.username, p.clientId),
          triggerSource: p.source,
          request: {
            userAttributes: attributesToRecord(p.userAttributes),
            validationData: p.validationData,
            clientMetadata: p.clientMetadata,
          },
          response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
        } as PreSignUpTriggerEvent;
        return (await this.run(ctx, 'preSignUp', event)).response;
      },
      postConfirmation: async (ctx, p) => {
        const event = {
          ...envelope(p.userPoolId, p.username, p.clientId),
          triggerSource: p.source,
          request: {
            userAttributes: attributesToRecord(p.userAttributes),
            clientMetadata: p.clientMetadata,
          },
          response: {},
        } as PostConfirmationTriggerEvent;
        await this.run(ctx, 'postConfirmation', event);
      },
      customMessage: async (ctx, p) => {
        const event = {
          ...envelope(p.userPoolId, p.username, p.clientId),
          triggerSource: p.source,
          request: {
            userAttributes: attributesToRecord(p.userAttributes),
            codeParameter: CODE_PARAMETER,
            linkParameter: '{##Click Here##}',
            usernameParameter:
              p.source === 'CustomMessage_AdminCreateUser' ? USERNAME_PARAMETER : null,
            clientMetadata: p.clientMetadata,
          },
          response: { smsMessage: null, emailMessage: null, emailSubject: null },
        } as CustomMessageTriggerEvent;
        const { response } = await this.run(ctx, 'customMessage', event);
        const fill = (text: string | null | undefined) =>
          text
            ? text.replaceAll(CODE_PARAMETER, p.code).replaceAll(USERNAME_PARAMETER, p.username)
            : null;
        return {
          emailMessage: fill(response.emailMessage),
          emailSubject: response.emailSubject ?? null,
          smsMessage: fill(response.smsMessage),
        };
      },
      preTokenGeneration: refuse('PreTokenGeneration (V1)'),
      postAuthentication: refuse('PostAuthentication'),
      userMigration: refuse('UserMigration'),
      customEmailSender: refuse('CustomEmailSender'),
    };
  }
}
