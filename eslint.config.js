// Lint rules for the whole project: typescript-eslint's recommended set, React hooks, react-three.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import r3f from '@react-three/eslint-plugin';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'assets', 'test/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, '@react-three': r3f },
    rules: {
      // The classic hook rules. The compiler-era rules (immutability, refs) flag three.js's own idiom of
      // mutating scene objects inside useFrame, which is how per-frame work stays out of React.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...r3f.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'three',
            'three/*',
            '@react-three/*',
            'mqtt',
            '*/city/*',
            '*/sensors/*',
            '*/ui/*',
            '*/xr/*',
            '*/walk/*',
            '*/app/*',
          ],
        },
      ],
    },
  },
);
