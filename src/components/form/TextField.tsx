/**
 * A labelled input with its hint and error tied to it by aria-describedby, so every form reads the
 * same to a screen reader. Validation stays ours: no native `required` bubbles.
 */
import { useId, useState, type ClipboardEvent, type ReactNode, type Ref } from 'react';
import { useI18n } from '../../i18n/useI18n';

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
  /** Rendered inside the input's box at its end, e.g. a show-password toggle. */
  adornment?: ReactNode;
  /** Rendered under the input, e.g. a checklist. */
  children?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
  maxLength?: number;
  spellCheck?: boolean;
  autoCapitalize?: string;
  readOnly?: boolean;
  /** Takes a paste over (e.g. to clean a code); without it, a paste cut by maxLength is reported. */
  onPaste?: (event: ClipboardEvent<HTMLInputElement>) => void;
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
  onPaste,
}: TextFieldProps) {
  const { t } = useI18n();
  const generated = useId();
  const id = idProp ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const cutId = `${id}-cut`;
  // The browser cuts a paste at maxLength without a word; people should know their text was cut.
  const [cut, setCut] = useState(false);
  const describers = [
    error ? errorId : null,
    cut ? cutId : null,
    hint ? hintId : null,
    describedBy ?? null,
  ]
    .filter(Boolean)
    .join(' ');
  const notePasteCut = (event: ClipboardEvent<HTMLInputElement>) => {
    if (maxLength === undefined) return;
    const input = event.currentTarget;
    const selected = (input.selectionEnd ?? value.length) - (input.selectionStart ?? value.length);
    // UTF-16 units, as the browser counts for maxLength.
    const length = value.length - selected + event.clipboardData.getData('text').length;
    setCut(length > maxLength);
  };
  const input = (
    <input
      ref={inputRef}
      id={id}
      name={name}
      type={type}
      value={value}
      onChange={(event) => {
        if (cut && maxLength !== undefined && event.target.value.length < maxLength) setCut(false);
        onChange(event.target.value);
      }}
      onPaste={onPaste ?? notePasteCut}
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
        <div className="input-inset">
          {input}
          {adornment}
        </div>
      ) : (
        input
      )}
      {error ? (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{t('form.error.prefix')}</span> {error}
        </p>
      ) : null}
      {/* Present before it has words (only where a paste can be cut), so they are announced. */}
      {maxLength !== undefined && onPaste === undefined ? (
        <p id={cutId} role="status" className="hint field-note">
          {cut ? t('form.pasteCut', { max: maxLength }) : null}
        </p>
      ) : null}
      {children}
    </div>
  );
}
