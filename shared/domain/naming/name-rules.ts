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
  const findings: NamingFinding[] = [];
  const suggestion = suggestName(name, context);
  const quickFix =
    suggestion !== undefined && suggestion !== name
      ? { label: `Rename to ${suggestion}`, fix: context.fix(suggestion) }
      : undefined;
  const add = (
    rule: NamingFinding['rule'],
    severity: NamingFinding['severity'],
    message: string,
  ) => {
    findings.push({
      rule,
      severity,
      element: context.element,
      message,
      ...(quickFix ? { quickFix } : {}),
    });
  };
  if (name.length < 1 || name.length > maxNameLength) {
    add(
      'N02',
      'error',
      `The ${context.what} name has ${name.length} characters; Studio Pro accepts 1 to 255.`,
    );
  }
  if (name.length > 0 && !isIdentifier(name)) {
    add(
      'N01',
      'error',
      `The ${context.what} name "${name}" is not valid: start with a letter or _, then use only letters, digits and _.`,
    );
  }
  if (isReservedWord(name)) {
    add(
      'N03',
      'error',
      `"${name}" is a reserved word in Mendix, so it cannot name an ${context.what}.`,
    );
  }
  // A leading `_` is Studio Pro's own escape of a reserved word (`_Owner`), kept by the product's names.
  if (findings.length === 0 && !/^_*[A-Z]/.test(name)) {
    add(
      'N08',
      'warning',
      `The ${context.what} name "${name}" should be UpperCamelCase (start with a capital letter).`,
    );
  }
  return findings;
}

/** N06 for every name used more than once in one namespace (ignoring case), with a fix for each later use. */
export function checkUnique(
  items: ReadonlyArray<{ element: FindingElement; name: string; fix: (to: string) => PlanFix }>,
  what: string,
  alsoTaken: readonly string[] = [],
): NamingFinding[] {
  const seen = new Set<string>();
  const names = [...items.map((item) => item.name), ...alsoTaken];
  const findings: NamingFinding[] = [];
  for (const item of items) {
    const lower = item.name.toLowerCase();
    if (!seen.has(lower)) {
      seen.add(lower);
      continue;
    }
    const to = uniqueName(item.name, names);
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
