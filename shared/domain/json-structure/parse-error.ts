/** Malformed JSON: where it broke (1-based line and column, 0-based offset) and a short excerpt around it. */
export class StructureParseError extends Error {
  override name = 'StructureParseError';

  constructor(
    readonly reason: string,
    readonly position: {
      line: number;
      column: number;
      offset: number;
      excerpt: string;
      sampleIndex: number;
    },
  ) {
    super(
      `${reason} at line ${position.line}, column ${position.column} (offset ${position.offset}): ${position.excerpt}`,
    );
  }

  get line(): number {
    return this.position.line;
  }

  get column(): number {
    return this.position.column;
  }

  get offset(): number {
    return this.position.offset;
  }

  get excerpt(): string {
    return this.position.excerpt;
  }

  get sampleIndex(): number {
    return this.position.sampleIndex;
  }
}

const excerptRadius = 24;

/** Builds the error for `offset` in `text`; line and column are only counted here, on failure. */
export function parseErrorAt(
  text: string,
  offset: number,
  reason: string,
  sampleIndex = 0,
): StructureParseError {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < at; nl = text.indexOf('\n', nl + 1)) {
    line += 1;
    lineStart = nl + 1;
  }
  const from = Math.max(0, at - excerptRadius);
  const to = Math.min(text.length, at + excerptRadius);
  const excerpt =
    `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(
      /[\r\n\t]/g,
      ' ',
    );
  return new StructureParseError(reason, {
    line,
    column: at - lineStart + 1,
    offset: at,
    excerpt,
    sampleIndex,
  });
}
