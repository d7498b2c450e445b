import type { NamingFinding, PlanFix } from '../../../shared/domain/naming/types';
import type { ConnectorPlan } from '../../../shared/domain/plan/types';
import { FindingsList } from './FindingsList';
import { ModuleSettings } from './ModuleSettings';
import { OperationFlow } from './OperationFlow';

export interface PlanViewProps {
  plan: ConnectorPlan;
  findings: readonly NamingFinding[];
  onApplyFix(fix: PlanFix): void;
}

/** The connector plan: module settings, per operation its microflow flow, and the naming findings with fixes. */
export function PlanView({ plan, findings, onApplyFix }: PlanViewProps) {
  return (
    <div aria-label="Connector plan" role="region">
      <ModuleSettings plan={plan} onApplyFix={onApplyFix} />
      <FindingsList findings={findings} onApplyFix={onApplyFix} />
      {plan.operations.map((operation) => (
        <OperationFlow key={operation.id} operation={operation} />
      ))}
    </div>
  );
}
