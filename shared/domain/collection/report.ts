/** A line of an import or export report: what the target format could not hold, or what was changed on the way. */
export interface ConversionNote {
  /** `dropped`: not carried over; `changed`: carried over differently; `secret`: a secret was kept out. */
  kind: 'dropped' | 'changed' | 'secret';
  /** The request or collection part it concerns (a request name, `collection`, a variable). */
  where: string;
  message: string;
  /** How many places the note stands for, when one note was grouped from many (`944 requests`). */
  count?: number;
}

/** Secrets found in an import: the caller offers them to the credential store and puts its id where `ref` is used. */
export interface FoundSecret {
  /** The placeholder credential id used in the imported collection until the caller replaces it. */
  ref: string;
  label: string;
  /**
   * `aws` (absent in older callers): an AWS key. The others keep one secret in `secretAccessKey` and a
   * non-secret name in `accessKeyId`: `bearer` (a token), `basic` (the user name), `apikey` (the key
   * name), `variable` (a secret variable's name).
   */
  kind?: 'aws' | 'bearer' | 'basic' | 'apikey' | 'variable';
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Collects notes in order. */
export class ConversionReport {
  readonly notes: ConversionNote[] = [];

  /** Adds a note. */
  add(kind: ConversionNote['kind'], where: string, message: string): void {
    this.notes.push({ kind, where, message });
  }

  /** The notes with the same kind and message grouped into one, naming how many places and the first few. */
  grouped(): ConversionNote[] {
    return groupNotes(this.notes);
  }
}

const NAMED = 3;

/** Groups notes of the same kind and message: `944 requests (A, B, C, …): bearer auth …`. */
export function groupNotes(notes: readonly ConversionNote[]): ConversionNote[] {
  const groups = new Map<
    string,
    { kind: ConversionNote['kind']; message: string; where: string[] }
  >();
  for (const note of notes) {
    const key = `${note.kind}\u0000${note.message}`;
    const group = groups.get(key) ?? { kind: note.kind, message: note.message, where: [] };
    if (!group.where.includes(note.where)) group.where.push(note.where);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ kind, message, where }) => {
    if (where.length === 1) return { kind, where: where[0] as string, message };
    const variables = where.every((w) => w.startsWith('variable '));
    const named = where
      .slice(0, NAMED)
      .map((w) => (variables ? w.slice('variable '.length) : w))
      .join(', ');
    const noun = variables ? 'variables' : 'requests';
    const more = where.length > NAMED ? ', …' : '';
    return {
      kind,
      where: `${where.length} ${noun} (${named}${more})`,
      message,
      count: where.length,
    };
  });
}
