import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CodeField } from '../../../src/components/form/fields';
import { TextField } from '../../../src/components/form/TextField';

function Code({ maxLength }: { maxLength?: number }) {
  const [value, setValue] = useState('');
  return <CodeField value={value} onChange={setValue} maxLength={maxLength} />;
}

describe('CodeField', () => {
  // TotpSetup's six-digit field: the browser would cut "123 456" to "123 45" before any cleaning.
  it.each(['123 456', '123-456', ' 123456 ', '123\u00a0456', '123–456'])(
    'keeps all six digits of %j pasted into a six-character field',
    async (pasted) => {
      const user = userEvent.setup();
      render(<Code maxLength={6} />);
      const input = screen.getByLabelText('Code');
      await user.click(input);
      await user.paste(pasted);
      expect(input).toHaveValue('123456');
    },
  );

  it('drops spaces and dashes as they are typed, and leaves letters for the check', async () => {
    const user = userEvent.setup();
    render(<Code />);
    const input = screen.getByLabelText('Code');
    await user.type(input, '12-3 4a');
    expect(input).toHaveValue('1234a');
  });
});

describe('TextField with a maxLength', () => {
  function Limited() {
    const [value, setValue] = useState('');
    return <TextField label="Name" value={value} onChange={setValue} maxLength={10} />;
  }

  it('says when a paste was cut, and stops saying it once the text is shorter', async () => {
    const user = userEvent.setup();
    render(<Limited />);
    const input = screen.getByLabelText('Name');
    await user.click(input);
    await user.paste('abcdefghijklmnop');
    expect(input).toHaveValue('abcdefghij');
    expect(input).toHaveAccessibleDescription(/longer than 10 characters/);
    await user.type(input, '{Backspace}');
    expect(input).not.toHaveAccessibleDescription(/longer than/);
  });

  it('says nothing for a paste that fits', async () => {
    const user = userEvent.setup();
    render(<Limited />);
    const input = screen.getByLabelText('Name');
    await user.click(input);
    await user.paste('abc');
    expect(input).not.toHaveAccessibleDescription(/longer than/);
  });
});
