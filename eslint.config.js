// @ts-check
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

/** One lint for server, client, tests and bench; formatting is Prettier's alone. */
export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".data/",
      ".cache/",
      "dist/",
      "client/dist/",
      "backups/",
      "bench/results/",
      "schema/generated/",
      "server/generated/",
      "client/src/generated/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  prettier,
);
