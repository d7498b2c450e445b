import { useEffect, useRef, useState } from 'react';
import type * as Monaco from 'monaco-editor/editor/editor.api';

export type EditorLanguage = 'json' | 'xml' | 'plaintext';

/** Props of the Monaco wrapper; tests replace it with `__mocks__/CodeEditor.tsx`. */
export interface CodeEditorProps {
  value: string;
  language: EditorLanguage;
  ariaLabel: string;
  theme: 'light' | 'dark';
  readOnly?: boolean;
  /** Large text: no soft wrap and no folding, both computed for every line of a multi-megabyte body. */
  large?: boolean;
  onChange?: (value: string) => void;
  /** Ctrl/Cmd+Enter inside the editor (Monaco swallows the key before the window sees it). */
  onSubmit?: () => void;
}

type MonacoApi = typeof Monaco;

let loading: Promise<MonacoApi> | null = null;

function loadMonaco(): Promise<MonacoApi> {
  loading ??= import('./monaco').then((module) => module.monaco);
  return loading;
}

// Each of these is computed over the whole model at once and froze the window on multi-megabyte text.
function largeTextOptions(large: boolean): Monaco.editor.IEditorOptions {
  return {
    wordWrap: large ? 'off' : 'on',
    folding: !large,
    stickyScroll: { enabled: !large },
    bracketPairColorization: { enabled: !large },
    guides: { bracketPairs: false, indentation: !large },
  };
}

/** A Monaco editor loaded on demand; edits flow out through `onChange`. */
export function CodeEditor(props: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<{
    api: MonacoApi;
    editor: Monaco.editor.IStandaloneCodeEditor;
  } | null>(null);
  const latest = useRef(props);
  // What the editor holds, tracked so a multi-megabyte model is never read back just to compare.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    let disposed = false;
    let created: Monaco.editor.IStandaloneCodeEditor | null = null;
    void loadMonaco().then((api) => {
      if (disposed || !host.current) return;
      const initial = latest.current;
      created = api.editor.create(host.current, {
        value: initial.value,
        language: initial.language,
        readOnly: initial.readOnly ?? false,
        ariaLabel: initial.ariaLabel,
        automaticLayout: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        ...largeTextOptions(initial.large ?? false),
        fontSize: 12,
        tabSize: 2,
      });
      shown.current = initial.value;
      created.onDidChangeModelContent(() => {
        const onChange = latest.current.onChange;
        if (!onChange || !created) return;
        shown.current = created.getValue();
        onChange(shown.current);
      });
      created.addCommand(api.KeyMod.CtrlCmd | api.KeyCode.Enter, () => latest.current.onSubmit?.());
      setInstance({ api, editor: created });
    });
    return () => {
      disposed = true;
      created?.dispose();
    };
  }, []);

  useEffect(() => {
    instance?.editor.updateOptions(largeTextOptions(props.large ?? false));
  }, [instance, props.large]);

  useEffect(() => {
    if (!instance || shown.current === props.value) return;
    const before = shown.current;
    shown.current = props.value;
    const model = instance.editor.getModel();
    // Read-only text that grew ("Load more"): append, so the scroll position stays and only the new lines are laid out.
    if (
      model &&
      props.readOnly &&
      before &&
      props.value.length > before.length &&
      props.value.startsWith(before)
    ) {
      const end = model.getFullModelRange().getEndPosition();
      const at = new instance.api.Range(end.lineNumber, end.column, end.lineNumber, end.column);
      model.applyEdits([{ range: at, text: props.value.slice(before.length) }]);
      return;
    }
    instance.editor.setValue(props.value);
  }, [instance, props.value, props.readOnly]);

  useEffect(() => {
    const model = instance?.editor.getModel();
    if (instance && model) instance.api.editor.setModelLanguage(model, props.language);
  }, [instance, props.language]);

  useEffect(() => {
    instance?.api.editor.setTheme(props.theme === 'dark' ? 'vs-dark' : 'vs');
  }, [instance, props.theme]);

  return (
    <div className="code-editor">
      {instance ? null : <p className="muted editor-loading">Loading editor…</p>}
      <div className="code-editor-host" ref={host} />
    </div>
  );
}
