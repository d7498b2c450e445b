// Parts of Monaco imported only to evaluate them early (load-monaco.ts); they ship no types.
declare module 'monaco-editor/editor/common/model/textModel';
declare module 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget';
