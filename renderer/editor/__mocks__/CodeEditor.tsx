import type { CodeEditorProps } from '../CodeEditor';

/** Test stand-in for the Monaco editor: a textarea with the same accessible name and value. */
export function CodeEditor(props: CodeEditorProps) {
  return (
    <textarea
      aria-label={props.ariaLabel}
      data-language={props.language}
      readOnly={props.readOnly}
      value={props.value}
      onChange={(event) => props.onChange?.(event.target.value)}
    />
  );
}
