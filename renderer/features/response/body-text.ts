import type { ResponseSummary } from '../../../shared/ipc/operations/request';
import type { EditorLanguage } from '../../editor/CodeEditor';
import { formatJsonText } from './format-json';

/** What the read-only body editor shows and in which language. */
export interface BodyView {
  text: string;
  language: EditorLanguage;
  /** The whole body is in `text` (not a truncated preview). */
  complete: boolean;
}

/** What of the body the renderer holds and how much of it to show. */
export interface BodyViewOptions {
  extraText: string;
  loadedBytes: number;
  shownChars: number;
  xmlAsJson: boolean;
  /** Formats the JSON body text; a `GrowingJsonFormat` reuses the work done before a "Load more". */
  formatJson?: (text: string) => string;
}

/** The text of a text-kind body: indented JSON (even when cut off), XML as text or as its JSON form, or plain text. */
export function bodyView(summary: ResponseSummary, options: BodyViewOptions): BodyView {
  const hostComplete = !summary.truncated || options.loadedBytes >= summary.size;
  if (summary.bodyKind === 'xml' && options.xmlAsJson && summary.xmlAsJson !== undefined) {
    return { text: formatJsonText(summary.xmlAsJson), language: 'json', complete: true };
  }
  const held = summary.preview + options.extraText;
  const raw = held.length > options.shownChars ? held.slice(0, options.shownChars) : held;
  const complete = hostComplete && raw.length === held.length;
  if (summary.bodyKind === 'json')
    return { text: (options.formatJson ?? formatJsonText)(raw), language: 'json', complete };
  if (summary.bodyKind === 'xml') return { text: raw, language: 'xml', complete };
  return { text: raw, language: 'plaintext', complete };
}

/** True for the body kinds shown as text in the editor. */
export function isTextKind(kind: ResponseSummary['bodyKind']): boolean {
  return kind === 'json' || kind === 'xml' || kind === 'text';
}

/** A file name for saving a body: service, operation and an extension from the kind. */
export function suggestFileName(
  summary: ResponseSummary,
  request: { service: string; operation: string },
): string {
  const extensions: Record<string, string> = { json: 'json', xml: 'xml', text: 'txt' };
  const mediaExtension = summary.contentType
    ?.split(';')[0]
    ?.split('/')[1]
    ?.replace(/[^a-z0-9]/gi, '');
  const extension = extensions[summary.bodyKind] ?? (mediaExtension || 'bin');
  const base = [request.service, request.operation || 'response']
    .filter(Boolean)
    .join('-')
    .replace(/[^A-Za-z0-9._-]/g, '_');
  return `${base || 'response'}.${extension}`;
}
