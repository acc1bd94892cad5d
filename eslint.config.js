import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';

// matchAll runs a copy of its expression, which V8 compiles again after each garbage
// collection: in the pipeline's hot loops that cost more than the matching.
const NO_MATCH_ALL = {
  selector: "CallExpression[callee.property.name='matchAll']",
  message: 'Use matchList(re, text) from src/geoparse/util/matchList.ts: matchAll recompiles its expression.',
};
const NO_SPREAD_THEN_PROPERTIES = {
  selector: 'ObjectExpression > SpreadElement:first-child ~ Property',
  message:
    'Write Object.assign({}, x, { y }) for { ...x, y }: V8 makes a hidden class per such copy (~1 µs a property).',
};

// Tests build a gazetteer entry with gazetteerEntry() (src/gazetteer/gazetteerEntry.ts): one place
// for the defaults, so a field added to GazetteerEntry is not added to a dozen hand-written copies.
const NO_HAND_BUILT_ENTRY = {
  selector:
    "ObjectExpression:has(> Property[key.name='featureCode']):has(> Property[key.name='aliases']):has(> Property[key.name='population'])" +
    ":not(CallExpression[callee.name='gazetteerEntry'] > ObjectExpression)",
  message:
    'Build a GazetteerEntry in a test with gazetteerEntry({ id, … }) from src/gazetteer/gazetteerEntry.ts.',
};

// Likewise a place feature (the geoparser's output): placeFeature() (src/types/placeFeature.ts).
const NO_HAND_BUILT_PLACE = {
  selector:
    "ObjectExpression:has(> Property[key.name='gazetteerId']):has(> Property[key.name='mentions']):has(> Property[key.name='alternatives']):has(> Property[key.name='confidence'])" +
    ":not(CallExpression[callee.name='placeFeature'] > ObjectExpression)",
  message:
    'Build a PlaceFeature in a test with placeFeature({ id, … }, geometry) from src/types/placeFeature.ts.',
};

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', '.cache', 'public', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['src/app/**/*.{ts,tsx}'], ...solid },
  {
    // The pipeline is pure: shared by the CLI and the Web Worker, it reads nothing from the app,
    // the worker or the scripts, and no Node module (tsconfig.pipeline.json checks the types).
    files: [
      'src/pipeline/**/*.ts',
      'src/geoparse/**/*.ts',
      'src/incidents/**/*.ts',
      'src/control/**/*.ts',
      'src/gazetteer/**/*.ts',
      'src/types/**/*.ts',
      'src/words/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(app|worker|scripts)(/|$)',
              message:
                'The pipeline must not import from src/app, src/worker or scripts/ (see docs/life-of-an-article.md).',
            },
            { regex: '^node:', message: 'The pipeline runs in a browser worker too: no Node modules.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', NO_MATCH_ALL],
    },
  },
  {
    // The geoparser builds an object per name, candidate and mention: there `{ ...x, y }` costs
    // ~1 µs per added property (Node 20's V8 gives each such copy a hidden class of its own) and
    // `Object.assign({}, x, { y })` ~0.1 µs, with the same keys in the same order.
    files: ['src/geoparse/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_MATCH_ALL, NO_SPREAD_THEN_PROPERTIES] },
  },
  {
    files: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_HAND_BUILT_ENTRY, NO_HAND_BUILT_PLACE] },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
