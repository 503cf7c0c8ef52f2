/**
 * The build served by a real production server: Debian's nginx with deploy/nginx.conf, the
 * file a newsroom would include. It must pass the same checks as the preview server. Where
 * nginx is missing this fails, saying how to install it; it never passes without running.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { describeServing } from "./serving.ts";

const distDir = inject("distDir");

function findNginx(): string {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error(
    "nginx is not installed, so deploy/nginx.conf cannot be tested. Install it with `apt-get install -y nginx-light` (CI does: " +
      ".ci/run), or set NGINX_PATH to an nginx binary.",
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

let nginx: ChildProcess | undefined;
let work = "";
let base = "";

beforeAll(async () => {
  const binary = findNginx();
  const port = await freePort();
  work = mkdtempSync(join(tmpdir(), "screens-nginx-"));
  for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(work, d));
  const site = readFileSync("deploy/nginx.conf", "utf8").replaceAll("__ROOT__", distDir).replaceAll("__PORT__", `127.0.0.1:${port}`);
  writeFileSync(join(work, "site.conf"), site);
  const mimeTypes = ["/etc/nginx/mime.types", "/usr/local/nginx/conf/mime.types"].find(existsSync);
  if (!mimeTypes) throw new Error("nginx's mime.types was not found (looked in /etc/nginx and /usr/local/nginx/conf).");
  // One process in the foreground, files in a temp folder: no root, no system config touched.
  writeFileSync(
    join(work, "nginx.conf"),
    `daemon off;\nmaster_process off;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log warn;\nevents {}\nhttp {\n  include ` +
      `${mimeTypes};\n  default_type application/octet-stream;\n  access_log off;\n` +
      ["body", "proxy", "fastcgi", "uwsgi", "scgi"].map((d) => `  ${d === "body" ? "client_body" : d}_temp_path ${work}/${d};`).join("\n") +
      `\n  include ${work}/site.conf;\n}\n`,
  );
  const test = spawnSync(binary, ["-t", "-p", work, "-c", join(work, "nginx.conf")], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejects deploy/nginx.conf:\n${test.stderr}`);
  nginx = spawn(binary, ["-p", work, "-c", join(work, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  nginx.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  base = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 100 || nginx.exitCode !== null)
      throw new Error(
        `nginx did not start:\n${stderr}${existsSync(join(work, "error.log")) ? readFileSync(join(work, "error.log"), "utf8") : ""}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
});

afterAll(() => {
  nginx?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

describeServing(
  "nginx with deploy/nginx.conf",
  () => distDir,
  () => base,
  { brotli: false },
);
