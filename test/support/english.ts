/** Every English message, first-load and lazy areas together: what the catalogue tests compare with. */
import { en } from '../../src/i18n/messages/en';
import { enLazy } from '../../src/i18n/messages/en/lazy';

export const englishAll: Readonly<Record<string, string>> = { ...en, ...enLazy };

/**
 * `errors.wrongCredentials` and the like: an area of the catalogue, a dot, a name. Text a screen shows
 * only when a message was missing at render time (e.g. a first-load component using a lazy area).
 */
export const RAW_MESSAGE_KEY = new RegExp(
  `\\b(?:${[...new Set(Object.keys(englishAll).map((key) => key.split('.')[0]))].join('|')})\\.[A-Za-z]+`,
);
