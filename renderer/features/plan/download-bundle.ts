/** Offers a bundle the browser host returned (`bundle.export` → `download`) as a file download. */
export function offerDownload(
  download: { fileName: string; base64: string },
  doc: Document = document,
): void {
  const binary = atob(download.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = download.fileName;
  link.rel = 'noopener';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, so the download can start.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
