import { useEffect } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useSampleStore } from './sample-store';

/** The saved samples of the request the editor is bound to: how many, and each one's time and status. */
export function SampleList() {
  const api = useApi();
  const linked = useSampleStore((s) => s.linked);
  const samples = useSampleStore((s) => s.samples);
  const loadSamples = useSampleStore((s) => s.loadSamples);
  useEffect(() => {
    if (linked) void loadSamples(api).catch(() => undefined);
  }, [api, linked, loadSamples]);
  if (!linked) return null;
  return (
    <details className="sample-list">
      <summary>{samples.length === 1 ? '1 sample' : `${samples.length} samples`}</summary>
      <ul aria-label="Samples">
        {samples.map((sample) => (
          <li key={sample.file} title={sample.file}>
            {sample.takenAt} · {sample.status}
          </li>
        ))}
      </ul>
    </details>
  );
}
