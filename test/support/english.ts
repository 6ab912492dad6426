/** Every English message, first-load and lazy areas together: what the catalogue tests compare with. */
import { en } from '../../src/i18n/messages/en';
import { enLazy } from '../../src/i18n/messages/en/lazy';

export const englishAll: Readonly<Record<string, string>> = { ...en, ...enLazy };
