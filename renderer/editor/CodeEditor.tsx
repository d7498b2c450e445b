import { useEffect, useRef, useState } from 'react';
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { loadMonaco } from './load-monaco';
import type { MonacoApi } from './load-monaco';

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

// Each of these is computed over the whole model at once and froze the window on multi-megabyte text.
// Bracket matching parses the whole document for brackets on the first render (0.3 s per 2 MB in the
// 100 MB e2e), so large text matches none.
function largeTextOptions(large: boolean): Monaco.editor.IEditorOptions {
  return {
    wordWrap: large ? 'off' : 'on',
    folding: !large,
    stickyScroll: { enabled: !large },
    matchBrackets: large ? 'never' : 'always',
    guides: { bracketPairs: false, indentation: !large, highlightActiveBracketPair: !large },
    occurrencesHighlight: large ? 'off' : 'singleFile',
    selectionHighlight: !large,
    // Link detection copies the whole model to Monaco's worker first.
    links: !large,
  };
}

/** Characters of the first slice, and the bounds of every later one. */
const firstSliceChars = 64 * 1024;
const minSliceChars = 16 * 1024;
const maxSliceChars = 256 * 1024;
/** What one slice's edit may take: Monaco lays the lines out in the same task, so well under 200 ms. */
const sliceBudgetMs = 40;

/**
 * Appends `text` to the end of the model a slice per task (cut at line ends where one is near), so
 * a large body never blocks the window; stops when `current()` says a newer value replaced it.
 * Each slice is sized from the time the last one took, so a busy machine gets smaller slices.
 */
function appendInSlices(
  api: MonacoApi,
  model: Monaco.editor.ITextModel,
  text: string,
  current: () => boolean,
): void {
  let at = 0;
  let chars = firstSliceChars;
  const step = () => {
    if (!current() || model.isDisposed() || at >= text.length) return;
    let end = Math.min(text.length, at + chars);
    const newline = end < text.length ? text.lastIndexOf('\n', end) : -1;
    if (newline > at) end = newline + 1;
    const last = model.getFullModelRange().getEndPosition();
    const range = new api.Range(last.lineNumber, last.column, last.lineNumber, last.column);
    const startedAt = performance.now();
    model.applyEdits([{ range, text: text.slice(at, end) }]);
    const spent = Math.max(1, performance.now() - startedAt);
    chars = Math.min(
      maxSliceChars,
      Math.max(minSliceChars, Math.round(((end - at) * sliceBudgetMs) / spent)),
    );
    at = end;
    if (at < text.length) setTimeout(step, 0);
  };
  step();
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
      // Large text arrives in a task of its own: creating the editor and laying out a
      // multi-megabyte model in one task blocked the window for half a second.
      const deferValue = initial.large === true && initial.readOnly === true;
      created = api.editor.create(host.current, {
        value: deferValue ? '' : initial.value,
        language: initial.language,
        readOnly: initial.readOnly ?? false,
        ariaLabel: initial.ariaLabel,
        automaticLayout: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        ...largeTextOptions(initial.large ?? false),
        // Both are model options Monaco takes from one configuration shared by every editor: any
        // editor's option change re-applied them to every model, re-scanning a multi-megabyte body
        // for its indentation and rebuilding its bracket-pair tree (about 0.1 s per 2 MB, the 100 MB
        // e2e). Bodies are indented by 2; brackets still match and tokens keep their colours.
        detectIndentation: false,
        bracketPairColorization: { enabled: false },
        fontSize: 12,
        tabSize: 2,
      });
      shown.current = deferValue ? '' : initial.value;
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

  // Bumped on every new value, so slices of an older one stop arriving.
  const generation = useRef(0);

  useEffect(() => {
    if (!instance || shown.current === props.value) return;
    const before = shown.current;
    shown.current = props.value;
    const model = instance.editor.getModel();
    const run = (generation.current += 1);
    // Read-only text that grew ("Load more"): append, so the scroll position stays and only the new lines are laid out.
    if (
      model &&
      props.readOnly &&
      before &&
      props.value.length > before.length &&
      props.value.startsWith(before)
    ) {
      appendInSlices(
        instance.api,
        model,
        props.value.slice(before.length),
        () => run === generation.current,
      );
      return;
    }
    // Read-only only: an editable editor would report each partial text through onChange.
    if (model && props.readOnly && props.large === true) {
      // Megabytes laid out in one task froze the window (the 100 MB e2e): the text arrives in slices.
      model.setValue('');
      appendInSlices(instance.api, model, props.value, () => run === generation.current);
      return;
    }
    instance.editor.setValue(props.value);
  }, [instance, props.value, props.readOnly, props.large]);

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
