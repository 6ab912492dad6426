/** The session core's public surface: the manager, its options, and the cross-tab and lock shapes. */
export { SessionManager } from './manager';
export type { SessionManagerOptions } from './options';
export { AUTH_CHANNEL_NAME, type CrossTabChannel, type CrossTabMessage } from './crossTab';
export type { LockManagerLike } from './lock';
export type { RetryPolicy } from './refresh';
export { otpauthUri } from './totp';
