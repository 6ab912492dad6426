/** Bootstrap: validate config first, so a bad .env shows a readable page instead of a blank one. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { applyBrand } from './config/brand';
import { envFileAdvice, readConfig } from './config/env';
import { App } from './app/App';
import { ConfigErrorScreen } from './screens/ConfigErrorScreen';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lost its #root element.');

const result = readConfig(import.meta.env, window.location.origin);
if (result.ok) applyBrand(document.documentElement, result.config.brand);
createRoot(container).render(
  <StrictMode>
    {result.ok ? (
      <App config={result.config} />
    ) : (
      <ConfigErrorScreen issues={result.issues} advice={envFileAdvice(import.meta.env)} />
    )}
  </StrictMode>,
);
