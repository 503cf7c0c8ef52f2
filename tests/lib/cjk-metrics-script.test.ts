// The Chinese pages' one inline script: it must parse (a syntax error is silent on the page, and the
// text would stay blank), and the CSP must allow exactly its text.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CJK_METRICS_FAMILY, CJK_METRICS_SCRIPT, CJK_METRICS_SCRIPT_HASH, HK_FACE_ID } from "../../src/lib/cjk-metrics-script.ts";
import { contentSecurityPolicy, metaContentSecurityPolicy } from "../../src/lib/http-headers.ts";

describe("the blank-face installer", () => {
  it("is valid JavaScript that names the blank face and the Hong Kong face's <noscript>", () => {
    expect(() => new Function(CJK_METRICS_SCRIPT)).not.toThrow();
    expect(CJK_METRICS_SCRIPT).toContain(`"${CJK_METRICS_FAMILY}"`);
    expect(CJK_METRICS_SCRIPT).toContain(`getElementById("${HK_FACE_ID}")`);
  });

  it("is allowed by its hash, in the header and in the page's policy", () => {
    const hash = `'sha256-${createHash("sha256").update(CJK_METRICS_SCRIPT).digest("base64")}'`;
    expect(CJK_METRICS_SCRIPT_HASH).toBe(hash);
    for (const policy of [contentSecurityPolicy("page"), contentSecurityPolicy("embed"), metaContentSecurityPolicy()])
      expect(policy).toContain(`script-src 'self' ${hash};`);
  });
});
