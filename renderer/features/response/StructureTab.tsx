import { StructureView } from '../structure';
import { withModelComplete } from '../structure/decision-edits';
import { ModelCompleteSwitch } from '../structure/ModelCompleteSwitch';
import { useCurrentOperationKey } from '../../stores/current-operation';
import { defaultOperationDecisions, useDecisionsStore } from '../../stores/decisions-store';
import { useModelStore } from '../../stores/model-store';
import { ModelBlocker } from './ModelBlocker';
import { useModelBlocker, useStructureUpdating } from './use-structure';

/** The Structure tab: the Mendix JSON structure of the response, with the decisions kept for its operation. */
export function StructureTab() {
  const structure = useModelStore((state) => state.structure);
  const key = useCurrentOperationKey();
  const decisions =
    useDecisionsStore((state) => state.byOperation[key]?.structure) ??
    defaultOperationDecisions().structure;
  const setStructure = useDecisionsStore((state) => state.setStructure);
  const blocker = useModelBlocker();
  const updating = useStructureUpdating();
  if (blocker?.isError)
    // The switch stays at hand: a structure that fails model-complete can still be had from the samples.
    return (
      <div>
        <ModelBlocker blocker={blocker} />
        <div className="inline">
          <ModelCompleteSwitch
            checked={decisions.sampleOnly !== true}
            onChange={(modelComplete) =>
              setStructure(key, withModelComplete(decisions, modelComplete))
            }
          />
        </div>
      </div>
    );
  if (blocker || !structure)
    return <ModelBlocker blocker={blocker ?? { message: '', isError: false }} />;
  return (
    <StructureView
      structure={structure}
      decisions={decisions}
      updating={updating}
      onDecisionsChange={(next) => setStructure(key, next)}
    />
  );
}
