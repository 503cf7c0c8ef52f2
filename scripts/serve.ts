/**
 * A small static server for the built site, with the headers a production host should send:
 * long cache lifetimes for hashed assets, a strict Content-Security-Policy, correct types.
 * Usage: node scripts/serve.ts [dir] [--port 4321] [--host 127.0.0.1]
 */
import { createServer } from "node:http";
import { serveStatic } from "../src/lib/static-server.ts";

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i > -1 ? args[i + 1]! : fallback;
};
const dir = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist";
const port = Number(flag("--port", process.env.PORT ?? "4321"));
const host = flag("--host", "127.0.0.1");
const base = process.env.BASE_PATH ?? "/";

createServer(serveStatic(dir, base)).listen(port, host, () => {
  console.log(`Serving ${dir} at http://${host}:${port}${base}`);
});
