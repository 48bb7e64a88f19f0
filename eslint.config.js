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
      ".tmp/",
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
  {
    // A feature reaches another only through that feature's index.ts, which says what it offers.
    files: ["server/analysis/**", "server/calls/**", "server/consortium/**", "server/editing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: ["analysis", "calls", "consortium", "editing"].map((feature) => ({
            group: [`../${feature}/*`, `!../${feature}/index.js`],
            message: `import ${feature} through ../${feature}/index.js`,
          })),
        },
      ],
    },
  },
  prettier,
);
