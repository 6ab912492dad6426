/**
 * A labelled input with its hint and error tied to it by aria-describedby, so every form reads the
 * same to a screen reader. Validation stays ours: no native `required` bubbles.
 */
import { useId, type ReactNode, type Ref } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'url';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url';
  hint?: ReactNode;
  error?: string;
  /** Ids of other elements that describe the input (e.g. a password checklist). */
  describedBy?: string;
  /** Rendered beside the input, e.g. a show-password toggle. */
  adornment?: ReactNode;
  /** Rendered under the input, e.g. a checklist. */
  children?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
  maxLength?: number;
  spellCheck?: boolean;
  autoCapitalize?: string;
  readOnly?: boolean;
}

export function TextField({
  label,
  value,
  onChange,
  name,
  type = 'text',
  autoComplete,
  inputMode,
  hint,
  error,
  describedBy,
  adornment,
  children,
  inputRef,
  id: idProp,
  maxLength,
  spellCheck,
  autoCapitalize,
  readOnly,
}: TextFieldProps) {
  const generated = useId();
  const id = idProp ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describers = [error ? errorId : null, hint ? hintId : null, describedBy ?? null]
    .filter(Boolean)
    .join(' ');
  const input = (
    <input
      ref={inputRef}
      id={id}
      name={name}
      type={type}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      autoComplete={autoComplete}
      inputMode={inputMode}
      aria-invalid={error ? true : undefined}
      aria-describedby={describers || undefined}
      maxLength={maxLength}
      spellCheck={spellCheck}
      autoCapitalize={autoCapitalize}
      readOnly={readOnly}
    />
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="hint">
          {hint}
        </div>
      ) : null}
      {adornment ? (
        <div className="input-group">
          {input}
          {adornment}
        </div>
      ) : (
        input
      )}
      {error ? (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
