/** The bench's byte accounting and reference page. */
import { describe, expect, it } from "vitest";
import {
  documentThroughChart,
  median,
  ratio,
  ratioInterval,
  referenceFirst,
  referencePage,
  spread,
  transferFloor,
} from "../../scripts/bench/reference.ts";
import { classifyResource, compressedSizes, isCompressible, summariseResources, type Resource } from "../../scripts/bench/resources.ts";

describe("classifyResource", () => {
  it("uses the Content-Type first, then the extension", () => {
    expect(classifyResource("http://a/x", "text/html; charset=utf-8")).toBe("html");
    expect(classifyResource("http://a/x.css", "")).toBe("css");
    expect(classifyResource("http://a/_astro/x.js", "text/javascript; charset=utf-8")).toBe("js");
    expect(classifyResource("http://a/f.woff2", "font/woff2")).toBe("font");
    expect(classifyResource("http://a/favicon.svg", "image/svg+xml")).toBe("image");
    expect(classifyResource("http://a/data.csv", "text/csv")).toBe("other");
    expect(classifyResource("http://a/page/", "")).toBe("html");
  });
});

describe("compressedSizes", () => {
  it("compresses text and leaves fonts and raster images as sent", () => {
    const text = new TextEncoder().encode("<p>hello</p>".repeat(500));
    const s = compressedSizes(text, true);
    expect(s.raw).toBe(6000);
    expect(s.gzip).toBeLessThan(200);
    expect(s.brotli).toBeLessThanOrEqual(s.gzip);
    expect(compressedSizes(text, false)).toEqual({ raw: 6000, gzip: 6000, brotli: 6000 });
    expect(isCompressible("font", "http://a/f.woff2")).toBe(false);
    expect(isCompressible("image", "http://a/x.png", "image/png")).toBe(false);
    expect(isCompressible("image", "http://a/x.svg", "image/svg+xml")).toBe(true);
  });

  it("never counts more than the raw body", () => {
    const random = Uint8Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 251);
    const s = compressedSizes(random, true);
    expect(s.gzip).toBeLessThanOrEqual(64);
    expect(s.brotli).toBeLessThanOrEqual(64);
  });
});

describe("summariseResources", () => {
  it("adds up by type and counts other origins", () => {
    const r = (url: string, type: Resource["type"], raw: number): Resource => ({
      url,
      type,
      status: 200,
      raw,
      gzip: raw / 2,
      brotli: raw / 4,
    });
    const s = summariseResources(
      [r("http://s/", "html", 100), r("http://s/a.js", "js", 40), r("http://s/b.js", "js", 20), r("https://cdn.example/x.js", "js", 8)],
      "http://s",
    );
    expect(s.requests).toBe(4);
    expect(s.otherOrigin).toBe(1);
    expect(s.byType.js).toEqual({ requests: 3, raw: 68, gzip: 34, brotli: 17 });
    expect(s.total.raw).toBe(168);
  });
});

describe("referencePage", () => {
  const template = "<!doctype html><title>t</title><!-- chart -->";
  it("puts the SVG where the marker is, even with $ in it", () => {
    expect(referencePage(template, ' <svg viewBox="0 0 1 1"><text>HK$1$&</text></svg>\n')).toBe(
      '<!doctype html><title>t</title><svg viewBox="0 0 1 1"><text>HK$1$&</text></svg>',
    );
  });
  it("gives the page's language when asked", () => {
    expect(referencePage('<html lang="en"><!-- chart -->', "<svg></svg>", "zh-HK")).toBe('<html lang="zh-HK"><svg></svg>');
    expect(() => referencePage("<html><!-- chart -->", "<svg></svg>", "zh-HK")).toThrow(/lang/);
  });
  it("refuses anything but one svg", () => {
    expect(() => referencePage(template, "<div></div>")).toThrow(/svg/);
    expect(() => referencePage("<p>", "<svg></svg>")).toThrow(/marker/);
  });
});

describe("spread and the order of a pair", () => {
  it("gives the median and range of the runs that have a value, and counts those that do not", () => {
    expect(spread([900, null, 1000, 950, 1100, 980])).toEqual({ median: 980, min: 900, max: 1100, n: 5, failed: 1 });
    expect(spread([null])).toEqual({ median: null, min: null, max: null, n: 0, failed: 1 });
  });
  it("puts the reference first in every other pair", () => {
    expect([0, 1, 2, 3].map(referenceFirst)).toEqual([true, false, true, false]);
  });
});

describe("ratio and median", () => {
  it("gives null rather than Infinity or NaN", () => {
    expect(ratio(2, 1)).toBe(2);
    expect(ratio(2, 0)).toBeNull();
    expect(ratio(null, 1)).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("ratioInterval", () => {
  it("is the ratio itself when every pair is the same, and null with fewer than 3 pairs", () => {
    const i = ratioInterval([800, 800, 800, 800], [700, 700, 700, 700])!;
    expect(i.low).toBeCloseTo(800 / 700, 10);
    expect(i.high).toBeCloseTo(800 / 700, 10);
    expect(i.level).toBe(0.95);
    expect(ratioInterval([800, 800], [700, 700])).toBeNull();
    expect(ratioInterval([800, null, 800, null], [700, 700, null, 700])).toBeNull();
  });

  it("holds the ratio of medians, widens with scatter, narrows with more pairs, and is the same on every call", () => {
    const page = [780, 840, 800, 900, 770, 820, 810];
    const ref = [720, 740, 730, 735, 725, 745, 715];
    const i = ratioInterval(page, ref)!;
    const point = median(page)! / median(ref)!;
    expect(i.low).toBeLessThanOrEqual(point);
    expect(i.high).toBeGreaterThanOrEqual(point);
    expect(i.high - i.low).toBeGreaterThan(0.03);
    expect(ratioInterval(page, ref)).toEqual(i);
    const more = ratioInterval([...page, ...page, ...page, ...page], [...ref, ...ref, ...ref, ...ref])!;
    expect(more.high - more.low).toBeLessThan(i.high - i.low);
  });

  it("resamples pairs together: each page run 10% above its own reference run gives 1.1 in every resample", () => {
    // Resampled apart, the medians of a page set and a reference set would come from different
    // pairs, and this interval would span roughly 0.7-1.6.
    const ref = [600, 700, 800, 900, 1000];
    const i = ratioInterval(
      ref.map((r) => r * 1.1),
      ref,
    )!;
    expect(i.low).toBeCloseTo(1.1, 10);
    expect(i.high).toBeCloseTo(1.1, 10);
  });
});

describe("documentThroughChart and transferFloor", () => {
  const drawing = '<svg viewBox="0 0 1 1"><title id="c-title">Hong Kong&#39;s &amp; C</title><line x1="0" /></svg>';
  const html = `<html><style>p{}</style><p>Before</p><svg><title>Other</title></svg><figure>${drawing}</figure><p>After</p></html>`;

  it("cuts the document at the end of the first SVG with the chart's title, however it was re-serialised", () => {
    // What Chromium's outerHTML returns differs from the document's text: the line's closing tag,
    // the apostrophe, and on the story's sticky graphic, a copy without ids.
    const copy = '<svg viewBox="0 0 1 1"><title>Hong Kong\'s &amp; C</title><line x1="0"></line></svg>';
    const through = `<html><style>p{}</style><p>Before</p><svg><title>Other</title></svg><figure>${drawing}`;
    expect(documentThroughChart(html, copy)).toBe(through);
  });

  it("is null when the SVG has no title or the document has no SVG with that title", () => {
    expect(documentThroughChart(html, "<svg><line /></svg>")).toBeNull();
    expect(documentThroughChart(html, "<svg><title>Not here</title></svg>")).toBeNull();
  });

  it("adds the extra bytes' time at the throttled rate to the reference's", () => {
    // 9,500 bytes against 1,900 at 190,000 bytes per second: 40 ms more, on a 800 ms reference.
    const f = transferFloor(9_500, 1_900, 800, 190_000)!;
    expect(f.extraMs).toBeCloseTo(40, 6);
    expect(f.ratio).toBeCloseTo(1.05, 6);
    expect(transferFloor(1_000, 1_900, 800, 190_000)!.ratio).toBe(1);
    expect(transferFloor(9_500, 1_900, null, 190_000)).toBeNull();
    expect(transferFloor(9_500, 1_900, 800, 0)).toBeNull();
  });
});
