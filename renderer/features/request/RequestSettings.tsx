import { useRequestStore } from '../../stores/request-store';
import { VariableHint } from '../collections/VariableHint';
import { ResolvedEndpoint } from './ResolvedEndpoint';

/** Optional custom endpoint and timeout. */
export function RequestSettings() {
  const endpoint = useRequestStore((state) => state.endpoint);
  const timeoutMs = useRequestStore((state) => state.timeoutMs);
  const setField = useRequestStore((state) => state.setField);
  return (
    <div className="settings-grid">
      <div className="field">
        <label className="field">
          <span className="field-label">Custom endpoint</span>
          <input
            type="url"
            value={endpoint}
            placeholder="https://… (leave empty for the AWS endpoint)"
            spellCheck={false}
            onChange={(event) => setField('endpoint', event.target.value)}
          />
        </label>
        <VariableHint text={endpoint} />
        <ResolvedEndpoint />
      </div>
      <label className="field">
        <span className="field-label">Timeout (ms)</span>
        <input
          type="number"
          min={1}
          max={600000}
          value={timeoutMs ?? ''}
          placeholder="host default"
          onChange={(event) => {
            const parsed = Number.parseInt(event.target.value, 10);
            setField('timeoutMs', Number.isFinite(parsed) && parsed > 0 ? parsed : undefined);
          }}
        />
      </label>
    </div>
  );
}
