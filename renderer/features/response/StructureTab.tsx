import { StructureView } from '../structure';
import { useCurrentOperationKey } from '../../stores/current-operation';
import { defaultOperationDecisions, useDecisionsStore } from '../../stores/decisions-store';
import { useModelStore } from '../../stores/model-store';
import { ModelBlocker } from './ModelBlocker';
import { useModelBlocker } from './use-structure';

/** The Structure tab: the Mendix JSON structure of the response, with the decisions kept for its operation. */
export function StructureTab() {
  const structure = useModelStore((state) => state.structure);
  const key = useCurrentOperationKey();
  const decisions =
    useDecisionsStore((state) => state.byOperation[key]?.structure) ??
    defaultOperationDecisions().structure;
  const setStructure = useDecisionsStore((state) => state.setStructure);
  const blocker = useModelBlocker();
  if (blocker || !structure)
    return <ModelBlocker blocker={blocker ?? { message: '', isError: false }} />;
  return (
    <StructureView
      structure={structure}
      decisions={decisions}
      onDecisionsChange={(next) => setStructure(key, next)}
    />
  );
}
