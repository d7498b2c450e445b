import { useId } from 'react';

/** The accessible name of the switch: one control in the app carries it. */
export const modelCompleteLabel = 'Model-complete (AWS model, 2024)';

interface ModelCompleteSwitchProps {
  /** On unless the user switched it off (saved as `sampleOnly` in the structure decisions). */
  checked: boolean;
  /** Why no AWS model can be laid over the samples (the `model-unavailable` finding); disables the switch. */
  unavailable?: string | undefined;
  /** The AWS operation whose output model the structure carries, when it was applied. */
  model?: { service: string; operation: string } | undefined;
  /** While the structure is inferred again: true, or the fraction of a large body scanned. */
  updating?: boolean | number;
  onChange(modelComplete: boolean): void;
}

/**
 * Switches model-complete mode: the operation's AWS output model laid over the samples (every
 * member of the output appears), or the samples alone. Disabled, with the reason beside it, when
 * no model is known for the request.
 */
export function ModelCompleteSwitch({
  checked,
  unavailable,
  model,
  updating = false,
  onChange,
}: ModelCompleteSwitchProps) {
  const reasonId = useId();
  const title =
    unavailable ??
    (model
      ? `The AWS output model of ${model.service} ${model.operation} is laid over the samples: every member of the output appears. Switch off to see what the samples alone give.`
      : "Lay the operation's AWS output model over the samples, so every member of the output appears; off, the structure follows the samples alone.");
  return (
    <>
      <label className="toggle" title={title}>
        <input
          type="checkbox"
          role="switch"
          checked={checked && unavailable === undefined}
          disabled={unavailable !== undefined}
          aria-describedby={unavailable !== undefined ? reasonId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {modelCompleteLabel}
      </label>
      <span role="status" aria-label="Structure update" className="note">
        {updating === false
          ? ''
          : typeof updating === 'number'
            ? `Updating the structure… ${Math.round(updating * 100)}%`
            : 'Updating the structure…'}
      </span>
      {unavailable !== undefined ? (
        <span id={reasonId} className="note model-unavailable">
          {unavailable}
        </span>
      ) : null}
    </>
  );
}
