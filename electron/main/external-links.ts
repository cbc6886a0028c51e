/**
 * The one gate for handing a URL to the operating system. Only mail (mailto:) and secure
 * web pages (https:) pass; https URLs that hide their real host — credentials before the
 * host, internationalised look-alike hosts, bare IP numbers — are refused too.
 */
export function isAllowedExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 100_000) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0 || parsed.search.length > 0;
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname;
  if (!host.includes('.') || host.endsWith('.')) return false;
  if (host.split('.').some((label) => label.startsWith('xn--'))) return false;
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return false;
  return true;
}

export type OpenExternal = (url: string) => Promise<void>;

/** Opens an allowed URL with the given opener and reports whether it did. */
export async function openExternalSafely(url: unknown, open: OpenExternal): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await open(url);
  return true;
}
