/**
 * `npm run preview`: serves the built site with the headers production hosts are configured
 * to send (scripts/lib/site-server.ts). Usage: node scripts/serve.ts [dir] [--port 4321] [--host 127.0.0.1]
 */
import { createServer } from "node:http";
import { siteHandler } from "./lib/site-server.ts";

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i > -1 ? args[i + 1]! : fallback;
};
const dir = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist";
const port = Number(flag("--port", process.env.PORT ?? "4321"));
const host = flag("--host", "127.0.0.1");
const base = process.env.BASE_PATH ?? "/";

createServer(siteHandler(dir, base)).listen(port, host, () => {
  console.log(`Serving ${dir} at http://${host}:${port}${base}`);
});
