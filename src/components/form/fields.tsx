/**
 * The fields every form repeats, set up once: an email field (email keyboard, no autocorrect or
 * capitals, `username` autofill) and a one-time code field (numeric keyboard, `one-time-code`
 * autofill so phones offer the code from the message).
 */
import { TextField, type TextFieldProps } from './TextField';

type Preset<K extends keyof TextFieldProps> = Omit<TextFieldProps, K | 'label'> & {
  label?: string;
};

export function EmailField(props: Preset<'type' | 'inputMode' | 'spellCheck' | 'autoCapitalize'>) {
  return (
    <TextField
      label="Email"
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

export function CodeField(props: CodeFieldProps) {
  return (
    <TextField
      label="Code"
      name="code"
      maxLength={10}
      {...props}
      autoComplete="one-time-code"
      inputMode="numeric"
    />
  );
}
