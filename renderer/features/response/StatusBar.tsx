import type { ResponseSummary } from '../../../shared/ipc/operations/request';
import { formatBytes, formatMs } from './format';

const phases: { key: 'dnsMs' | 'connectMs' | 'tlsMs' | 'firstByteMs'; label: string }[] = [
  { key: 'dnsMs', label: 'DNS' },
  { key: 'connectMs', label: 'Connect' },
  { key: 'tlsMs', label: 'TLS' },
  { key: 'firstByteMs', label: 'First byte' },
];

function statusClass(status: number): string {
  if (status >= 500) return 'status server-error';
  if (status >= 400) return 'status client-error';
  if (status >= 300) return 'status redirect';
  return 'status success';
}

/** Status, total time with its breakdown, and size of the current response. */
export function StatusBar({ summary }: { summary: ResponseSummary }) {
  const { timing } = summary;
  const skewMinutes =
    summary.clockSkewMs !== undefined ? Math.round(summary.clockSkewMs / 60000) : 0;
  const skewMessage =
    summary.clockSkewMessage ??
    (Math.abs(skewMinutes) >= 5
      ? `Your clock differs from AWS by about ${Math.abs(skewMinutes)} minutes: signatures will fail.`
      : undefined);
  return (
    <div className="status-bar">
      <output role="status" aria-label="Response status" className={statusClass(summary.status)}>
        {summary.status} {summary.statusText}
      </output>
      <span aria-label="Response time" className="metric">
        {formatMs(timing.totalMs)}
      </span>
      <dl aria-label="Timing breakdown" className="timing">
        {phases.map(({ key, label }) =>
          timing[key] !== undefined ? (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{formatMs(timing[key])}</dd>
            </div>
          ) : null,
        )}
      </dl>
      <span aria-label="Response size" className="metric">
        {formatBytes(summary.size)}
      </span>
      {skewMessage ? (
        <p role="note" aria-label="Clock skew" className="warning">
          {skewMessage}
        </p>
      ) : null}
    </div>
  );
}
