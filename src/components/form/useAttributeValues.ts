/**
 * The values of the Cognito attributes a step asks for (sign-up's configured ones, or those a forced
 * password change lists as required): one empty value per name, a "required" check worded from the
 * attribute's label, and the trimmed values to send.
 */
import { useState } from 'react';
import { attributeField } from './attributes';
import type { FieldErrors } from './useAuthForm';
import { requiredProblem } from './validation';

export function useAttributeValues(names: readonly string[]) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(names.map((name) => [name, ''])),
  );
  const problems = (): FieldErrors<string> =>
    Object.fromEntries(
      names.map((name) => [name, requiredProblem(values[name] ?? '', attributeField(name).label)]),
    );
  const trimmed = (): Record<string, string> =>
    Object.fromEntries(names.map((name) => [name, (values[name] ?? '').trim()]));
  return { names, values, setValues, problems, trimmed };
}
