/**
 * The values of the Cognito attributes a step asks for (sign-up's configured ones, or those a forced
 * password change lists as required): one empty value per name, a "required" and length check
 * worded from the attribute's label, and the trimmed values to send.
 */
import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { attributeField } from './attributes';
import type { FieldErrors } from './useAuthForm';
import { lengthProblem, requiredProblem } from './validation';

export function useAttributeValues(names: readonly string[]) {
  const i18n = useI18n();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(names.map((name) => [name, ''])),
  );
  const problems = (): FieldErrors<string> =>
    Object.fromEntries(
      names.map((name) => {
        const value = values[name] ?? '';
        const field = attributeField(name, i18n);
        return [
          name,
          requiredProblem(value, field.label, i18n) ??
            lengthProblem(value.trim(), field.maxLength, i18n),
        ];
      }),
    );
  const trimmed = (): Record<string, string> =>
    Object.fromEntries(names.map((name) => [name, (values[name] ?? '').trim()]));
  return { names, values, setValues, problems, trimmed };
}
