const MAX_SLUG = 80;
// Names Windows refuses as file names, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** A file-name-safe slug of a name: lower-case ASCII letters, digits and dashes, bounded length. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '');
  if (!slug) return 'request';
  return RESERVED.test(slug) ? `${slug}-request` : slug;
}

/** A slug of `name` that clashes with none of `taken`, compared case-insensitively. */
export function uniqueSlug(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((slug) => slug.toLowerCase()));
  const base = slugify(name);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, MAX_SLUG - 1 - String(n).length)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Whether a text is a slug this module could have made (guards file names read from input). */
export function isSafeSlug(slug: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) && slug.length <= MAX_SLUG + 6;
}
