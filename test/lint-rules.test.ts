import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Fixture text is linted as if it were a real file of the area, so the area's rules apply to it.
const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const cases: { area: string; filePath: string; code: string; rule: string; says: string }[] = [
  {
    area: 'shared/ imports no state store',
    filePath: 'shared/ipc/define.ts',
    code: "import { create } from 'zustand';\nexport const store = create(() => ({}));\n",
    rule: 'no-restricted-imports',
    says: 'state stores live in renderer/stores',
  },
  {
    area: 'shared/ imports no editor',
    filePath: 'shared/ipc/define.ts',
    code: "import type { editor } from 'monaco-editor';\nexport type E = editor.IEditor;\n",
    rule: 'no-restricted-imports',
    says: 'the editor lives in renderer/editor',
  },
  {
    area: 'shared/ imports no UI framework',
    filePath: 'shared/ipc/define.ts',
    code: "import { useState } from 'react';\nexport const hook = useState;\n",
    rule: 'no-restricted-imports',
    says: 'no UI framework',
  },
  {
    area: 'shared/ reads no clock',
    filePath: 'shared/ipc/define.ts',
    code: 'export const now = (): number => Date.now();\n',
    rule: 'no-restricted-properties',
    says: 'take a clock or a random source as a parameter',
  },
  {
    area: 'shared/ makes no current date',
    filePath: 'shared/ipc/define.ts',
    code: 'export const now = (): Date => new Date();\n',
    rule: 'no-restricted-syntax',
    says: 'take a clock or a random source as a parameter',
  },
  {
    area: 'shared/ draws no random numbers',
    filePath: 'shared/ipc/define.ts',
    code: 'export const dice = (): number => Math.random();\n',
    rule: 'no-restricted-properties',
    says: 'take a clock or a random source as a parameter',
  },
  {
    area: 'electron/services never import electron/main',
    filePath: 'electron/services/catalog/handlers.ts',
    code: "import { registerIpc } from '../../main/ipc';\nexport const x = registerIpc;\n",
    rule: 'no-restricted-imports',
    says: 'never import electron/main',
  },
  {
    area: 'only renderer/api touches window.studio',
    filePath: 'renderer/main.tsx',
    code: 'export const bridge: unknown = window.studio;\n',
    rule: 'no-restricted-properties',
    says: 'Only renderer/api touches the bridge',
  },
  {
    area: 'a switch over a union names every member (a new fix kind fails here)',
    filePath: 'shared/ipc/define.ts',
    code:
      "type Kind = 'rename' | 'restore' | 'draft';\n" +
      'export function weight(kind: Kind): number {\n' +
      "  switch (kind) {\n    case 'rename':\n      return 1;\n    case 'restore':\n      return 2;\n" +
      '    default:\n      return 0;\n  }\n}\n',
    rule: '@typescript-eslint/switch-exhaustiveness-check',
    says: 'Cases not matched: "draft"',
  },
];

describe('layering lint rules', () => {
  // The first lint builds the TypeScript program for the type-aware rules; later ones reuse it.
  beforeAll(() => problems('shared/ipc/define.ts', 'export {};\n'), 180_000);

  it.each(cases)(
    '$area',
    async ({ filePath, code, rule, says }) => {
      const found = await problems(filePath, code);
      expect(found.filter((p) => p.startsWith(`${rule}: `) && p.includes(says))).toHaveLength(1);
    },
    60_000,
  );

  it('lets shared/ take an injected clock and dates from values', async () => {
    const code =
      'export const at = (clock: () => Date): string => clock().toISOString();\n' +
      'export const parse = (ms: number): Date => new Date(ms);\n';
    expect(await problems('shared/ipc/define.ts', code)).toEqual([]);
  });
});
