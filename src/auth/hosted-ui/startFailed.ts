/**
 * The one hosted-UI message the sign-in page shows before any hosted-UI code has loaded: when that
 * code fails to load. Kept apart from errors.ts so the page's first load carries this sentence, not
 * the whole table (which loads with the callback screen).
 */
export const START_FAILED_MESSAGE =
  'Could not start the hosted sign-in. This browser may block the secure features it needs.';
