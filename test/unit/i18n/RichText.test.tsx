/** Elements inside a translated sentence go where that language puts them. */
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { RichText } from '../../../src/i18n/RichText';
import { loadTranslator } from '../../../src/i18n/translator';

const sentence = (
  <p data-testid="sentence">
    <RichText id="system.notFound.body" values={{ path: <code>/nowhere</code> }} />
  </p>
);

it('puts the element in the English sentence', () => {
  render(sentence);
  expect(screen.getByTestId('sentence')).toHaveTextContent('There is no page at /nowhere.');
  expect(screen.getByText('/nowhere').tagName).toBe('CODE');
});

it('puts the element where German puts it', async () => {
  render(<I18nProvider initial={await loadTranslator('de')}>{sentence}</I18nProvider>);
  expect(screen.getByTestId('sentence')).toHaveTextContent('Unter /nowhere gibt es keine Seite.');
  expect(screen.getByText('/nowhere').tagName).toBe('CODE');
});
