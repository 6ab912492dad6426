/**
 * GET and PUT /iam/notes/{identityId} (AWS_IAM, signed-in identities): a short note only its own
 * identity can read and write. The role's policy already scopes the path to the caller's identity id;
 * the handler checks it again so it stays safe behind a misconfigured role.
 */
import { noteStore, type NoteStore } from '../notes';
import type { ApiGatewayProxyEvent, ApiGatewayProxyResult, ProxyHandler } from '../types';
import { iamCallerOf, json, unauthorized } from './http';

export const MAX_NOTE_LENGTH = 500;

function ownIdentity(
  event: ApiGatewayProxyEvent,
): { identityId: string } | { refusal: ApiGatewayProxyResult } {
  const caller = iamCallerOf(event);
  if (!caller) return { refusal: unauthorized() };
  if (caller.authenticationType !== 'authenticated') {
    return { refusal: json(403, { error: 'forbidden', message: 'Sign in to keep a note.' }) };
  }
  if (event.pathParameters?.identityId !== caller.identityId) {
    return {
      refusal: json(403, { error: 'forbidden', message: 'This note belongs to another identity.' }),
    };
  }
  return { identityId: caller.identityId };
}

export function noteHandlers(store: () => NoteStore = noteStore): {
  get: ProxyHandler;
  put: ProxyHandler;
} {
  return {
    get: async (event) => {
      const own = ownIdentity(event);
      if ('refusal' in own) return own.refusal;
      const note = await store().get(own.identityId);
      return json(200, {
        identityId: own.identityId,
        note: note?.text ?? null,
        updatedAt: note?.updatedAt ?? null,
      });
    },
    put: async (event) => {
      const own = ownIdentity(event);
      if ('refusal' in own) return own.refusal;
      let text: unknown;
      try {
        text = (JSON.parse(event.body ?? '') as { note?: unknown }).note;
      } catch {
        text = undefined;
      }
      if (typeof text !== 'string') {
        return json(400, {
          error: 'bad_request',
          message: 'Send JSON like {"note": "your text"}.',
        });
      }
      if (text.length > MAX_NOTE_LENGTH) {
        return json(400, {
          error: 'bad_request',
          message: `A note may be at most ${MAX_NOTE_LENGTH} characters; this one has ${text.length}.`,
        });
      }
      const note = { text, updatedAt: new Date().toISOString() };
      await store().put(own.identityId, note);
      return json(200, { identityId: own.identityId, note: note.text, updatedAt: note.updatedAt });
    },
  };
}

const defaults = noteHandlers();
export const getHandler = defaults.get;
export const putHandler = defaults.put;
