/** Font and box metrics shared by sizing and drawing, so boxes fit their text in every renderer. */
export const metrics = {
  fontSize: 12,
  /** A generous average advance for 12px sans-serif; sizing errs on the wide side. */
  charWidth: 7,
  headerLine: 18,
  attributeLine: 18,
  padding: 8,
  minWidth: 140,
  maxTextLength: 60,
  margin: 20,
} as const;

/** Cuts text that would make a box unreadably wide; the full text stays in the tooltip. */
export function clip(text: string): string {
  return text.length > metrics.maxTextLength
    ? `${text.slice(0, metrics.maxTextLength - 1)}…`
    : text;
}

/** Estimated width of a line of text in pixels. */
export function textWidth(text: string): number {
  return clip(text).length * metrics.charWidth;
}

/** Header height: the name line, plus the generalization or module line. */
export function headerHeight(hasSecondLine: boolean): number {
  return metrics.padding + metrics.headerLine * (hasSecondLine ? 2 : 1) + metrics.padding / 2;
}
