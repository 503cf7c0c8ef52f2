/**
 * The HTTP headers the site needs, stated once. Everything that serves or describes the site
 * is generated from this module: the <meta> Content-Security-Policy in every page (so the
 * policy travels with the page to any host), dist/_headers (Netlify, Cloudflare Pages),
 * deploy/nginx.conf, and the preview server the end-to-end tests run against.
 */

/** What a URL is, for its headers. */
export type ResourceKind =
  /** A page or download of the site: short cache, not frameable by other sites. */
  | "page"
  /** A graphic's embed page: made to be framed by any site. */
  | "embed"
  /** A file whose name carries its content hash: cached for a year, never revalidated. */
  | "hashed";

const CSP_BASE: readonly [string, string][] = [
  ["default-src", "'self'"],
  // Scripts only from our origin, never inline; styles may be inline (Astro inlines the CSS, Plot's SVG carries a <style>).
  ["script-src", "'self'"],
  ["style-src", "'self' 'unsafe-inline'"],
  ["img-src", "'self' data:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
  ["object-src", "'none'"],
];

/** Directives a <meta> policy cannot carry: browsers ignore them there (CSP3 §6.4). */
const HEADER_ONLY = new Set(["frame-ancestors", "report-uri", "report-to", "sandbox"]);

function frameAncestors(kind: ResourceKind): string {
  // Embeds go into articles on sites we do not know; nothing else of ours belongs in a frame.
  return kind === "embed" ? "*" : "'self'";
}

function csp(directives: readonly [string, string][]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join("; ");
}

/** The full policy for a kind of resource, as the Content-Security-Policy header. */
export function contentSecurityPolicy(kind: ResourceKind): string {
  return csp([...CSP_BASE, ["frame-ancestors", frameAncestors(kind)]]);
}

/** The part of the policy a <meta http-equiv> can carry: everything but frame-ancestors. */
export function metaContentSecurityPolicy(): string {
  return csp(CSP_BASE.filter(([name]) => !HEADER_ONLY.has(name)));
}

export const ONE_YEAR = 31_536_000;
/** Pages and downloads change when the data do; five minutes keeps a correction from waiting long. */
export const PAGE_MAX_AGE = 300;

export function cacheControl(kind: ResourceKind): string {
  return kind === "hashed" ? `public, max-age=${ONE_YEAR}, immutable` : `public, max-age=${PAGE_MAX_AGE}`;
}

/** Headers that are the same for every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** Every header a response of this kind carries (Content-Type aside). */
export function headersFor(kind: ResourceKind): Record<string, string> {
  return { ...COMMON_HEADERS, "Content-Security-Policy": contentSecurityPolicy(kind), "Cache-Control": cacheControl(kind) };
}

/**
 * The kind of a built file from its path relative to the site root ("_astro/a.1b2c3d4e.js",
 * "embed/x/index.html", "zh-hk/embed/x/index.html"). Astro's bundles and everything in fonts/
 * carry a content hash in their names; an embed is any page under an embed/ folder.
 */
export function kindOfPath(path: string): ResourceKind {
  const p = path.replace(/^\/+/, "");
  if (/^(.*\/)?_astro\//.test(p) || /^(.*\/)?fonts\//.test(p)) return "hashed";
  if (/^(.*\/)?embed\//.test(p)) return "embed";
  return "page";
}

/** MIME types for the files the build writes; text types carry their charset. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
};

/** Extensions of the text files the build precompresses (.gz and .br beside each). */
export const COMPRESSIBLE = [".html", ".css", ".js", ".svg", ".json", ".csv", ".xml", ".txt"] as const;

/**
 * dist/_headers for Netlify and Cloudflare Pages, from the list of built files. The two hosts
 * disagree on a header set by two matching rules (Netlify keeps one, Cloudflare joins them with
 * a comma, which for a CSP means two policies), so no header is ever set by two rules that can
 * match one path: headers common to all go on /*, the rest on the largest folders whose files
 * all share them, and on single files where a folder mixes kinds.
 */
export function netlifyHeaders(files: readonly string[], base = "/"): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  type Node = { files: Map<string, ResourceKind>; dirs: Map<string, Node> };
  const tree: Node = { files: new Map(), dirs: new Map() };
  for (const file of files) {
    const parts = file.split("/");
    let node = tree;
    for (const dir of parts.slice(0, -1)) {
      let next = node.dirs.get(dir);
      if (!next) node.dirs.set(dir, (next = { files: new Map(), dirs: new Map() }));
      node = next;
    }
    node.files.set(parts.at(-1)!, kindOfPath(file));
  }
  const kinds = (n: Node): Set<ResourceKind> => new Set([...n.files.values(), ...[...n.dirs.values()].flatMap((d) => [...kinds(d)])]);
  const rules: { path: string; kind: ResourceKind }[] = [];
  const walk = (n: Node, at: string) => {
    const k = kinds(n);
    if (k.size === 1 && at !== prefix) {
      rules.push({ path: `${at}*`, kind: [...k][0]! });
      return;
    }
    for (const [name, kind] of [...n.files].sort(([a], [b]) => a.localeCompare(b))) {
      rules.push({ path: `${at}${name}`, kind });
      // A folder's index.html is also served at the folder's own URL.
      if (name === "index.html") rules.push({ path: at, kind });
    }
    for (const [name, d] of [...n.dirs].sort(([a], [b]) => a.localeCompare(b))) walk(d, `${at}${name}/`);
  };
  walk(tree, prefix);
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n");
  const out = [
    "# Generated by the build from src/lib/http-headers.ts; edit that module, not this file.",
    block(`${prefix}*`, { ...COMMON_HEADERS }),
    ...rules.map((r) => block(r.path, { "Content-Security-Policy": contentSecurityPolicy(r.kind), "Cache-Control": cacheControl(r.kind) })),
  ];
  return out.join("\n\n") + "\n";
}

/**
 * deploy/nginx.conf: one server block, to `include` inside an `http { }` that has
 * `include mime.types;`. Placeholders: __ROOT__ (absolute path of the built site) and __PORT__.
 * add_header is not inherited by a location that sets its own, so every location states all.
 */
export function nginxServerBlock(): string {
  const adds = (kind: ResourceKind) =>
    Object.entries(headersFor(kind))
      .map(([k, v]) => `    add_header ${k} "${v}" always;`)
      .join("\n");
  const textTypes = [
    "text/css",
    "text/plain",
    "text/xml",
    "text/csv",
    "text/javascript",
    "application/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
  ];
  return `# Generated from src/lib/http-headers.ts by \`npm run deploy:nginx\`; edit that module, not this file.
# Include inside an http { } block that has \`include mime.types;\`. Replace __ROOT__ with the
# absolute path of the built site (dist/) and __PORT__ with the port to listen on.
server {
  listen __PORT__;
  root __ROOT__;
  index index.html;
  server_tokens off;
  charset utf-8;
  charset_types ${textTypes.join(" ")};
  # The build writes a .gz beside every text file; nginx sends it to clients that accept gzip.
  # (Brotli needs a module nginx-light lacks; the .br files are there for hosts that have it.)
  gzip_static on;
  gzip_vary on;
  error_page 404 /404.html;

  location / {
    try_files $uri $uri/ =404;
${adds("page")}
  }
  # A graphic's embed page, under embed/ in any language: framed by any site.
  location ~ (^|/)embed/ {
    try_files $uri $uri/ =404;
${adds("embed")}
  }
  # Content-hashed files (Astro's bundles, the font subsets): cached for a year, never revalidated.
  location ~ (^|/)(_astro|fonts)/ {
    try_files $uri =404;
${adds("hashed")}
  }
  # mime.types has no CSV; an empty types map makes default_type apply to these files.
  location ~* \\.csv$ {
    types { }
    default_type "text/csv";
    try_files $uri =404;
${adds("page")}
  }
  location = /404.html {
    internal;
${adds("page")}
  }
}
`;
}
