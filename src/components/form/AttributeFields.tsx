/**
 * One labelled field per Cognito attribute a step asks for (sign-up's configured attributes, or what
 * a forced password change lists as required), with labels, autofill and Cognito's length limit from
 * attributes.ts.
 */
import type { Dispatch, SetStateAction } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { attributeField } from './attributes';
import { TextField } from './TextField';

export function AttributeFields({
  names,
  values,
  onChange,
  errors,
}: {
  names: readonly string[];
  values: Record<string, string>;
  onChange: Dispatch<SetStateAction<Record<string, string>>>;
  errors: Partial<Record<string, string>>;
}) {
  const i18n = useI18n();
  return names.map((name) => {
    const field = attributeField(name, i18n);
    return (
      <TextField
        key={name}
        label={field.label}
        name={name}
        type={field.type}
        autoComplete={field.autoComplete}
        maxLength={field.maxLength}
        value={values[name] ?? ''}
        onChange={(value) => onChange((current) => ({ ...current, [name]: value }))}
        error={errors[name]}
      />
    );
  });
}
