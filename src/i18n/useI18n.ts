import { useContext } from 'react';
import { I18nContext, type I18n } from './I18nProvider';

/** The current language's translator: `const { t } = useI18n(); t('signIn.title')`. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
