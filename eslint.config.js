// ESLint for TypeScript and Astro files (npm run lint runs it with Prettier and tsc).
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", ".build/", ".astro/", "bench/out/", "node_modules/", "tests/charts/__snapshots__/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", URL: "readonly", document: "readonly", window: "readonly" },
    },
    rules: {
      // Unused names are mistakes, except a leading underscore that says "deliberately unused".
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      // The formatter's width holds for every line, strings included; URLs and regular expressions may not be split.
      "max-len": ["error", { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true, ignorePattern: "^\\s*(import|export) .* from " }],
      "no-undef": "off", // TypeScript checks names, with the right globals for Node and the browser
    },
  },
  {
    files: ["public/**/*.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly", document: "readonly" } },
  },
);
