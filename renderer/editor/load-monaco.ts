import type * as Monaco from 'monaco-editor/editor/editor.api';

export type MonacoApi = typeof Monaco;

/** Resolves in a later task, so the work before and after it never adds up to one long task. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// Evaluating Monaco's modules in one import took 0.2-0.3 s of one task when the first response
// arrived (the 100 MB e2e). Each step evaluates, in a task of its own, only the modules no earlier
// step did (a third or so of the editor core each); `./monaco` then adds the contributions and
// languages, and the caller creates its editor in a later task again. The cuts keep Monaco's CSS
// in its order (a cut at standaloneServices put the standalone editor's CSS after the hover's).
const steps: (() => Promise<unknown>)[] = [
  () => import('monaco-editor/editor/common/model/textModel'),
  () => import('monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget'),
  () => import('monaco-editor/editor/editor.api'),
];

let loading: Promise<MonacoApi> | null = null;

/** Monaco with its contributions and languages, loaded once, on first use. */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= (async () => {
    for (const step of steps) {
      await step();
      await nextTask();
    }
    const { monaco } = await import('./monaco');
    await nextTask();
    return monaco;
  })();
  return loading;
}
