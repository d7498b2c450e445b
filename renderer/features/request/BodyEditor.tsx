import { CodeEditor } from '../../editor/CodeEditor';
import { useEffectiveTheme } from '../../app/use-theme';
import { useRequestStore } from '../../stores/request-store';
import { isJsonContentType } from '../../stores/build-spec';

/** The request body in Monaco, validated as JSON when the content type says JSON. */
export function BodyEditor({ onSubmit }: { onSubmit: () => void }) {
  const body = useRequestStore((state) => state.body);
  const headers = useRequestStore((state) => state.headers);
  const setField = useRequestStore((state) => state.setField);
  const theme = useEffectiveTheme();
  const language = isJsonContentType({ headers }) ? 'json' : 'plaintext';
  return (
    <div className="body-editor">
      <CodeEditor
        value={body}
        language={language}
        ariaLabel="Request body"
        theme={theme}
        onChange={(value) => setField('body', value)}
        onSubmit={onSubmit}
      />
    </div>
  );
}
