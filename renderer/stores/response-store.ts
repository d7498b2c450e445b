import { create } from 'zustand';
import type {
  RequestSpecInput,
  ResponseSummary,
  SignedRequestView,
} from '../../shared/ipc/operations/request';

/** A failure that is not an AWS error response: network, credentials, invalid input, cancel. */
export interface RequestFailure {
  code: string;
  message: string;
}

interface ResponseData {
  summary: ResponseSummary | null;
  loading: boolean;
  requestId: string | null;
  error: RequestFailure | null;
  /** Body text shown so far: the preview plus the ranges loaded with "Load more". */
  extraText: string;
  /** Bytes of the body the renderer holds (preview plus loaded ranges). */
  loadedBytes: number;
  /** Characters of the held text shown in the editor: it grows a step per "Load more". */
  shownChars: number;
  /** A signature preview from `request.dryRun`, shown when there is no response to explain. */
  dryRun: SignedRequestView | null;
}

/** The request specs behind the response: kept apart from `ResponseData` so a new summary does not clear them. */
interface SentSpecs {
  /** The spec of the request in flight (recorded by `start`, so no sender can forget it). */
  pendingSpec: RequestSpecInput | null;
  /** The spec of the request whose summary is shown; null when unknown. */
  summarySpec: RequestSpecInput | null;
}

interface ResponseActions {
  /** A request went out: its id and the spec sent (null only where no spec is known). */
  start(requestId: string, spec: RequestSpecInput | null): void;
  succeed(summary: ResponseSummary): void;
  fail(error: RequestFailure): void;
  appendRange(text: string, bytes: number): void;
  showMore(): void;
  setDryRun(view: SignedRequestView | null): void;
}

export type ResponseState = ResponseData & SentSpecs & ResponseActions;

const empty: ResponseData = {
  summary: null,
  loading: false,
  requestId: null,
  error: null,
  extraText: '',
  loadedBytes: 0,
  shownChars: 0,
  dryRun: null,
};

/** Characters revealed per step: a 5 MB preview shown at once froze the window for most of a second. */
export const displayStepChars = 1024 * 1024;

/** UTF-8 length of a string, counted without encoding it (a megabyte preview took 35 ms to encode). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes in a preview: UTF-8 length for text, decoded length for base64. */
export function previewBytes(summary: ResponseSummary): number {
  if (summary.previewEncoding === 'utf8') return utf8Length(summary.preview);
  const padding = summary.preview.endsWith('==') ? 2 : summary.preview.endsWith('=') ? 1 : 0;
  return Math.max(0, (summary.preview.length / 4) * 3 - padding);
}

/** The response slice: the current summary, what is in flight, and the last failure. */
export const useResponseStore = create<ResponseState>()((set) => ({
  ...empty,
  pendingSpec: null,
  summarySpec: null,
  start: (requestId, pendingSpec) => set({ loading: true, requestId, error: null, pendingSpec }),
  succeed: (summary) =>
    set((state) => ({
      ...empty,
      summary,
      loadedBytes: previewBytes(summary),
      shownChars: displayStepChars,
      summarySpec: state.pendingSpec,
      pendingSpec: null,
    })),
  fail: (error) => set({ loading: false, requestId: null, error }),
  appendRange: (text, bytes) =>
    set((state) => {
      const extraText = state.extraText + text;
      const held = (state.summary?.preview.length ?? 0) + extraText.length;
      return {
        extraText,
        loadedBytes: state.loadedBytes + bytes,
        shownChars: Math.max(state.shownChars, held),
      };
    }),
  showMore: () => set((state) => ({ shownChars: state.shownChars + displayStepChars })),
  setDryRun: (dryRun) => set({ dryRun }),
}));
