/** GET /health: unauthenticated liveness probe for scripts and the dev runner. */
import type { ProxyHandler } from '../types';
import { json } from './http';

export const handler: ProxyHandler = async () => json(200, { status: 'ok' });
