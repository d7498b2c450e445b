import { create } from 'zustand';
import type { SampleInfo } from '../../../shared/ipc/operations/collection';
import type { ResponseSummary } from '../../../shared/ipc/operations/request';
import type { ApiClient } from '../../api/client';
import { useResponseStore } from '../../stores/response-store';
import type { FollowTarget } from './follow-draft';

interface SampleState {
  /** The saved request the editor is bound to, if any. */
  linked: FollowTarget | undefined;
  /** The samples of the linked request, oldest first. */
  samples: SampleInfo[];
  /** The request in flight and the saved request it was sent from. */
  sent: { requestId: string; target: FollowTarget | undefined } | undefined;
  /** The saved request the response on screen came from; undefined when it came from none. */
  source: FollowTarget | undefined;
}

interface SampleActions {
  link(target: FollowTarget | undefined): void;
  loadSamples(api: ApiClient): Promise<void>;
  /** Saves the response on screen as a sample of its source request; returns the file path. */
  saveSample(api: ApiClient, summary: ResponseSummary): Promise<string>;
}

const sameTarget = (a: FollowTarget | undefined, b: FollowTarget | undefined): boolean =>
  a !== undefined && b !== undefined && a.dir === b.dir && a.slug === b.slug;

/** Samples: which saved request a response came from, and the samples of the linked request. */
export const useSampleStore = create<SampleState & SampleActions>()((set, get) => ({
  linked: undefined,
  samples: [],
  sent: undefined,
  source: undefined,
  link: (linked) => {
    if (!sameTarget(linked, get().linked)) set({ linked, samples: [] });
  },
  loadSamples: async (api) => {
    const { linked } = get();
    if (!linked) return;
    const samples = await api.call('collection.samples', linked);
    // A slow answer for a request the user has left is dropped.
    if (sameTarget(get().linked, linked)) set({ samples });
  },
  saveSample: async (api, summary) => {
    const { source } = get();
    if (!source) throw new Error('This response did not come from a saved request.');
    const { path } = await api.call('collection.saveSample', {
      ...source,
      responseId: summary.responseId,
      status: summary.status,
      headers: summary.headers,
    });
    if (sameTarget(get().linked, source)) await get().loadSamples(api);
    return path;
  },
}));

/**
 * Keeps `source` in step with the response on screen: a request that starts is noted with the
 * saved request linked at that moment, whoever sent it. Returns the unsubscribe.
 */
export function trackSampleSource(): () => void {
  return useResponseStore.subscribe((state, previous) => {
    if (state.loading && state.requestId && state.requestId !== previous.requestId)
      useSampleStore.setState({
        sent: { requestId: state.requestId, target: useSampleStore.getState().linked },
      });
    if (state.summary === previous.summary) return;
    const { sent } = useSampleStore.getState();
    const fromSent = sent !== undefined && previous.requestId === sent.requestId;
    useSampleStore.setState({ source: fromSent ? sent.target : undefined });
  });
}
