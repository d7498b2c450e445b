import { useState } from 'react';
import type { PlanFix } from '../../../shared/domain/naming/types';
import type { ConnectorPlan } from '../../../shared/domain/plan/types';

interface ModuleSettingsProps {
  plan: ConnectorPlan;
  onApplyFix(fix: PlanFix): void;
}

/** The module's name, version, service and folders; renaming goes through the same path as a quick fix. */
export function ModuleSettings({ plan, onApplyFix }: ModuleSettingsProps) {
  const [name, setName] = useState(plan.module.name);
  const [shownFor, setShownFor] = useState(plan.module.name);
  if (shownFor !== plan.module.name) {
    setShownFor(plan.module.name);
    setName(plan.module.name);
  }
  return (
    <section aria-label="Module settings">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name !== plan.module.name) onApplyFix({ kind: 'rename-module', to: name });
        }}
      >
        <label>
          Module{' '}
          <input aria-label="Module name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>{' '}
        <button type="submit">Rename</button>
      </form>
      <p className="muted">
        Version {plan.module.version} · service {plan.module.serviceName} · folders{' '}
        {plan.folders.join(', ')}
      </p>
    </section>
  );
}
