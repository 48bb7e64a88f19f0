// @ts-check
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The server's features, each behind its own index.ts. */
const features = ["analysis", "calls", "consortium", "editing"];

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
  // A feature is reached from anywhere else in the server only through its index.ts, which says
  // what it offers: one rule for each depth of folder, since the path of an import depends on it.
  ...["server/*.ts", "server/*/*.ts", "server/*/*/*.ts"].map((files, depth) => {
    const up = depth === 0 ? "./" : "../".repeat(depth);
    return {
      files: [files],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: features.map((feature) => ({
              group: [`${up}${feature}/*`, `!${up}${feature}/index.js`],
              message: `import ${feature} through ${up}${feature}/index.js`,
            })),
          },
        ],
      },
    };
  }),
  prettier,
);
