import { useMemo } from 'react';
import { applyStructureDecisions } from '../../../shared/domain/json-structure/decisions';
import { deriveEntityModel } from '../../../shared/domain/entity-model';
import { EntityDiagramView } from '../diagram';
import { useCatalogStore } from '../../stores/catalog-store';
import { useModelStore } from '../../stores/model-store';
import { useRequestStore } from '../../stores/request-store';
import { ModelBlocker } from './ModelBlocker';
import { useModelBlocker } from './use-structure';

/** The Entities tab: the domain model "Map automatically" would create, drawn as a diagram. */
export function DiagramTab() {
  const structure = useModelStore((state) => state.structure);
  const structureDecisions = useModelStore((state) => state.structureDecisions);
  const modelDecisions = useModelStore((state) => state.modelDecisions);
  const setModelDecisions = useModelStore((state) => state.setModelDecisions);
  const service = useRequestStore((state) => state.service);
  const operation = useRequestStore((state) => state.operation);
  const serviceName = useCatalogStore((state) => state.services.find((item) => item.id === service)?.fullName ?? service);
  const blocker = useModelBlocker();
  const model = useMemo(() => {
    if (!structure) return null;
    const applied = applyStructureDecisions(structure, structureDecisions);
    return deriveEntityModel(applied, { action: operation || 'Operation', serviceName }, modelDecisions);
  }, [structure, structureDecisions, modelDecisions, operation, serviceName]);
  if (blocker || !model) return <ModelBlocker blocker={blocker ?? { message: '', isError: false }} />;
  return <EntityDiagramView model={model} decisions={modelDecisions} onDecisionsChange={setModelDecisions} />;
}
