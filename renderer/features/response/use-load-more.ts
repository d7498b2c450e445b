import { useCallback } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useResponseStore } from '../../stores/response-store';
import { describeError } from '../../api/describe-error';

/** Bytes fetched per "Load more": well under the 5 MB the contract allows at once. */
export const loadMoreChunkBytes = 1024 * 1024;
/** The most body the editor takes in by "Load more": past it each step cost the window most of a second; Save body gives the rest. */
export const maxHeldBytes = 10 * 1024 * 1024;

/** Shows more of the text already held, or fetches the next range of a truncated body and shows it. */
export function useLoadMore(): () => void {
  const api = useApi();
  return useCallback(() => {
    const { summary, loadedBytes, extraText, shownChars, showMore } = useResponseStore.getState();
    if (!summary) return;
    if (shownChars < summary.preview.length + extraText.length) {
      showMore();
      return;
    }
    if (loadedBytes >= Math.min(summary.size, maxHeldBytes)) return;
    const responseId = summary.responseId;
    api
      .call('response.readRange', { responseId, offset: loadedBytes, length: loadMoreChunkBytes })
      .then(
        (range) => {
          const state = useResponseStore.getState();
          // A newer response or a concurrent click may have moved on; only append the range that fits.
          if (state.summary?.responseId !== responseId || state.loadedBytes !== range.offset)
            return;
          if (range.encoding === 'utf8') state.appendRange(range.data, range.length);
        },
        (error: unknown) => useResponseStore.getState().fail(describeError(error)),
      );
  }, [api]);
}
