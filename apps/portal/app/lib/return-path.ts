const base = "http://portal.invalid";

/**
 * Where to send someone after a form that is on every page (like the
 * easy-read switch). Only paths on this site are allowed, so a crafted link
 * cannot use our redirect to send people to another website.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // URL normalises "/.//evil.example" to "//evil.example", which browsers read as another host.
  if (path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
