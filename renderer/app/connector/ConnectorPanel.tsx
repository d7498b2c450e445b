import { PlanView } from '../../features/plan';
import { useConnectorStore } from '../../stores/connector-store';
import { BundleExport } from './BundleExport';
import { ConnectorOperations } from './ConnectorOperations';
import { MendixApply } from './MendixApply';
import { useConnectorPlan } from './use-connector-plan';

/** The connector workspace: kept operations, the plan with its findings and fixes, and the bundle export. */
export function ConnectorPanel() {
  const { applyFix } = useConnectorPlan();
  const result = useConnectorStore((state) => state.result);
  const building = useConnectorStore((state) => state.building);
  const error = useConnectorStore((state) => state.error);
  return (
    <section className="panel connector-panel" aria-label="Connector" style={{ overflow: 'auto' }}>
      <h2>Operations</h2>
      <ConnectorOperations />
      <BundleExport />
      {building ? (
        <p role="status" aria-label="Plan progress" className="note">
          Planning the connector…
        </p>
      ) : null}
      {error ? (
        <p role="alert" aria-label="Plan error" className="error-text">
          {error}
        </p>
      ) : null}
      <MendixApply />
      {result ? (
        <PlanView plan={result.plan} findings={result.findings} onApplyFix={applyFix} />
      ) : null}
    </section>
  );
}
