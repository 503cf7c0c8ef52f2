/**
 * URLs under the configured `base` and `site`, so the site works on any host and sub-path.
 * `href` gives a root-relative link for pages; `absolute` a full URL for embed codes and feeds.
 */
import { DEFAULT_LOCALE, isLocale, localePrefix, type Locale } from "./i18n.ts";

// Vite (Astro) sets import.meta.env; scripts run by plain Node read the same BASE_PATH the build does.
const RAW_BASE: string = import.meta.env?.BASE_URL ?? process.env.BASE_PATH ?? "/";
const BASE = RAW_BASE.endsWith("/") ? RAW_BASE : RAW_BASE + "/";

export function href(path: string): string {
  return BASE + path.replace(/^\//, "");
}

export function absolute(path: string, site: URL | undefined): string {
  if (!site) throw new Error("`site` must be set (SITE_URL) to build absolute URLs");
  return new URL(href(path), site).toString();
}

/** A root-relative link to `path` (written as for the English edition) in one edition: "charts/" -> "/zh-hk/charts/". */
export function localeHref(locale: Locale, path: string): string {
  return href(localePrefix(locale) + path.replace(/^\//, ""));
}

/** The edition a page belongs to, from its URL path under the base: /zh-hk/... is Chinese, everything else English. */
export function localeOfPath(pathname: string): Locale {
  const inner = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, "");
  const first = inner.split("/")[0] ?? "";
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** A page's path within its edition: "/zh-hk/charts/x/" -> "charts/x/"; what its counterpart in the other edition shares. */
export function pathInEdition(pathname: string): string {
  const inner = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, "");
  const locale = localeOfPath(pathname);
  return locale === DEFAULT_LOCALE ? inner : inner.slice(localePrefix(locale).length);
}
