/**
 * html-validate's config for the built pages (checked by tests/e2e/gates.test.ts and by
 * `npx html-validate dist`). html-validate reads only `.htmlvalidate.{json,mjs,cjs,js}`; this is
 * the .mjs form so each departure from the recommended preset carries its reason.
 */
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // Plot writes these on every chart's root <svg> (font-family, font-size, background,
    // overflow); `display` is the rule's default. Any other inline style is still an error.
    "no-inline-style": ["error", { allowedProperties: ["display", "font-family", "font-size", "background", "overflow"] }],
    // Astro keeps template indentation (compressHTML is off, see astro.config.mjs), leaving
    // blanks at line ends; they change nothing a reader or a parser sees.
    "no-trailing-whitespace": "off",
    // A scrollable table sits in <div role="region" tabindex="0" aria-labelledby=...>, the
    // accessible pattern for keyboard scrolling; a <section> would add an outline entry per table.
    "prefer-native-element": ["error", { exclude: ["region"] }],
    // Page titles are the paper's figure and table titles, some over 70 characters; length is an
    // editorial choice (search engines truncate, they do not reject), not validity.
    "long-title": "off",
  },
};
