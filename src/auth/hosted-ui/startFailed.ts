/**
 * The one hosted-UI message the sign-in page shows before any hosted-UI code has loaded: when that
 * code fails to load. Kept apart from errors.ts so the page's first load carries this key, not the
 * whole table (which loads with the callback screen).
 */
import { message, translateMessage } from '../../i18n/message';
import { englishTranslator } from '../../i18n/translator';

export const START_FAILED_TEXT = message('errors.hosted.startFailed');

/** English, for code that still shows a string; screens translate START_FAILED_TEXT instead. */
export const START_FAILED_MESSAGE = translateMessage(englishTranslator, START_FAILED_TEXT);
