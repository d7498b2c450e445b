import { Tabs } from '../../components/Tabs';
import type { TabItem } from '../../components/Tabs';
import { useResponseStore } from '../../stores/response-store';
import { useUiStore } from '../../stores/ui-store';
import type { ResponseTab } from '../../stores/ui-store';
import { SignaturePanel } from '../signature/SignaturePanel';
import { AwsErrorCard } from './AwsErrorCard';
import { DiagramTab } from './DiagramTab';
import { HeadersTable } from './HeadersTable';
import { ResponseActions } from './ResponseActions';
import { ResponseBody } from './ResponseBody';
import { StatusBar } from './StatusBar';
import { StructureTab } from './StructureTab';
import { useLoadMore } from './use-load-more';
import { useStructureOfResponse } from './use-structure';

const tabs: TabItem<ResponseTab>[] = [
  { key: 'body', label: 'Response body' },
  { key: 'headers', label: 'Response headers' },
  { key: 'signature', label: 'Signature' },
  { key: 'structure', label: 'Structure' },
  { key: 'diagram', label: 'Entities' },
];

/** The response half: status line, errors, actions, and the body/headers/signature tabs. */
export function ResponsePanel() {
  const summary = useResponseStore((state) => state.summary);
  const loading = useResponseStore((state) => state.loading);
  const error = useResponseStore((state) => state.error);
  const dryRun = useResponseStore((state) => state.dryRun);
  const tab = useUiStore((state) => state.responseTab);
  const setTab = useUiStore((state) => state.setResponseTab);
  const loadMore = useLoadMore();
  useStructureOfResponse(tab === 'structure' || tab === 'diagram');
  const signed = dryRun ?? summary?.signed ?? null;

  return (
    <section className="panel response-panel" aria-label="Response">
      {loading ? (
        <p role="status" aria-label="Request progress" className="note">
          Sending…
        </p>
      ) : null}
      {error ? (
        <div role="alert" aria-label="Request error" className="error-banner">
          <strong>{error.code}</strong> {error.message}
        </div>
      ) : null}
      {summary ? <StatusBar summary={summary} /> : null}
      {summary?.awsError ? <AwsErrorCard error={summary.awsError} signed={summary.signed} /> : null}
      <ResponseActions summary={summary} signed={signed} />
      <Tabs label="Response parts" tabs={tabs} active={tab} onSelect={setTab}>
        {tab === 'body' ? (
          summary ? (
            <ResponseBody summary={summary} onLoadMore={loadMore} />
          ) : (
            <p className="muted">
              Pick a region, a service and an operation, then press Send (Ctrl/Cmd+Enter).
            </p>
          )
        ) : null}
        {tab === 'headers' ? <HeadersTable headers={summary?.headers ?? []} /> : null}
        {tab === 'signature' ? <SignaturePanel view={signed} isDryRun={dryRun !== null} /> : null}
        {tab === 'structure' ? <StructureTab /> : null}
        {tab === 'diagram' ? <DiagramTab /> : null}
      </Tabs>
    </section>
  );
}
