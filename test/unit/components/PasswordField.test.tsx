import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { PasswordField } from '../../../src/components/form/PasswordField';
import { TextField } from '../../../src/components/form/TextField';
import { ConfigProvider } from '../../../src/config/ConfigContext';
import { expectNoAxeViolations } from '../../support/a11y';
import { testAppConfig } from '../../support/render';

function Harness({ kind }: { kind: 'new' | 'current' }) {
  const [value, setValue] = useState('');
  return (
    <ConfigProvider config={testAppConfig()}>
      <PasswordField label="Password" kind={kind} value={value} onChange={setValue} />
      <TextField
        label="Email"
        value=""
        onChange={() => {}}
        error="Enter your email address."
        hint="We never share it."
      />
    </ConfigProvider>
  );
}

describe('PasswordField', () => {
  it('ticks the checklist while typing and says met / not met in words', async () => {
    const user = userEvent.setup();
    render(<Harness kind="new" />);
    const input = screen.getByLabelText('Password');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    const list = screen.getByRole('list', { name: 'Password requirements' });
    expect(input).toHaveAccessibleDescription(/at least 8 characters: not met/i);
    const item = (name: RegExp) => within(list).getByText(name).closest('li')!;
    expect(item(/at least 8 characters/i)).toHaveAttribute('data-met', 'false');

    await user.type(input, 'abc');
    expect(item(/lowercase/i)).toHaveAttribute('data-met', 'true');
    expect(item(/lowercase/i)).toHaveTextContent(/: met$/);
    expect(item(/uppercase/i)).toHaveAttribute('data-met', 'false');

    await user.type(input, 'DEF1 x');
    for (const rule of [/8 characters/, /number/, /symbol/, /uppercase/, /lowercase/]) {
      expect(item(rule)).toHaveAttribute('data-met', 'true');
    }
    await expectNoAxeViolations(document.body, { fragment: true });
  });

  it('shows and hides the password with a pressed toggle named "Show password"', async () => {
    const user = userEvent.setup();
    render(<Harness kind="current" />);
    const input = screen.getByLabelText('Password');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.queryByRole('list', { name: 'Password requirements' })).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(input).toHaveAttribute('type', 'text');
    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'password');
  });

  it('ties a field error and hint to the input', () => {
    render(<Harness kind="current" />);
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      'Error: Enter your email address. We never share it.',
    );
  });
});
