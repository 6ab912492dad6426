/**
 * jsdom test-environment fix, not an app fix. Vitest's jsdom environment replaces the global
 * `Uint8Array`/`ArrayBuffer` with jsdom's, while WebCrypto and TextEncoder still return Node's, so
 * `digest instanceof ArrayBuffer` is false and oauth4webapi's base64url encoder throws
 * ("input.subarray is not a function"). Browsers have one realm and never see this. Restoring Node's
 * constructors for these test files puts them back in one realm too.
 */
import { vi } from 'vitest';

const nodeBytes = new TextEncoder().encode('');
vi.stubGlobal('Uint8Array', nodeBytes.constructor);
vi.stubGlobal('ArrayBuffer', nodeBytes.buffer.constructor);
