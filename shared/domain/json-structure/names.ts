/** Mendix reserved words (docs/rules/naming.md#n03), lower-case; compared case-insensitively. */
export const reservedWords: ReadonlySet<string> = new Set(
  (
    'abstract assert boolean break byte case catch changedby changeddate char class con const context ' +
    'continue createddate currentuser default do double else empty enum extends false final finally float ' +
    'for goto guid id if implements import instanceof int interface long mendixobject native new null ' +
    'object owner package private protected public return short static strictfp submetaobjectname super ' +
    'switch synchronized this throw throws transient true try type void volatile while'
  ).split(' '),
);

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether `name` is a Mendix reserved word, in any case. */
export function isReservedWord(name: string): boolean {
  // Reserved words are 2 to 17 ASCII letters: an ASCII name with anything else needs no lower-cased copy.
  // (Non-ASCII goes the long way: the Kelvin sign lower-cases to `k`.)
  if (name.length < 2 || name.length > 17) return false;
  for (let k = 0; k < name.length; k += 1) {
    const c = name.charCodeAt(k);
    if (c > 127) break;
    const lower = c | 32;
    if (lower < 97 || lower > 122) return false;
  }
  return reservedWords.has(name.toLowerCase());
}

/** Why an exposed name is changed from its JSON key. */
export type RenameReason = 'invalid' | 'reserved';

/** The exposed name Studio Pro derives from a JSON key (docs/rules/json-structure.md, names 1 to 3), and why it differs. */
export function exposedNameOf(key: string): { name: string; reasons: RenameReason[] } {
  const reasons: RenameReason[] = [];
  let name = isNameChars(key) ? key : key.replace(/[^A-Za-z0-9_]/g, '_');
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (name === '') name = '_';
  if (name !== key) reasons.push('invalid');
  const reserved = protectReserved(name);
  if (reserved !== name) reasons.push('reserved');
  return { name: upperFirst(reserved), reasons };
}

/** Whether every character is a letter, digit or underscore: then the replace above has nothing to do. */
function isNameChars(key: string): boolean {
  for (let k = 0; k < key.length; k += 1) {
    const c = key.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95))
      return false;
  }
  return true;
}

/** Prefixes `_` while the name is a reserved word (`Id` becomes `_Id`). */
export function protectReserved(name: string): string {
  let result = name;
  while (isReservedWord(result)) result = `_${result}`;
  return result;
}

/** Upper-cases the first letter (`accessKeyId` becomes `AccessKeyId`; `_id` stays). */
export function upperFirst(name: string): string {
  const first = name.charCodeAt(0);
  // Names mostly start upper-case or with `_` already: no new string then.
  if (name.length === 0 || (first >= 65 && first <= 90) || first === 95) return name;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const unchangedPlurals = new Set([
  'data',
  'metadata',
  'series',
  'species',
  'news',
  'status',
  'alias',
  'analysis',
  'canvas',
]);

/**
 * A small English singularizer for item names: `Voices` → `Voice`, `Policies` → `Policy`,
 * `Addresses` → `Address`, `Statuses` → `Status`; words without a plural form stay as they are.
 */
export function singularize(word: string): string {
  if (unchangedPlurals.has(lastWord(word))) return word;
  const rules: [RegExp, string][] = [
    [/(alias|status|bus|address|process|class)es$/i, '$1'],
    [/([^aeiou])ies$/i, '$1y'],
    [/(ss|sh|ch|x|z|us|ses)es$/i, '$1'],
    [/(alias|status|bus)$/i, '$1'],
    [/(ss|us|is)$/i, '$1'],
    [/s$/i, ''],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** The last word of a camel-case or snake-case name, lower-cased (`ResponseMetadata` → `metadata`). */
function lastWord(word: string): string {
  const match = /[A-Z]?[a-z]*$/.exec(word);
  return (match && match[0] !== '' ? match[0] : word).toLowerCase();
}

/** The name of the item of an array named `arrayName` (Studio Pro 10): its singular, or `…Item` when that is the same word. */
export function itemNameOf(arrayName: string): string {
  const singular = singularize(arrayName);
  if (singular !== arrayName) return upperFirst(protectReserved(singular));
  // Nested anonymous arrays would otherwise grow ItemItemItem... with the depth.
  return arrayName.endsWith('Item') ? arrayName : `${arrayName}Item`;
}

/** Why a custom exposed name is not acceptable, or null when it is (identifier, length, reserved words). */
export function validateCustomName(name: string): string | null {
  if (name.length === 0) return 'A name cannot be empty.';
  if (name.length > 255) return 'A name can have at most 255 characters.';
  if (!identifier.test(name))
    return 'Use letters, digits and underscores, starting with a letter or underscore.';
  if (isReservedWord(name)) return `"${name}" is a reserved word in Mendix.`;
  return null;
}
