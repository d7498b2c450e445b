import { useEffect, useRef } from 'react';
import type { ResponseSummary } from '../../../shared/ipc/operations/request';

function toBlob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type });
}

/** An image or audio preview from the base64 preview, through a blob URL with the declared type. */
export function MediaPreview({ summary }: { summary: ResponseSummary }) {
  const media = useRef<HTMLImageElement | HTMLAudioElement | null>(null);
  const type = summary.contentType?.split(';')[0]?.trim() ?? '';
  const kind =
    summary.previewEncoding === 'base64' && /^(image|audio)\//.test(type)
      ? summary.bodyKind
      : 'none';
  useEffect(() => {
    const element = media.current;
    if (!element || (kind !== 'image' && kind !== 'audio')) return undefined;
    const url = URL.createObjectURL(toBlob(summary.preview, type));
    element.src = url;
    return () => URL.revokeObjectURL(url);
  }, [kind, summary.preview, type]);
  if (kind !== 'image' && kind !== 'audio') {
    return (
      <p className="muted">
        This body ({type || 'unknown type'}) has no preview. Save it to a file.
      </p>
    );
  }
  return (
    <div className="media-preview">
      {summary.truncated ? (
        <p className="note">
          Only the first part of the body is previewed; save it to get all of it.
        </p>
      ) : null}
      {kind === 'image' ? (
        <img ref={(element) => void (media.current = element)} alt="Response image preview" />
      ) : (
        <audio
          ref={(element) => void (media.current = element)}
          controls
          aria-label="Response audio preview"
        >
          <track kind="captions" />
        </audio>
      )}
    </div>
  );
}
