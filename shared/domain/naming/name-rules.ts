import { isReservedWord } from './reserved-words';
import { isIdentifier, maxNameLength, repairName, uniqueName } from './identifiers';
import type { FindingElement, NamingFinding, PlanFix } from './types';

export interface NameRuleContext {
  element: FindingElement;
  /** What the name is, in words (`entity`, `attribute of Voice`). */
  what: string;
  /** Names already used in the same namespace, for a unique fix. */
  taken: readonly string[];
  /** Prefix for a reserved word (`Voice` makes `Id` into `VoiceId`). */
  prefix: string;
  fix: (to: string) => PlanFix;
}

/** A valid, unique replacement for a name, or undefined when none can be made. */
export function suggestName(
  name: string,
  context: Pick<NameRuleContext, 'taken' | 'prefix'>,
): string | undefined {
  const repaired = repairName(name, { prefix: context.prefix, isUpperFirst: true });
  const others = context.taken.filter((taken) => taken !== name);
  const unique = uniqueName(
    (/[A-Za-z]/.test(repaired) ? repaired : `${context.prefix}Name`).slice(0, maxNameLength),
    others,
  );
  return isIdentifier(unique) && !isReservedWord(unique) ? unique : undefined;
}

/** N01, N02, N03 and N08 (upper-case first letter) for one name, with a rename fix. */
export function checkName(name: string, context: NameRuleContext): NamingFinding[] {
  const broken: Array<[NamingFinding['rule'], NamingFinding['severity'], string]> = [];
  if (name.length < 1 || name.length > maxNameLength) {
    broken.push([
      'N02',
      'error',
      `The ${context.what} name has ${name.length} characters; Studio Pro accepts 1 to 255.`,
    ]);
  }
  if (name.length > 0 && !isIdentifier(name)) {
    broken.push([
      'N01',
      'error',
      `The ${context.what} name "${name}" is not valid: start with a letter or _, then use only letters, digits and _.`,
    ]);
  }
  if (isReservedWord(name)) {
    broken.push([
      'N03',
      'error',
      `"${name}" is a reserved word in Mendix, so it cannot name an ${context.what}.`,
    ]);
  }
  // A leading `_` is Studio Pro's own escape of a reserved word (`_Owner`), kept by the product's names.
  if (broken.length === 0 && !/^_*[A-Z]/.test(name)) {
    broken.push([
      'N08',
      'warning',
      `The ${context.what} name "${name}" should be UpperCamelCase (start with a capital letter).`,
    ]);
  }
  if (broken.length === 0) return [];
  // The fix looks at every name in the namespace: made only for a name that breaks a rule, so
  // checking n valid names stays linear (it was made for every name: n² on wide entities).
  const suggestion = suggestName(name, context);
  const quickFix =
    suggestion !== undefined && suggestion !== name
      ? { label: `Rename to ${suggestion}`, fix: context.fix(suggestion) }
      : undefined;
  return broken.map(([rule, severity, message]) => ({
    rule,
    severity,
    element: context.element,
    message,
    ...(quickFix ? { quickFix } : {}),
  }));
}

/** N06 for every name used more than once in one namespace (ignoring case), with a fix for each later use. */
export function checkUnique(
  items: ReadonlyArray<{ element: FindingElement; name: string; fix: (to: string) => PlanFix }>,
  what: string,
  alsoTaken: readonly string[] = [],
): NamingFinding[] {
  const seen = new Set<string>();
  // Every name in use, lower-case, built once; each suggestion joins it, so two later uses of one
  // name get different suggestions (`Foo_2`, `Foo_3`).
  const used = new Set(
    [...items.map((item) => item.name), ...alsoTaken].map((n) => n.toLowerCase()),
  );
  const findings: NamingFinding[] = [];
  for (const item of items) {
    const lower = item.name.toLowerCase();
    if (!seen.has(lower)) {
      seen.add(lower);
      continue;
    }
    const to = uniqueName(item.name, used);
    used.add(to.toLowerCase());
    findings.push({
      rule: 'N06',
      severity: 'error',
      element: item.element,
      message: `Another ${what} is already named "${item.name}" (Studio Pro ignores case); names must be unique.`,
      ...(isIdentifier(to) ? { quickFix: { label: `Rename to ${to}`, fix: item.fix(to) } } : {}),
    });
  }
  return findings;
}
