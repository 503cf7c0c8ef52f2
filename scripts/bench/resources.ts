/** What a page costs over the wire: requests grouped by type, raw and compressed. */
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const RESOURCE_TYPES = ["html", "css", "js", "font", "image", "other"] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export interface Sizes {
  /** Bytes of the body as served, before any content encoding. */
  raw: number;
  /** gzip at level 6 (zlib's default, what most servers send on the fly); the budgets use this one. */
  gzip: number;
  /** Brotli at quality 11, as a host that precompresses static files would serve. */
  brotli: number;
}

export interface Resource extends Sizes {
  url: string;
  type: ResourceType;
  status: number;
}

export interface ResourceSummary {
  requests: number;
  /** Requests to an origin other than the page's. */
  otherOrigin: number;
  total: Sizes;
  byType: Record<ResourceType, Sizes & { requests: number }>;
}

/** The type of a response, from its Content-Type, falling back to the URL's extension. */
export function classifyResource(url: string, contentType = ""): ResourceType {
  const mime = contentType.split(";")[0]!.trim().toLowerCase();
  if (mime === "text/html" || mime === "application/xhtml+xml") return "html";
  if (mime === "text/css") return "css";
  if (/^(text|application)\/(javascript|ecmascript|x-javascript)$/.test(mime)) return "js";
  if (mime.startsWith("font/") || mime === "application/font-woff" || mime === "application/vnd.ms-fontobject") return "font";
  if (mime.startsWith("image/")) return "image";
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url, "http://x/").pathname)?.[1]?.toLowerCase() ?? "";
  if (ext === "html" || ext === "htm" || new URL(url, "http://x/").pathname.endsWith("/")) return "html";
  if (ext === "css") return "css";
  if (ext === "js" || ext === "mjs") return "js";
  if (["woff2", "woff", "ttf", "otf", "eot"].includes(ext)) return "font";
  if (["svg", "png", "jpg", "jpeg", "gif", "webp", "avif", "ico"].includes(ext)) return "image";
  return "other";
}

/** Whether a body is worth compressing: fonts and raster images are compressed already. */
export function isCompressible(type: ResourceType, url: string, contentType = ""): boolean {
  if (type === "font") return false;
  if (type === "image") return /svg/i.test(contentType) || /\.svg$/i.test(new URL(url, "http://x/").pathname);
  return true;
}

/** Raw, gzip and Brotli sizes of a body; already-compressed formats count as sent. */
export function compressedSizes(body: Uint8Array, compressible: boolean): Sizes {
  const raw = body.byteLength;
  if (!compressible || raw === 0) return { raw, gzip: raw, brotli: raw };
  const gzip = gzipSync(body, { level: 6 }).byteLength;
  const brotli = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw },
  }).byteLength;
  // A server sends the body unencoded when encoding would not make it smaller.
  return { raw, gzip: Math.min(gzip, raw), brotli: Math.min(brotli, raw) };
}

function zero(): Sizes & { requests: number } {
  return { requests: 0, raw: 0, gzip: 0, brotli: 0 };
}

export function summariseResources(resources: readonly Resource[], pageOrigin: string): ResourceSummary {
  const byType = Object.fromEntries(RESOURCE_TYPES.map((t) => [t, zero()])) as Record<ResourceType, Sizes & { requests: number }>;
  const total: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  let otherOrigin = 0;
  for (const r of resources) {
    const t = byType[r.type];
    t.requests += 1;
    for (const k of ["raw", "gzip", "brotli"] as const) {
      t[k] += r[k];
      total[k] += r[k];
    }
    if (/^https?:/.test(r.url) && new URL(r.url).origin !== pageOrigin) otherOrigin += 1;
  }
  return { requests: resources.length, otherOrigin, total, byType };
}
