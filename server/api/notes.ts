/**
 * Where the per-identity notes live. Locally (and in tests) a Map in the process; deployed, a DynamoDB
 * table keyed by identity id (NOTES_TABLE, set by the CDK app). The IAM role already limits each
 * identity to its own path, and the handler checks the path against the signer again, so the table
 * needs no per-item policy: only the handler's function role can touch it.
 */
export interface Note {
  text: string;
  updatedAt: string;
}

export interface NoteStore {
  get(identityId: string): Promise<Note | undefined>;
  put(identityId: string, note: Note): Promise<void>;
}

export function memoryNoteStore(): NoteStore {
  const notes = new Map<string, Note>();
  return {
    get: async (identityId) => notes.get(identityId),
    put: async (identityId, note) => {
      notes.set(identityId, note);
    },
  };
}

/** DynamoDB through the SDK the Lambda bundle carries; imported only when a table is configured. */
export function dynamoNoteStore(tableName: string): NoteStore {
  const client = import('@aws-sdk/client-dynamodb').then((sdk) => ({
    sdk,
    db: new sdk.DynamoDBClient({}),
  }));
  return {
    async get(identityId) {
      const { sdk, db } = await client;
      const { Item } = await db.send(
        new sdk.GetItemCommand({
          TableName: tableName,
          Key: { identityId: { S: identityId } },
          ConsistentRead: true,
        }),
      );
      if (!Item?.text?.S || !Item.updatedAt?.S) return undefined;
      return { text: Item.text.S, updatedAt: Item.updatedAt.S };
    },
    async put(identityId, note) {
      const { sdk, db } = await client;
      await db.send(
        new sdk.PutItemCommand({
          TableName: tableName,
          Item: {
            identityId: { S: identityId },
            text: { S: note.text },
            updatedAt: { S: note.updatedAt },
          },
        }),
      );
    },
  };
}

let configured: NoteStore | undefined;

/** The store for this process: DynamoDB when NOTES_TABLE is set (Lambda), memory otherwise. */
export function noteStore(): NoteStore {
  configured ??= process.env.NOTES_TABLE
    ? dynamoNoteStore(process.env.NOTES_TABLE)
    : memoryNoteStore();
  return configured;
}
