import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['media/webview/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // UI checks run in Node but hand callbacks to page.evaluate(), which run in the workbench page.
    files: ['test/e2e/**/*.mjs', 'test/harness/workbench.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The core runs in Node, the CLI and tests: it must never reach for the editor.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core is pure: pass plain options in from src/extension.' }] }],
    },
  },
);
