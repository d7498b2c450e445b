import type { CollectionFile, CollectionRequest } from '../../../shared/domain/collection';
import type { RequestBody, RequestSpec } from '../../../shared/ipc/operations/request';
import {
  defaultOperationDecisions,
  getAllOperationDecisions,
  operationKey,
  setOperationDecisions,
} from '../../stores/decisions-store';
import { useRequestStore } from '../../stores/request-store';
import type { RequestDraft } from '../../stores/request-store';
import { createRow } from '../../stores/rows';
import type { KeyValueRow } from '../../stores/rows';
import { fillPathLabels } from '../../stores/build-spec';
import type { RequestDraftFields } from './CollectionsPanel';

/** The request fields a saved request or a history entry shares with the draft. */
export type DraftSource = Pick<RequestDraftFields, 'method' | 'path' | 'query' | 'headers'> &
  Partial<
    Pick<
      RequestDraftFields,
      'region' | 'service' | 'operation' | 'body' | 'endpoint' | 'credentialId' | 'auth'
    >
  >;

/** What the open collection supplies when a request leaves region, service or credential unset. */
export type CollectionDefaults = Pick<CollectionFile, 'region' | 'service' | 'credentialId'>;

const bodyless = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);
// `{Label}` and `{Label+}` of a path template, but not a collection variable `{{name}}`.
const LABEL = /(?<!\{)\{([^{}+]+)\+?\}(?!\})/g;

function rowsToPairs(rows: KeyValueRow[]): Array<[string, string | null]> {
  return rows
    .filter((row) => row.enabled && row.name !== '')
    .map((row) => [row.name, row.value === '' && row.bare ? null : row.value]);
}

function bodyText(body: RequestBody | undefined): string {
  if (!body) return '';
  if (body.kind === 'text') return body.text;
  const bytes = Uint8Array.from(atob(body.data), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The draft as the fields of a collection request, with the operation's decisions when the user made any. */
export function draftToRequestFields(draft: RequestDraft): RequestDraftFields {
  const path = fillPathLabels(draft.path, draft.labels).path;
  const fields: RequestDraftFields = {
    method: draft.method,
    path,
    query: rowsToPairs(draft.query),
    headers: rowsToPairs(draft.headers).map(([name, value]) => [name, value ?? '']),
  };
  if (draft.region) fields.region = draft.region;
  if (draft.service) fields.service = draft.service;
  if (draft.operation) fields.operation = draft.operation;
  if (draft.body !== '' && !bodyless.has(draft.method))
    fields.body = { kind: 'text', text: draft.body };
  if (draft.endpoint.trim() !== '') fields.endpoint = draft.endpoint.trim();
  if (draft.credentialId) fields.credentialId = draft.credentialId;
  // Kept as loaded: dropping it would turn a bearer or unsigned request into a signed one.
  if (draft.auth) fields.auth = draft.auth;
  const key = operationKey({
    service: draft.service,
    operation: draft.operation,
    method: draft.method,
    path,
  });
  const decisions = getAllOperationDecisions()[key];
  if (decisions) {
    fields.structureDecisions = decisions.structure;
    fields.modelDecisions = decisions.model;
  }
  return fields;
}

/** The draft fields a saved request or history entry fills; unset region and service come from the defaults. */
export function sourceToDraft(
  source: DraftSource,
  defaults?: CollectionDefaults,
): Partial<RequestDraft> {
  const labelNames = [...new Set([...source.path.matchAll(LABEL)].map((match) => match[1] ?? ''))];
  const draft: Partial<RequestDraft> = {
    method: source.method,
    region: source.region ?? defaults?.region ?? '',
    service: source.service ?? defaults?.service ?? '',
    operation: source.operation ?? '',
    path: source.path,
    labelNames,
    labels: Object.fromEntries(labelNames.map((name) => [name, ''])),
    query: source.query.map(([name, value]) => createRow(name, value ?? '', value === null)),
    headers: source.headers.map(([name, value]) => createRow(name, value)),
    body: bodyText(source.body),
    endpoint: source.endpoint ?? '',
    // Set even when absent, so the previous request's auth never lingers in the draft.
    auth: source.auth,
  };
  const credentialId = source.credentialId ?? defaults?.credentialId;
  // Without a reference the user's chosen credential stays selected.
  if (credentialId) draft.credentialId = credentialId;
  return draft;
}

/** Loads a saved request into the draft, and its structure and model decisions into the decisions store. */
export function openRequestInDraft(entry: CollectionRequest, defaults?: CollectionDefaults): void {
  const draft = sourceToDraft(entry.request, defaults);
  const { structureDecisions, modelDecisions } = entry.request;
  // Decisions first: whoever follows the draft then sees the request whole.
  if (structureDecisions || modelDecisions) {
    const key = operationKey({
      service: draft.service ?? '',
      operation: draft.operation,
      method: entry.request.method,
      path: entry.request.path,
    });
    const fallback = defaultOperationDecisions();
    setOperationDecisions(key, {
      structure: structureDecisions ?? fallback.structure,
      model: modelDecisions ?? fallback.model,
    });
  }
  useRequestStore.setState(draft);
}

/** Loads a sent request from history into the draft. */
export function reopenSpecInDraft(spec: RequestSpec): void {
  useRequestStore.setState(sourceToDraft(spec));
}
