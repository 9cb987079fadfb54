// ESLint for the whole repository: typescript-eslint with type information (every linted file
// belongs to tsconfig.json, web/tsconfig.json or, for the few loose scripts, the default project),
// the rules of hooks for the web app, and the import boundaries the layout promises:
// api modules talk through their index, only analyzer/src/index.ts is the analyzer's public
// entry, web features never import each other and shared code never imports features or app/.
// Formatting is Prettier's job (`prettier --check .`), so eslint-config-prettier comes last.
import { readdirSync } from 'node:fs';
import path from 'node:path';

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/**
 * The folders directly under `dir`, read when the config loads so a new module or feature is covered at once.
 * @param {string} dir
 */
function foldersIn(dir) {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const apiModules = foldersIn('api/src/modules');
const webFeatures = foldersIn('web/src/features');

// A file in api/src/modules/A may import api/src/modules/B only through B/index.ts.
const apiModuleZones = apiModules.map((name) => ({
  target: `./api/src/modules/${name}`,
  from: apiModules.filter((other) => other !== name).map((other) => `./api/src/modules/${other}`),
  except: ['./index.ts'],
  message: `Modules talk to each other through their index: import from '../<module>/index.js', and re-export there what ${name} needs.`,
}));

// Only analyzer/src/index.ts is public; tests/ is exempt (it unit-tests the internals).
const analyzerZone = {
  target: ['./api', './scripts', './web', './bin'],
  from: './analyzer/src',
  except: ['./index.ts'],
  message: "The analyzer's public entry is analyzer/src/index.ts: export what you need from there.",
};

// Web imports flow one way: shared (lib, components, types) -> features -> app.
const webFeatureZones = webFeatures.map((name) => ({
  target: `./web/src/features/${name}`,
  from: webFeatures.filter((other) => other !== name).map((other) => `./web/src/features/${other}`),
  message: 'Web features never import each other: move what both need to web/src/lib or web/src/components, or compose them in app/.',
}));
const webSharedZone = {
  target: ['./web/src/lib', './web/src/components', './web/src/types'],
  from: ['./web/src/features', './web/src/app'],
  message: 'Shared web code (lib, components, types) never imports features or app/.',
};

export default tseslint.config(
  {
    // Generated, vendored, built and data files; the learner-facing Python lives in problems/.
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'web/dist/**',
      'coverage/**',
      'artifacts/**',
      'data/**',
      'migrations/**',
      'analyzer/src/detectors/queries.generated.ts',
      'web/src/types/api.generated.ts',
      'tests/reliability/fixtures/**',
      '.scratch-*/**',
      '.hostile-data-*/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: {
        projectService: {
          // The loose JavaScript files outside both tsconfig projects get the root compiler options.
          allowDefaultProject: ['eslint.config.js', 'bin/*.js', 'scripts/*.mjs', 'api/src/modules/judge/*.mjs'],
          defaultProject: 'tsconfig.json',
        },
        tsconfigRootDir: root,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Which files import-x parses to follow imports (no-cycle needs the TypeScript parser for them).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/external-module-folders': importX.flatConfigs.typescript.settings['import-x/external-module-folders'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'web/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: [...apiModuleZones, analyzerZone, ...webFeatureZones, webSharedZone] }],
      // Fastify awaits a plugin or hook only when it returns a promise (a plugin that neither does nor
      // calls `done` hangs registration), and interfaces such as the cache's are promise-based by
      // contract; `async` without `await` is the right shape there, so this rule only adds noise.
      '@typescript-eslint/require-await': 'off',
      // `_`-prefixed names mark deliberately unused parameters and destructured leftovers.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The web app's component tests belong to web/tsconfig.json, but the project service would pick
    // the nearest tsconfig.json (the root one, which excludes them), so they name their project.
    files: ['tests/web/components/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false, project: './web/tsconfig.json', tsconfigRootDir: root } },
  },
  {
    // Tests read JSON response bodies (`res.json()`) and fixture files, which are `any` by nature;
    // asserting on them is the point of the test, so the any-tracking rules are off there (and a
    // helper may say `any` for such a body).
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Cycles only among our own sources; the resolver follows each import, so it is scoped.
    files: ['api/src/**/*.ts', 'analyzer/src/**/*.ts', 'web/src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}', 'tests/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['web/src/**/*.{ts,tsx}', 'tests/web/components/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  prettier,
);
