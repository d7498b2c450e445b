// Lint enforces the runtime layering of docs/architecture.md: renderer → shared ← electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'tls',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

const noNode = {
  paths: nodeBuiltins.map((name) => ({
    name,
    message: 'This folder must not depend on Node: only electron/ (the privileged side) may.',
  })),
  patterns: [
    {
      group: ['node:*'],
      message: 'This folder must not depend on Node: only electron/ (the privileged side) may.',
    },
  ],
};

// shared/ is pure and deterministic: time and randomness are injected (docs/architecture.md).
const injectTimeMessage =
  'shared/ is deterministic: take a clock or a random source as a parameter instead (the caller in electron/ or renderer/ injects it).';

const electronNeverImportsRenderer = {
  group: ['**/renderer/**'],
  message: 'electron/ never imports the renderer.',
};

const onlyMainImportsElectron = {
  name: 'electron',
  message:
    'Only electron/main/ and electron/preload.ts may import electron; services, web-host and cli must run under plain Node.',
};

// Renderer feature folders import one way only, so no import cycle can form between them (issue 15
// point 5). The typescript-eslint twin of the rule is used so this block never replaces the
// renderer's own `no-restricted-imports` settings above.
const rendererFeatureImports = {
  request: ['collections', 'credentials'],
  response: ['collections', 'diagram', 'signature', 'structure'],
  collections: [],
  credentials: [],
  diagram: [],
  plan: [],
  signature: [],
  structure: [],
};

const rendererFeatureLayering = Object.entries(rendererFeatureImports).map(([feature, allowed]) => {
  const banned = Object.keys(rendererFeatureImports).filter(
    (other) => other !== feature && !allowed.includes(other),
  );
  const mayImport = allowed.length ? allowed.join(', ') : 'no other feature';
  return {
    files: [`renderer/features/${feature}/**/*.{ts,tsx}`],
    ignores: ['renderer/features/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...banned.flatMap((other) => [`../${other}`, `../${other}/**`]),
                ...(feature === 'request' ? [] : ['../../send', '../../send/**']),
              ],
              message: `renderer/features/${feature} may import ${mayImport}: features import one way (request → collections, credentials; response → collections, diagram, signature, structure). Put what two features share in renderer/stores (state), renderer/api (contract helpers) or renderer/send (the one send path).`,
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      'test-results/',
      'playwright-report/',
      'e2e/.artifacts/',
      'shared/aws/catalog.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: the ones that cost nothing on today's code, plus exhaustive switches over unions.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/no-array-delete': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/no-duplicate-type-constituents': 'error',
      '@typescript-eslint/no-redundant-type-constituents': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/restrict-plus-operands': 'error',
      '@typescript-eslint/restrict-template-expressions': 'error',
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode.paths,
            { name: 'electron', message: 'shared/ is pure: no Electron.' },
            { name: 'react', message: 'shared/ is pure: no UI framework.' },
            { name: 'react-dom', message: 'shared/ is pure: no UI framework.' },
            { name: 'zustand', message: 'shared/ is pure: state stores live in renderer/stores.' },
            {
              name: 'monaco-editor',
              message: 'shared/ is pure: the editor lives in renderer/editor.',
            },
          ],
          patterns: [
            ...noNode.patterns,
            {
              group: ['react/*', 'react-dom/*', 'zustand/*', 'monaco-editor/*'],
              message:
                'shared/ is pure: no UI framework, state store or editor (they belong to renderer/).',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message:
                'shared/ imports nothing from electron/ or renderer/ (renderer → shared ← electron).',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: injectTimeMessage },
        { object: 'Math', property: 'random', message: injectTimeMessage },
        { object: 'crypto', property: 'randomUUID', message: injectTimeMessage },
        { object: 'performance', property: 'now', message: injectTimeMessage },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: injectTimeMessage,
        },
        {
          selector: "CallExpression[callee.name='Date'][arguments.length=0]",
          message: injectTimeMessage,
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode.paths,
            {
              name: 'electron',
              message:
                'The renderer reaches the privileged side only through renderer/api (the contract).',
            },
          ],
          patterns: [
            ...noNode.patterns,
            {
              group: ['**/electron/**'],
              message:
                'The renderer reaches the privileged side only through renderer/api (the contract).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].map((object) => ({
          object,
          property: 'studio',
          message:
            'Only renderer/api touches the bridge (window.studio); call the typed client from renderer/api instead.',
        })),
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload.ts', 'electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [onlyMainImportsElectron],
          patterns: [electronNeverImportsRenderer],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [onlyMainImportsElectron],
          patterns: [
            electronNeverImportsRenderer,
            {
              regex: '(^|/)main(/|$)',
              message:
                'electron/services run under plain Node for the CLI and the browser host: they never import electron/main (main wires services, not the other way).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload.ts', 'electron/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportSpecifier[imported.name=/^ipc(Main|Renderer)$/]',
          message:
            'Only electron/main/ipc.ts and electron/preload.ts touch ipcMain/ipcRenderer; everything else goes through the contract.',
        },
      ],
    },
  },
  ...rendererFeatureLayering,
);
