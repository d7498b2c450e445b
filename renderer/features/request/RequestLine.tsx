import { useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

interface RequestLineProps {
  onSend: () => void;
  onCancel: () => void;
  onPreview: () => void;
}

/** Method, path, and the Send / Cancel / Preview signature buttons. */
export function RequestLine({ onSend, onCancel, onPreview }: RequestLineProps) {
  const method = useRequestStore((state) => state.method);
  const path = useRequestStore((state) => state.path);
  const setField = useRequestStore((state) => state.setField);
  const loading = useResponseStore((state) => state.loading);
  const choices = methods.includes(method) ? methods : [...methods, method];
  return (
    <div className="request-line">
      <select
        aria-label="Method"
        value={method}
        onChange={(event) => setField('method', event.target.value)}
      >
        {choices.map((item) => (
          <option key={item}>{item}</option>
        ))}
      </select>
      <input
        className="path-input"
        aria-label="Path"
        value={path}
        spellCheck={false}
        onChange={(event) => setField('path', event.target.value)}
      />
      {loading ? (
        <button type="button" className="danger" onClick={onCancel}>
          Cancel
        </button>
      ) : (
        <button
          type="button"
          className="primary"
          onClick={onSend}
          title="Send (Ctrl/Cmd+Enter)"
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Send
        </button>
      )}
      <button type="button" onClick={onPreview}>
        Preview signature
      </button>
    </div>
  );
}
