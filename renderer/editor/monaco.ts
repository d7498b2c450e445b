// Monaco with its workers bundled locally (no CDN, no eval). The whole editor.main is imported
// up front: with only editor.api, the lazily loaded JSON mode brought editor contributions whose
// services registered after the first editor was created ("depends on UNKNOWN service").
import 'monaco-editor/editor/editor.main';
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

export { monaco };
