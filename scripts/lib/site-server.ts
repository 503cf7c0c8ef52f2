/**
 * Serves a built site the way production hosts are told to (src/lib/http-headers.ts): sirv
 * for the files, with the headers of each kind of file, the precompressed .br and .gz the build
 * writes beside every text file, and the site's own 404 page with status 404. Used by
 * `npm run preview`, the end-to-end tests and the bench, so they all see what readers get.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join } from "node:path";
import sirv from "sirv";
import { CONTENT_TYPES, errorPageFor, headersFor, kindOfPath } from "../../src/lib/http-headers.ts";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function setSiteHeaders(res: ServerResponse, path: string): void {
  for (const [name, value] of Object.entries(headersFor(kindOfPath(path)))) res.setHeader(name, value);
  // sirv's table gives no charset for text types other than HTML, and knows no .csv.
  const type = CONTENT_TYPES[extname(path.endsWith("/") ? `${path}index.html` : path)];
  if (type) res.setHeader("Content-Type", type);
}

/**
 * A request handler for the site built into `dir`, served under `base` ("/" or "/news/hk/").
 * Files are looked up on each request (sirv's dev mode, with production headers), so the
 * server can start before the build that fills `dir`: the build needs the port for its URLs.
 */
export function siteHandler(dir: string, base = "/"): Handler {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const files = sirv(dir, {
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ["html"],
    setHeaders: (res, pathname) => setSiteHeaders(res, pathname),
  });
  /** `path`: the missing URL's path under the base, which picks the edition's 404 page. */
  const notFound = (path: string, res: ServerResponse) => {
    const page = errorPageFor(path);
    let body: Buffer | string;
    try {
      body = readFileSync(join(dir, page));
    } catch {
      body = "Not found";
    }
    setSiteHeaders(res, "/404.html");
    res.writeHead(404).end(body);
  };
  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) return notFound("", res);
    const inner = "/" + url.pathname.slice(prefix.length);
    req.url = inner + url.search;
    files(req, res, () => notFound(inner.slice(1), res));
  };
}
