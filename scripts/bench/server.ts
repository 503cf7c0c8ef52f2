/**
 * Serves a built site for the bench: the project's own static server (same headers as
 * `npm run preview`), behind a thin layer that gzips text responses as a production host does,
 * so Lighthouse and the throttled loads see compressed transfers.
 */
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createGzip } from "node:zlib";
import { siteHandler } from "../lib/site-server.ts";

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg\+xml)/;

export interface BenchServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts serving `dir` (which may not exist yet: files are looked up per request). */
export async function startBenchServer(dir: string): Promise<BenchServer> {
  const inner = createServer(siteHandler(dir, "/"));
  const innerPort = await listen(inner);
  const outer = createServer((req, res) => {
    const headers = { ...req.headers };
    delete headers["accept-encoding"];
    const upstream = request({ host: "127.0.0.1", port: innerPort, method: req.method, path: req.url, headers }, (up) => {
      const type = String(up.headers["content-type"] ?? "");
      const gzip =
        up.statusCode === 200 &&
        req.method !== "HEAD" &&
        COMPRESSIBLE.test(type) &&
        /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      const out = { ...up.headers };
      if (gzip) {
        delete out["content-length"];
        out["content-encoding"] = "gzip";
        out["vary"] = "Accept-Encoding";
      }
      res.writeHead(up.statusCode ?? 502, out);
      if (gzip) up.pipe(createGzip({ level: 6 })).pipe(res);
      else up.pipe(res);
    });
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const port = await listen(outer);
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        outer.closeAllConnections();
        inner.closeAllConnections();
        outer.close(() => inner.close(() => resolve()));
      }),
  };
}
