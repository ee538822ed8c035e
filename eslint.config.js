// The lint CI runs (npm run lint): the shape of the code and the direction of its imports.
//
// Layers, lowest first: the engine (src/engine, reached only through src/engine/index.ts) ← the
// message catalogue (src/messages) ← the commands (commands/) ← operations, documents, the terminal
// and chat platforms (src/platforms) ← the composition root (src/compositionRoot.ts), the only module
// that imports a platform, and the process entries around it. Each zone below forbids one arrow
// running the wrong way; import-x resolves every import to its file, so no relative path escapes it.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

/** Everything outside the engine reaches it through its public entry, src/engine/index.ts. */
const ENGINE_ENTRY_ONLY = {
  target: ['./src/!(engine)/**', './src/*.ts', './commands/**', './test/!(engine)/**', './test/*.ts'],
  from: './src/engine',
  except: ['./index.ts'],
  message: 'import the engine from src/engine/index.ts, its one public entry',
};

/** The engine knows nothing of Relais around it: no settings, commands, operations or platforms. */
const ENGINE_STANDS_ALONE = {
  target: './src/engine/**',
  from: [
    './commands/**',
    './src/messages/**',
    './src/operations/**',
    './src/platforms/**',
    './src/cli/**',
    './src/documents/**',
    './src/bench/**',
    './src/*.ts',
  ],
  message: 'the engine imports nothing outside src/engine',
};

// Inside the engine, lowest first: language (locale, apostrophes, number words, glossary, lexicon data)
// ← analysis (tokens, stems, terms) ← corpus and search ← answer ← relaisEngine.ts and the entry index.ts.

/** The ground floor: language knowledge stands on nothing else of the engine. */
const LANGUAGE_GROUND_FLOOR = {
  target: './src/engine/language/**',
  from: './src/engine',
  except: ['./language'],
  message: 'src/engine/language is the ground floor: it imports nothing else of the engine',
};

/** Analysis turns text into terms with the language knowledge alone. */
const ANALYSIS_ON_LANGUAGE = {
  target: './src/engine/analysis/**',
  from: './src/engine',
  except: ['./language', './analysis'],
  message: 'src/engine/analysis imports only src/engine/language (and itself)',
};

/** Reading documents and indexing them know nothing of answering, nor of the engine that assembles them. */
const CORPUS_AND_INDEX_BELOW_ANSWER = {
  target: ['./src/engine/corpus/**', './src/engine/search/**'],
  from: ['./src/engine/answer', './src/engine/relaisEngine.ts', './src/engine/index.ts'],
  message: 'corpus and search do not import the answer engine, relaisEngine.ts or the engine entry',
};

/** Answering is used by the engine, never the other way round. */
const ANSWER_BELOW_ENGINE = {
  target: './src/engine/answer/**',
  from: ['./src/engine/relaisEngine.ts', './src/engine/index.ts'],
  message: 'src/engine/answer does not import relaisEngine.ts or the engine entry src/engine/index.ts',
};

/** The message catalogue only needs the engine's types. */
const MESSAGES_ABOVE_ENGINE_ONLY = {
  target: './src/messages/**',
  from: [
    './commands/**',
    './src/operations/**',
    './src/platforms/**',
    './src/cli/**',
    './src/documents/**',
    './src/bench/**',
    './src/*.ts',
  ],
  message: 'messages import only the engine',
};

/** Commands are platform-neutral: the engine and the messages, never operations, platforms or settings. */
const COMMANDS_BELOW_PLATFORMS = {
  target: './commands/**',
  from: ['./src/operations/**', './src/platforms/**', './src/cli/**', './src/documents/**', './src/bench/**', './src/*.ts'],
  message: 'commands import only the engine and the messages (operations implement their interfaces)',
};

/** Nothing imports a platform adapter but the composition root (and the adapters themselves). */
const PLATFORMS_FROM_THE_ROOT_ONLY = {
  target: ['./src/!(platforms)/**', './src/!(compositionRoot).ts', './commands/**'],
  from: './src/platforms/**',
  message: 'only src/compositionRoot.ts imports the platforms',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'bench-results/**', 'scratch/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ENGINE_ENTRY_ONLY,
            ENGINE_STANDS_ALONE,
            LANGUAGE_GROUND_FLOOR,
            ANALYSIS_ON_LANGUAGE,
            CORPUS_AND_INDEX_BELOW_ANSWER,
            ANSWER_BELOW_ENGINE,
            MESSAGES_ABOVE_ENGINE_ONLY,
            COMMANDS_BELOW_PLATFORMS,
            PLATFORMS_FROM_THE_ROOT_ONLY,
          ],
        },
      ],
      // Long sentences in strings (messages, reasons) may run on; code may not.
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      'max-lines-per-function': ['error', { max: 50, skipBlankLines: true, skipComments: true }],
      complexity: ['error', 20],
    },
  },
  {
    // The code a question runs builds arrays with Array.from, not Array.prototype.map: V8's compiled map
    // makes holey arrays where the builtin makes packed ones, so whenever a function that maps got
    // compiled, every function reading its arrays met a new hidden class and threw its own compiled
    // code away (18-21 deoptimisations per benchmark window at 10,000 documents; none with Array.from).
    files: ['src/engine/answer/**/*.ts', 'src/engine/search/**/*.ts', 'src/engine/analysis/**/*.ts', 'src/engine/reading/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='map']",
          message: 'use Array.from(items, fn): compiled Array.prototype.map returns holey arrays (see eslint.config.js)',
        },
      ],
    },
  },
  {
    // A test is a list of steps and expectations: its length says how much it checks, not how tangled it is.
    files: ['test/**/*.ts'],
    rules: { 'max-lines-per-function': 'off', complexity: 'off' },
  },
);
