/** A line of an import or export report: what the target format could not hold, or what was changed on the way. */
export interface ConversionNote {
  /** `dropped`: not carried over; `changed`: carried over differently; `secret`: a secret was kept out. */
  kind: 'dropped' | 'changed' | 'secret';
  /** The request or collection part it concerns (a request name, `collection`, a variable). */
  where: string;
  message: string;
}

/** Secrets found in an import: the caller offers them to the credential store and puts its id where `ref` is used. */
export interface FoundSecret {
  /** The placeholder credential id used in the imported collection until the caller replaces it. */
  ref: string;
  label: string;
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
}
