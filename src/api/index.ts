/** The API layer's public surface. */
export { ApiError, apiErrorText, createApiClient, isApiError } from './client';
export type { ApiClient, ApiClientOptions, ApiErrorKind, RequestOptions } from './client';
export { useApi } from './useApi';
