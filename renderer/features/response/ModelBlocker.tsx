import type { ModelBlockerState } from './use-structure';

/** The message shown in a modelling tab before there is a structure to show, with progress for a large body. */
export function ModelBlocker({ blocker }: { blocker: ModelBlockerState }) {
  if (blocker.isError) {
    return (
      <p role="alert" aria-label="Structure error" className="error-text">
        {blocker.message}
      </p>
    );
  }
  if (blocker.progress === undefined) return <p className="muted">{blocker.message}</p>;
  const percent = Math.round(blocker.progress * 100);
  return (
    <div className="muted">
      <p>{blocker.message}</p>
      <progress
        aria-label="Structure progress"
        max={100}
        value={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        {percent}%
      </progress>
    </div>
  );
}
