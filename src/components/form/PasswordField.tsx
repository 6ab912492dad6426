/**
 * A password input with a show/hide toggle inside its box and, for new passwords, the live policy
 * checklist. `kind` decides the autocomplete token so password managers fill or generate correctly.
 * No maxLength: cutting a pasted or generated password would save one the person does not have;
 * the form says when a password is over Cognito's 256 characters instead.
 */
import { useId, useState, type Ref } from 'react';
import { useConfig } from '../../config/ConfigContext';
import { useI18n } from '../../i18n/useI18n';
import { PasswordChecklist } from './PasswordChecklist';
import { TextField } from './TextField';

export interface PasswordFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  kind: 'current' | 'new';
  error?: string;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function PasswordField({
  label,
  value,
  onChange,
  kind,
  error,
  name,
  inputRef,
}: PasswordFieldProps) {
  const { passwordPolicy } = useConfig();
  const { t } = useI18n();
  const [visible, setVisible] = useState(false);
  const checklistId = useId();
  const showChecklist = kind === 'new';
  const toggleName = visible ? t('form.password.hide') : t('form.password.show');
  return (
    <TextField
      label={label}
      value={value}
      onChange={onChange}
      name={name}
      type={visible ? 'text' : 'password'}
      autoComplete={kind === 'new' ? 'new-password' : 'current-password'}
      spellCheck={false}
      autoCapitalize="none"
      error={error}
      inputRef={inputRef}
      describedBy={showChecklist ? checklistId : undefined}
      adornment={
        <button
          type="button"
          className="toggle-visibility"
          aria-pressed={visible}
          title={toggleName}
          onClick={() => setVisible((v) => !v)}
        >
          <EyeIcon crossed={visible} />
          <span className="visually-hidden">{toggleName}</span>
        </button>
      }
    >
      {showChecklist ? (
        <PasswordChecklist
          id={checklistId}
          password={value}
          policy={passwordPolicy}
          flagUnmet={Boolean(error)}
        />
      ) : null}
    </TextField>
  );
}

/** An eye, struck through while the password shows (pressing again hides it). */
function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
      {crossed ? <path d="M4 4l16 16" /> : null}
    </svg>
  );
}
