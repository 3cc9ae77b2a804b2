// eslint (typescript-eslint, react-hooks) run by `npm test` with prettier --check: formatting is prettier's
// job (eslint-config-prettier turns off the rules that would disagree with it).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "out/", "coverage/", "node_modules/", "test/fixtures/", "scripts/functions-fr.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // One idea a file, one job a function (issue 16): a longer one says why in a comment on the line
    // that turns the rule off for it.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "max-lines": ["error", { max: 400, skipBlankLines: false, skipComments: false }],
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
  {
    // After eslint-config-prettier, which turns max-len off: prettier wraps code at 120 but leaves long
    // comments and strings alone. Code wraps at 120, comments at 160; a message or template is one line to
    // grep for.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "max-len": [
        "error",
        {
          code: 120,
          comments: 160,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
  {
    // The JSDoc of a custom function is its metadata (functions.json and the @fr tags of functions.fr.json):
    // each description stays on one line, as Excel shows it.
    files: ["src/functions/functions.ts"],
    rules: { "max-len": ["error", { code: 120, ignoreComments: true, ignoreStrings: true }] },
  },
);
