import { isReservedWord } from '../naming/reserved-words';

/** One broken naming rule; `rule` is its id in docs/rules/naming.md. */
export interface NameProblem {
  rule: 'N01' | 'N02' | 'N03' | 'N06';
  message: string;
}

export interface NameValidation {
  isValid: boolean;
  problems: NameProblem[];
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Longest name Studio Pro accepts. */
export const maxNameLength = 255;

/** Cuts `base` so that `base + suffix` fits in 255 characters (for composed names like `VoiceId`, `Voice_2`). */
export function fitName(base: string, suffix = ''): string {
  return base.slice(0, maxNameLength - suffix.length) + suffix;
}

/**
 * Checks a Mendix entity, attribute or association name: identifier syntax, 1..255 characters,
 * not a reserved word, and (when `taken` is given) not already used, ignoring case as Studio Pro does.
 */
export function validateName(name: string, taken?: Iterable<string>): NameValidation {
  const problems: NameProblem[] = [];
  if (name.length < 1 || name.length > maxNameLength) {
    problems.push({
      rule: 'N02',
      message: `A name has 1 to 255 characters; this one has ${name.length}.`,
    });
  }
  if (name.length > 0 && !identifier.test(name)) {
    problems.push({
      rule: 'N01',
      message: 'A name starts with a letter or _ and has only letters, digits and _.',
    });
  }
  if (isReservedWord(name)) {
    problems.push({ rule: 'N03', message: `"${name}" is a reserved word in Mendix.` });
  }
  if (taken) {
    const lower = name.toLowerCase();
    for (const other of taken) {
      if (other.toLowerCase() === lower) {
        problems.push({ rule: 'N06', message: `The name "${name}" is already used.` });
        break;
      }
    }
  }
  return { isValid: problems.length === 0, problems };
}
