/** The longest file or folder name a bundle uses, well within every file system's limit. */
export const maxFileNameLength = 100;

// Names Windows refuses whatever the extension.
const deviceNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * Makes a user-editable name safe as one file or folder name: no path separators, no `..`, no
 * control or reserved characters, no leading dot, bounded length, never empty.
 */
export function sanitizeFileName(name: string): string {
  let safe = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go from file names
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, maxFileNameLength);
  if (safe === '' || deviceNames.test(safe)) safe = `_${safe}`;
  return safe;
}

/**
 * Sanitized file names for several names, unique ignoring case (a clash gets `-2`, `-3`, ...),
 * in the order given; equal input gives equal output.
 */
export function assignFileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = sanitizeFileName(name);
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = `-${n}`;
      candidate = `${base.slice(0, maxFileNameLength - suffix.length)}${suffix}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
