/**
 * `npm run deploy:nginx`: writes deploy/nginx.conf from src/lib/http-headers.ts, the one
 * statement of the site's headers. tests/lib/http-headers.test.ts fails while the file is stale.
 */
import { writeFileSync } from "node:fs";
import { nginxServerBlock } from "../src/lib/http-headers.ts";

writeFileSync("deploy/nginx.conf", nginxServerBlock());
console.log("Wrote deploy/nginx.conf");
