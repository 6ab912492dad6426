/**
 * The cross-tab module on its own: fake channels and a fake event target stand in for the browser,
 * and spy handlers stand in for the session, so each transport and filter is tested alone.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  AUTH_CHANNEL_NAME,
  browserChannel,
  CrossTabSync,
  type CrossTabChannel,
  type CrossTabMessage,
  type CrossTabOptions,
} from '../../../../src/auth/session/crossTab';
import { createMemoryStorage, TokenStore, type StoredSession } from '../../../../src/auth/storage';
import { mintTokens, TEST_CLIENT_ID } from '../../../support/cognito-http-fake';

/** Channels that deliver to every other channel of the same bus, as BroadcastChannel does. */
function channelBus() {
  const open = new Set<CrossTabChannel>();
  const sent: CrossTabMessage[] = [];
  const create = (): CrossTabChannel => {
    const channel: CrossTabChannel = {
      onmessage: null,
      postMessage(message) {
        sent.push(message);
        for (const other of open)
          if (other !== channel) other.onmessage?.({ data: message } as MessageEvent);
      },
      close() {
        open.delete(channel);
      },
    };
    open.add(channel);
    return channel;
  };
  return { create, open, sent };
}

/** One `storage` event target per tab; `deliver` plays a write made in another tab. */
function storageEvents() {
  const listeners = new Set<(event: StorageEvent) => void>();
  return {
    target: {
      addEventListener: (_type: string, listener: (event: StorageEvent) => void) =>
        void listeners.add(listener),
      removeEventListener: (_type: string, listener: (event: StorageEvent) => void) =>
        void listeners.delete(listener),
    } as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>,
    deliver: (init: { key: string | null; newValue: string | null }) => {
      for (const listener of [...listeners]) listener(init as StorageEvent);
    },
    count: () => listeners.size,
  };
}

function tab(overrides: Partial<CrossTabOptions> = {}) {
  const store = overrides.store ?? new TokenStore(createMemoryStorage(), TEST_CLIENT_ID);
  const handlers = {
    signedOutElsewhere: vi.fn(),
    sessionWritten: vi.fn(),
    sessionRemoved: vi.fn(),
  };
  const sync = new CrossTabSync(
    {
      clientId: TEST_CLIENT_ID,
      store,
      shared: false,
      createChannel: null,
      eventTarget: null,
      signalStorage: null,
      now: () => 0,
      ...overrides,
    },
    handlers,
  );
  return { sync, handlers, store };
}

const stored = (): StoredSession => ({ tokens: mintTokens(), signInMethod: 'password' });

describe('over a BroadcastChannel', () => {
  it('tells the other tab of a sign-out, with its reason, and never sends a token', () => {
    const bus = channelBus();
    // Shared storage: an expiry elsewhere is the expiry of this tab's token too (finding 3 below).
    const a = tab({ createChannel: bus.create, shared: true });
    const b = tab({ createChannel: bus.create, shared: true });
    a.sync.connect();
    b.sync.connect();
    a.sync.broadcast({ type: 'signedOut', reason: 'expired' });
    expect(b.handlers.signedOutElsewhere).toHaveBeenCalledWith('expired');
    expect(a.handlers.signedOutElsewhere).not.toHaveBeenCalled();
    expect(bus.sent).toEqual([{ type: 'signedOut', reason: 'expired', clientId: TEST_CLIENT_ID }]);
  });

  // Issue 12, finding 3: in session storage each tab has its own tokens, perhaps another person's.
  it('ignores another tab’s expiry unless storage is shared, but follows its sign-out', () => {
    const bus = channelBus();
    const a = tab({ createChannel: bus.create });
    const b = tab({ createChannel: bus.create });
    a.sync.connect();
    b.sync.connect();
    a.sync.broadcast({ type: 'signedOut', reason: 'expired' });
    expect(b.handlers.signedOutElsewhere).not.toHaveBeenCalled();
    a.sync.broadcast({ type: 'signedOut', reason: 'user' });
    expect(b.handlers.signedOutElsewhere).toHaveBeenCalledWith('user');
  });

  it('ignores another app’s messages', () => {
    const bus = channelBus();
    const b = tab({ createChannel: bus.create });
    b.sync.connect();
    bus.create().postMessage({ type: 'signedOut', clientId: 'someone-else' });
    expect(b.handlers.signedOutElsewhere).not.toHaveBeenCalled();
  });

  it('re-reads shared storage on a sign-in or refresh elsewhere, and only when shared', () => {
    const bus = channelBus();
    const storage = createMemoryStorage();
    const shared = tab({
      createChannel: bus.create,
      shared: true,
      store: new TokenStore(storage, TEST_CLIENT_ID),
    });
    const own = tab({ createChannel: bus.create });
    shared.sync.connect();
    own.sync.connect();
    const session = stored();
    shared.store.write(session);
    const sender = tab({ createChannel: bus.create });
    sender.sync.connect();
    sender.sync.broadcast({ type: 'refreshed' });
    expect(shared.handlers.sessionWritten).toHaveBeenCalledWith(
      expect.objectContaining({ tokens: session.tokens }),
    );
    expect(own.handlers.sessionWritten).not.toHaveBeenCalled();
  });

  it('connects once however often it is asked, and stops hearing after disconnect', () => {
    const bus = channelBus();
    const b = tab({ createChannel: bus.create });
    b.sync.connect();
    b.sync.connect();
    expect(bus.open.size).toBe(1);
    b.sync.disconnect();
    expect(bus.open.size).toBe(0);
    bus.create().postMessage({ type: 'signedOut', clientId: TEST_CLIENT_ID });
    expect(b.handlers.signedOutElsewhere).not.toHaveBeenCalled();
    // StrictMode connects again after a disconnect.
    b.sync.connect();
    expect(bus.open.size).toBe(2);
  });

  it('names the channel the app listens on', () => {
    expect(AUTH_CHANNEL_NAME).toBe('cra-auth');
    const create = browserChannel();
    expect(create).not.toBeNull();
    const channel = create!();
    expect((channel as unknown as BroadcastChannel).name).toBe('cra-auth');
    channel.close();
  });
});

describe('without a BroadcastChannel: the storage-event fallback', () => {
  it('pings through localStorage and leaves nothing behind', () => {
    const signalStorage = createMemoryStorage();
    const setItem = vi.spyOn(signalStorage, 'setItem');
    const a = tab({ signalStorage });
    a.sync.broadcast({ type: 'signedOut', reason: 'user' });
    expect(setItem).toHaveBeenCalledTimes(1);
    const [key, value] = setItem.mock.calls[0]!;
    expect(key).toBe(`${a.store.prefix}signal`);
    expect(JSON.parse(value)).toMatchObject({
      type: 'signedOut',
      reason: 'user',
      clientId: TEST_CLIENT_ID,
    });
    expect(value).not.toMatch(/eyJ/);
    expect(signalStorage.length).toBe(0);
  });

  it('hears another tab’s ping', () => {
    const events = storageEvents();
    const b = tab({ eventTarget: events.target, shared: true });
    b.sync.connect();
    events.deliver({
      key: `${b.store.prefix}signal`,
      newValue: JSON.stringify({ type: 'signedOut', clientId: TEST_CLIENT_ID, reason: 'expired' }),
    });
    expect(b.handlers.signedOutElsewhere).toHaveBeenCalledWith('expired');
    events.deliver({ key: `${b.store.prefix}signal`, newValue: '{not json' });
    expect(b.handlers.signedOutElsewhere).toHaveBeenCalledTimes(1);
    b.sync.disconnect();
    expect(events.count()).toBe(0);
  });

  it('sends nothing through storage while a channel exists, or when the storage throws', () => {
    const signalStorage = createMemoryStorage();
    const setItem = vi.spyOn(signalStorage, 'setItem');
    tab({ signalStorage, createChannel: channelBus().create }).sync.broadcast({ type: 'signedIn' });
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => tab({ signalStorage }).sync.broadcast({ type: 'signedIn' })).not.toThrow();
  });
});

describe('watching the shared session key', () => {
  it('reports a session written, removed, or the whole area cleared', () => {
    const events = storageEvents();
    const b = tab({ eventTarget: events.target, shared: true });
    b.sync.connect();
    const session = stored();
    b.store.write(session);
    events.deliver({ key: b.store.key, newValue: 'changed' });
    expect(b.handlers.sessionWritten).toHaveBeenCalledTimes(1);
    b.store.clear();
    events.deliver({ key: b.store.key, newValue: null });
    expect(b.handlers.sessionRemoved).toHaveBeenCalledTimes(1);
    events.deliver({ key: null, newValue: null });
    expect(b.handlers.sessionRemoved).toHaveBeenCalledTimes(2);
  });

  it('ignores other keys, and the session key when storage is not shared', () => {
    const events = storageEvents();
    const shared = tab({ eventTarget: events.target, shared: true });
    shared.sync.connect();
    events.deliver({ key: 'unrelated', newValue: 'x' });
    expect(shared.handlers.sessionWritten).not.toHaveBeenCalled();
    expect(shared.handlers.sessionRemoved).not.toHaveBeenCalled();
    const ownEvents = storageEvents();
    const unshared = tab({ eventTarget: ownEvents.target });
    unshared.sync.connect();
    ownEvents.deliver({ key: unshared.store.key, newValue: null });
    expect(unshared.handlers.sessionRemoved).not.toHaveBeenCalled();
  });
});
