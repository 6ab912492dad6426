/**
 * Trigger events shaped as AWS's developer guide documents them (the "sample event" of each trigger
 * page: version, region, userPoolId, userName, callerContext, triggerSource, request, response),
 * with the guide's example values. Each call returns a fresh copy: handlers mutate their event.
 */
import type {
  CustomMessageTriggerEvent,
  PostConfirmationTriggerEvent,
  PreSignUpTriggerEvent,
  PreTokenGenerationV2TriggerEvent,
} from 'aws-lambda';

const common = {
  region: 'us-west-2',
  userPoolId: 'us-west-2_EXAMPLE',
  userName: 'testuser',
  callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '1example23456789' },
};

export function preSignUpEvent(email = 'testuser@example.com'): PreSignUpTriggerEvent {
  return {
    ...common,
    version: '1',
    triggerSource: 'PreSignUp_SignUp',
    request: {
      userAttributes: { email, name: 'Test User' },
      validationData: { myCustomKey1: 'myCustomValue1' },
      clientMetadata: { CustomMetadata1: 'metadata1' },
    },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  };
}

export function postConfirmationEvent(
  triggerSource: PostConfirmationTriggerEvent['triggerSource'] = 'PostConfirmation_ConfirmSignUp',
): PostConfirmationTriggerEvent {
  return {
    ...common,
    version: '1',
    triggerSource,
    request: {
      userAttributes: {
        sub: '4A709A36-7D63-4785-829D-4198EF10EBDA',
        'cognito:user_status': 'CONFIRMED',
        email_verified: 'true',
        name: 'Test User',
        email: 'testuser@example.com',
      },
    },
    response: {},
  };
}

export function preTokenGenerationV2Event(
  attributes: Record<string, string> = {},
): PreTokenGenerationV2TriggerEvent {
  return {
    ...common,
    version: '2',
    triggerSource: 'TokenGeneration_Authentication',
    request: {
      userAttributes: {
        sub: 'a36036a8-9061-424d-a737-56d57dae7bbc',
        'cognito:email_alias': 'testuser@example.com',
        'cognito:user_status': 'CONFIRMED',
        email_verified: 'true',
        name: 'Test User',
        email: 'testuser@example.com',
        ...attributes,
      },
      groupConfiguration: {
        groupsToOverride: ['Group1', 'Group2'],
        iamRolesToOverride: [],
        preferredRole: undefined,
      },
      scopes: ['aws.cognito.signin.user.admin', 'phone', 'openid', 'profile', 'email'],
    },
    response: { claimsAndScopeOverrideDetails: {} },
  };
}

export function customMessageEvent(
  triggerSource: CustomMessageTriggerEvent['triggerSource'],
): CustomMessageTriggerEvent {
  return {
    ...common,
    version: '1',
    triggerSource,
    request: {
      userAttributes: {
        sub: 'd9b9a5a4-2ce4-4b5b-8e4b-6a3a3d0a1c2f',
        email_verified: 'false',
        name: 'Test User',
        email: 'test.user+tag@example.com',
      },
      codeParameter: '{####}',
      linkParameter: '{##Click Here##}',
      usernameParameter: triggerSource === 'CustomMessage_AdminCreateUser' ? '{username}' : null,
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  };
}
