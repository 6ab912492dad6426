/**
 * The fields every form repeats, set up once: an email field (email keyboard, no autocorrect or
 * capitals, `username` autofill) and a one-time code field (numeric keyboard, `one-time-code`
 * autofill so phones offer the code from the message).
 */
import { useI18n } from '../../i18n/useI18n';
import { TextField, type TextFieldProps } from './TextField';
import { normaliseCode } from './validation';

type Preset<K extends keyof TextFieldProps> = Omit<TextFieldProps, K | 'label'> & {
  label?: string;
};

export function EmailField(props: Preset<'type' | 'inputMode' | 'spellCheck' | 'autoCapitalize'>) {
  const { t } = useI18n();
  return (
    <TextField
      label={t('form.email.label')}
      name="email"
      autoComplete="username"
      {...props}
      type="email"
      inputMode="email"
      spellCheck={false}
      autoCapitalize="none"
    />
  );
}

export type CodeFieldProps = Preset<'autoComplete' | 'inputMode'>;

/**
 * Spaces and dashes go as they arrive ("123 456", "123-456", " 123456 "), so the field always shows
 * what will be sent. A paste is taken over before the browser applies maxLength, which would cut
 * "123 456" to "123 45" in a six-digit field before the separators could be removed.
 */
export function CodeField({ onChange, value, ...props }: CodeFieldProps) {
  const { t } = useI18n();
  return (
    <TextField
      label={t('form.code.label')}
      name="code"
      maxLength={10}
      {...props}
      value={value}
      onChange={(next) => onChange(normaliseCode(next))}
      onPaste={(event) => {
        const input = event.currentTarget;
        const pasted = event.clipboardData.getData('text');
        const start = input.selectionStart ?? value.length;
        const end = input.selectionEnd ?? value.length;
        event.preventDefault();
        onChange(normaliseCode(value.slice(0, start) + pasted + value.slice(end)));
      }}
      autoComplete="one-time-code"
      inputMode="numeric"
      spellCheck={false}
      autoCapitalize="none"
    />
  );
}
