// The lint CI runs (npm run lint): the rules that keep the house easy to carry on.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

/** Everything outside the engine reaches it through its public entry, src/engine/index.ts. */
const ENGINE_ENTRY_ONLY = {
  target: ['./src/!(engine)/**', './src/*.ts', './commands/**', './test/!(engine)/**', './test/*.ts'],
  from: './src/engine',
  except: ['./index.ts'],
  message: 'import the engine from src/engine/index.ts, its one public entry',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'bench-results/**', 'scratch/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [ENGINE_ENTRY_ONLY] }],
    },
  },
);
