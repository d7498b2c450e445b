import { publishedModuleNames } from './published-modules';
import { isReservedWord } from './reserved-words';

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The longest name Studio Pro accepts. */
export const maxNameLength = 255;

/** Whether a text is a Mendix identifier: a letter or `_` first, then letters, digits and `_`. */
export function isIdentifier(name: string): boolean {
  return identifier.test(name);
}

/** Whether a name is usable as is: identifier syntax, 1..255 characters, not a reserved word. */
export function isValidName(name: string): boolean {
  return isIdentifier(name) && name.length <= maxNameLength && !isReservedWord(name);
}

/** Turns any text into an identifier: other characters become `_`, a leading digit gets `_`, length bounded. */
export function toIdentifier(text: string): string {
  let name = text.replace(/[^A-Za-z0-9_]/g, '_');
  if (name === '' || /^[0-9]/.test(name)) name = `_${name}`;
  return name.slice(0, maxNameLength);
}

/** Words of a text joined in UpperCamelCase (`Amazon Polly` → `AmazonPolly`, `list-tables` → `ListTables`). */
export function upperCamel(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * The module name of a connector, after the service as Amazon names it (`AWS Lambda` →
 * `AWSLambdaConnector`), or as Mendix's own connector for it is named (`AmazonS3Connector`).
 */
export function moduleNameFor(serviceFullName: string): string {
  const published = publishedModuleNames[serviceFullName];
  if (published !== undefined) return published;
  const base = upperCamel(serviceFullName.replace(/\(.*?\)/g, ' '));
  const name = /^(Amazon|AWS)/.test(base) ? base : `AWS${base}`;
  return toIdentifier(`${name}Connector`);
}

/**
 * A name not in `taken` (compared ignoring case, as Studio Pro does): the base itself, else
 * `{base}_2`, `{base}_3`, ..., kept within the length limit.
 */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLowerCase());
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, maxNameLength - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A valid replacement for a name: identifier syntax, bounded, not reserved (a reserved word gets
 * `prefix` in front, as the how-to suggests for `Id` → `VoiceId`), upper-case first letter when asked.
 */
export function repairName(
  name: string,
  options: { prefix: string; isUpperFirst: boolean },
): string {
  let repaired = toIdentifier(name);
  if (options.isUpperFirst) {
    const core = repaired.replace(/^_+(?=[A-Za-z])/, '');
    repaired = core.charAt(0).toUpperCase() + core.slice(1);
  }
  if (isReservedWord(repaired))
    repaired = toIdentifier(
      `${options.prefix}${repaired.charAt(0).toUpperCase()}${repaired.slice(1)}`,
    );
  if (isReservedWord(repaired)) repaired = `${repaired}_`;
  return repaired.slice(0, maxNameLength);
}
