/**
 * The request constraints Cognito's API model enforces before any operation runs and cognito-local
 * skips: passwords without leading or trailing whitespace and at most 256 characters, attribute
 * names of at most 32 and values of at most 2048 characters. Messages follow Cognito's
 * ("1 validation error detected: Value at 'password' failed to satisfy constraint: ..."), which
 * never quote a sensitive value.
 */
import { InvalidParameterError } from 'cognito-local/lib/errors';

const PASSWORD_PATTERN = /^[\S]+.*[\S]+$/u;
const PASSWORD_MAX = 256;
const ATTRIBUTE_NAME_MAX = 32;
const ATTRIBUTE_VALUE_MAX = 2048;

/** Request members of Cognito's PasswordType, by the name the model's messages use. */
const PASSWORD_MEMBERS: Record<string, string> = {
  Password: 'password',
  PreviousPassword: 'previousPassword',
  ProposedPassword: 'proposedPassword',
  TemporaryPassword: 'temporaryPassword',
};

/** Request members that are lists of AttributeType. */
const ATTRIBUTE_LISTS: Record<string, string> = {
  UserAttributes: 'userAttributes',
  ValidationData: 'validationData',
};

// Characters, as Cognito counts them (code points), not UTF-16 units.
const length = (value: string): number => [...value].length;

function violations(req: Record<string, unknown>): string[] {
  const found: string[] = [];
  const fail = (at: string, constraint: string): void => {
    found.push(`Value at '${at}' failed to satisfy constraint: ${constraint}`);
  };
  for (const [member, at] of Object.entries(PASSWORD_MEMBERS)) {
    const value = req[member];
    if (typeof value !== 'string') continue;
    if (!PASSWORD_PATTERN.test(value)) {
      fail(at, `Member must satisfy regular expression pattern: ${PASSWORD_PATTERN.source}`);
    }
    if (length(value) > PASSWORD_MAX) {
      fail(at, `Member must have length less than or equal to ${PASSWORD_MAX}`);
    }
  }
  for (const [member, at] of Object.entries(ATTRIBUTE_LISTS)) {
    const list = req[member];
    if (!Array.isArray(list)) continue;
    list.forEach((entry: unknown, i) => {
      if (entry === null || typeof entry !== 'object') return;
      const { Name, Value } = entry as { Name?: unknown; Value?: unknown };
      if (typeof Name === 'string' && length(Name) > ATTRIBUTE_NAME_MAX) {
        fail(
          `${at}.${i + 1}.member.name`,
          `Member must have length less than or equal to ${ATTRIBUTE_NAME_MAX}`,
        );
      }
      if (typeof Value === 'string' && length(Value) > ATTRIBUTE_VALUE_MAX) {
        fail(
          `${at}.${i + 1}.member.value`,
          `Member must have length less than or equal to ${ATTRIBUTE_VALUE_MAX}`,
        );
      }
    });
  }
  return found;
}

export function assertValidRequest(req: Record<string, unknown>): void {
  const found = violations(req);
  if (found.length === 0) return;
  const count = found.length === 1 ? '1 validation error' : `${found.length} validation errors`;
  throw new InvalidParameterError(`${count} detected: ${found.join('; ')}`);
}
