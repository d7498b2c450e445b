const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for XML content and attribute values. Names come from untrusted response keys, so
 * every string goes through here; characters XML 1.0 forbids are dropped.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these control characters outright.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (c) => entities[c] ?? c)
  );
}

/** Formats a coordinate with at most one decimal, so drawings are stable and small. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
