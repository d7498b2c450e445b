// Lint enforces the runtime layering of ARCHITECTURE.md: renderer → shared ← electron.
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
          ],
          patterns: [
            ...noNode.patterns,
            {
              group: ['**/electron/**', '**/renderer/**'],
              message:
                'shared/ imports nothing from electron/ or renderer/ (renderer → shared ← electron).',
            },
          ],
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
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload.ts', 'electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [onlyMainImportsElectron],
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' },
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
