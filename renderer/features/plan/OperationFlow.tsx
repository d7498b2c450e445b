import { describeStep } from '../../../shared/domain/plan/markdown';
import type { PlannedOperation } from '../../../shared/domain/plan/types';

interface OperationFlowProps {
  operation: PlannedOperation;
}

/** One operation's microflow as a vertical flow of its activities, every name visible. */
export function OperationFlow({ operation }: OperationFlowProps) {
  const { microflow, exposed } = operation;
  return (
    <article aria-label={`Microflow ${microflow.name}`} style={{ marginBottom: 16 }}>
      <h3>{microflow.name}</h3>
      <p className="muted">
        Exposed action <strong>{exposed.caption}</strong> in category{' '}
        <strong>{exposed.category}</strong>; folder {microflow.folder}; returns{' '}
        <code>{microflow.returnType}</code>
      </p>
      <p>
        Parameters:{' '}
        {microflow.parameters.map((p, i) => (
          <span key={p.name}>
            {i > 0 && ', '}
            <code>{p.name}</code> ({p.type})
          </span>
        ))}
      </p>
      <ol aria-label={`Activities of ${microflow.name}`} style={{ paddingLeft: 20 }}>
        {microflow.steps.map((step, i) => (
          <li
            key={`${step.kind}-${i}`}
            style={{ borderLeft: '2px solid currentColor', padding: '2px 8px', margin: '4px 0' }}
          >
            {describeStep(step)}
          </li>
        ))}
      </ol>
      <p>
        Documents:{' '}
        {operation.documents.map((d, i) => (
          <span key={d.id}>
            {i > 0 && ', '}
            <code>{d.name}</code> <span className="muted">({d.folder})</span>
          </span>
        ))}
      </p>
      <p className="muted">{operation.documentation}</p>
    </article>
  );
}
