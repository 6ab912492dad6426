/**
 * A password input with a show/hide toggle and, for new passwords, the live policy checklist.
 * `kind` decides the autocomplete token so password managers fill or generate correctly.
 */
import { useId, useState, type Ref } from 'react';
import { useConfig } from '../../config/ConfigContext';
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
  const [visible, setVisible] = useState(false);
  const checklistId = useId();
  const showChecklist = kind === 'new';
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
          className="secondary toggle-visibility"
          aria-pressed={visible}
          onClick={() => setVisible((v) => !v)}
        >
          {/* The name stays "Show password" and aria-pressed carries the state (toggle-button
              pattern); the visible word stays inside the name so voice control can say it. */}
          Show <span className="visually-hidden">password</span>
        </button>
      }
    >
      {showChecklist ? (
        <PasswordChecklist id={checklistId} password={value} policy={passwordPolicy} />
      ) : null}
    </TextField>
  );
}
