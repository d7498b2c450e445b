/** Offers text as a file download through a blob URL (works the same in Electron and the browser). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: some engines read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers text as a download. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

// Browsers refuse canvases past about 16k pixels a side or 268M pixels in all; stay well inside.
const maxSide = 16_000;
const maxArea = 100_000_000;

/** The largest scale up to `wanted` at which a drawing of `size` still fits on a canvas. */
export function pngScale(size: { width: number; height: number }, wanted: number): number {
  const byArea = Math.sqrt(maxArea / Math.max(1, size.width * size.height));
  return Math.min(
    wanted,
    maxSide / Math.max(1, size.width),
    maxSide / Math.max(1, size.height),
    byArea,
  );
}

/** Paints the SVG drawing on a canvas at `wanted` scale (less when too big) and returns it as a PNG. */
export async function svgToPng(
  svg: string,
  size: { width: number; height: number },
  wanted = 2,
): Promise<Blob> {
  const scale = pngScale(size, wanted);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(size.width * scale);
    canvas.height = Math.ceil(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw on a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file-name stem from the model's actions: `DescribeVoices-entities`. */
export function fileStem(actions: readonly string[]): string {
  const stem = actions.join('-').replace(/[^A-Za-z0-9_-]/g, '') || 'entity';
  return `${stem.slice(0, 80)}-entities`;
}
