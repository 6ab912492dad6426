/** Bootstrap: validate config first, so a bad .env shows a readable page instead of a blank one. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { applyBrand } from './config/brand';
import { envFileAdvice, readConfig } from './config/env';
import { App } from './app/App';
import { ConfigErrorScreen } from './screens/ConfigErrorScreen';
import { applyDocumentLanguage, I18nProvider, storedLocale } from './i18n/I18nProvider';
import { detectLocale } from './i18n/locales';
import { englishTranslator, loadTranslator } from './i18n/translator';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lost its #root element.');

const result = readConfig(import.meta.env, window.location.origin);
if (result.ok) applyBrand(document.documentElement, result.config.brand);
const locale = detectLocale(storedLocale(), navigator.languages);
applyDocumentLanguage(locale);
// English is bundled; another language is one small chunk, awaited so the first paint is in it.
// If that chunk cannot load (offline after a deploy), English is better than a blank page.
void loadTranslator(locale)
  .catch(() => {
    applyDocumentLanguage('en');
    return englishTranslator;
  })
  .then((translator) => {
    createRoot(container).render(
      <StrictMode>
        <I18nProvider initial={translator}>
          {result.ok ? (
            <App config={result.config} />
          ) : (
            <ConfigErrorScreen issues={result.issues} advice={envFileAdvice(import.meta.env)} />
          )}
        </I18nProvider>
      </StrictMode>,
    );
  });
