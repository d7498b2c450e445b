import { StructureView } from '../structure';
import { useModelStore } from '../../stores/model-store';
import { ModelBlocker } from './ModelBlocker';
import { useModelBlocker } from './use-structure';

/** The Structure tab: the Mendix JSON structure of the response, with the user's decisions. */
export function StructureTab() {
  const structure = useModelStore((state) => state.structure);
  const decisions = useModelStore((state) => state.structureDecisions);
  const setDecisions = useModelStore((state) => state.setStructureDecisions);
  const blocker = useModelBlocker();
  if (blocker || !structure) return <ModelBlocker blocker={blocker ?? { message: '', isError: false }} />;
  return <StructureView structure={structure} decisions={decisions} onDecisionsChange={setDecisions} />;
}
