/**
 * URLs under the configured `base` and `site`, so the site works on any host and sub-path.
 * `href` gives a root-relative link for pages; `absolute` a full URL for embed codes and feeds.
 */
const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : import.meta.env.BASE_URL + "/";

export function href(path: string): string {
  return BASE + path.replace(/^\//, "");
}

export function absolute(path: string, site: URL | undefined): string {
  if (!site) throw new Error("`site` must be set (SITE_URL) to build absolute URLs");
  return new URL(href(path), site).toString();
}
