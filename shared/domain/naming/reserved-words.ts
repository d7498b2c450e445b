/**
 * Words Studio Pro refuses as names of entities, attributes and associations, compared
 * case-insensitively (MENDIX.md section 3, from the Mendix reference guide).
 */
export const reservedWords: ReadonlySet<string> = new Set([
  'abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'changedby', 'changeddate',
  'char', 'class', 'con', 'const', 'context', 'continue', 'createddate', 'currentuser', 'default',
  'do', 'double', 'else', 'empty', 'enum', 'extends', 'false', 'final', 'finally', 'float', 'for',
  'goto', 'guid', 'id', 'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long',
  'mendixobject', 'native', 'new', 'null', 'object', 'owner', 'package', 'private', 'protected',
  'public', 'return', 'short', 'static', 'strictfp', 'submetaobjectname', 'super', 'switch',
  'synchronized', 'this', 'throw', 'throws', 'transient', 'true', 'try', 'type', 'void',
  'volatile', 'while',
]);

/** Whether a name is a Mendix reserved word, ignoring case. */
export function isReservedWord(name: string): boolean {
  return reservedWords.has(name.toLowerCase());
}
