import { useMemo, useState } from 'react';
import type { ResponseSummary } from '../../../shared/ipc/operations/request';
import { useEffectiveTheme } from '../../app/use-theme';
import { CodeEditor } from '../../editor/CodeEditor';
import { useResponseStore } from '../../stores/response-store';
import { useUiStore } from '../../stores/ui-store';
import { bodyView, isTextKind } from './body-text';
import { formatBytes } from './format';
import { GrowingJsonFormat } from './format-json';
import { MediaPreview } from './MediaPreview';
import { maxHeldBytes } from './use-load-more';

// Above this many characters Monaco's wrapping and folding froze the window for a second.
const largeText = 512 * 1024;

interface ResponseBodyProps {
  summary: ResponseSummary;
  onLoadMore: () => void;
}

/** The response body: text kinds in a read-only editor, media as a preview, HTML never rendered live. */
export function ResponseBody({ summary, onLoadMore }: ResponseBodyProps) {
  const extraText = useResponseStore((state) => state.extraText);
  const loadedBytes = useResponseStore((state) => state.loadedBytes);
  const shownChars = useResponseStore((state) => state.shownChars);
  const xmlAsJson = useUiStore((state) => state.xmlAsJson);
  const setXmlAsJson = useUiStore((state) => state.setXmlAsJson);
  const theme = useEffectiveTheme();
  // Each "Load more" appends to the body: only the new range is formatted, not megabytes again.
  const [growing] = useState(() => new GrowingJsonFormat());
  const view = useMemo(() => {
    if (!isTextKind(summary.bodyKind)) return null;
    const formatJson = (text: string) => growing.format(text);
    return bodyView(summary, { extraText, loadedBytes, shownChars, xmlAsJson, formatJson });
  }, [growing, summary, extraText, loadedBytes, shownChars, xmlAsJson]);

  if (summary.bodyKind === 'empty') return <p className="muted">The response has no body.</p>;
  if (!view) return <MediaPreview summary={summary} />;
  // Colouring a multi-megabyte body tokenizes every line on the main thread (about 0.4 s per 2 MB
  // measured in the 100 MB e2e): large text is shown as plain text, as editors do for large files.
  const large = view.text.length > largeText;
  return (
    <section className="response-body" aria-label="Response body">
      <div className="toolbar">
        {summary.bodyKind === 'xml' && summary.xmlAsJson !== undefined ? (
          <label className="toggle">
            <input
              type="checkbox"
              checked={xmlAsJson}
              onChange={(event) => setXmlAsJson(event.target.checked)}
            />
            Show XML as JSON
          </label>
        ) : null}
        {large ? (
          <span className="note">
            Over {formatBytes(largeText)}: shown without colouring or folding, to keep the window
            responsive
          </span>
        ) : null}
        {view.complete ? null : (
          <>
            <span className="note">
              Showing about{' '}
              {formatBytes(Math.min(shownChars, summary.preview.length + extraText.length))} of{' '}
              {formatBytes(summary.size)}
            </span>
            {loadedBytes >= maxHeldBytes &&
            shownChars >= summary.preview.length + extraText.length ? (
              <span className="note">
                (the editor holds at most {formatBytes(maxHeldBytes)}: Save body gives the whole
                response)
              </span>
            ) : (
              <button type="button" onClick={onLoadMore}>
                Load more
              </button>
            )}
          </>
        )}
      </div>
      <CodeEditor
        value={view.text}
        language={large ? 'plaintext' : view.language}
        ariaLabel="Response body editor"
        theme={theme}
        readOnly
        large={large}
      />
    </section>
  );
}
