import { useMemo } from 'react';
import { applyStructureDecisions } from '../../../shared/domain/json-structure/decisions';
import { deriveEntityModel } from '../../../shared/domain/entity-model';
import { EntityDiagramView } from '../diagram';
import { useCatalogStore } from '../../stores/catalog-store';
import { useCurrentOperationKey } from '../../stores/current-operation';
import { defaultOperationDecisions, useDecisionsStore } from '../../stores/decisions-store';
import { useModelStore } from '../../stores/model-store';
import { useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { ModelBlocker } from './ModelBlocker';
import { useModelBlocker } from './use-structure';

/** The Entities tab: the domain model "Map automatically" would create, drawn as a diagram. */
export function DiagramTab() {
  const structure = useModelStore((state) => state.structure);
  const key = useCurrentOperationKey();
  const decisions =
    useDecisionsStore((state) => state.byOperation[key]) ?? defaultOperationDecisions();
  const setModel = useDecisionsStore((state) => state.setModel);
  const sent = useResponseStore((state) => state.summarySpec);
  const draftService = useRequestStore((state) => state.service);
  const draftOperation = useRequestStore((state) => state.operation);
  const service = sent?.service ?? draftService;
  const operation = sent ? (sent.operation ?? '') : draftOperation;
  const serviceName = useCatalogStore(
    (state) => state.services.find((item) => item.id === service)?.fullName ?? service,
  );
  const blocker = useModelBlocker();
  const { structure: structureDecisions, model: modelDecisions } = decisions;
  const model = useMemo(() => {
    if (!structure) return null;
    const applied = applyStructureDecisions(structure, structureDecisions);
    return deriveEntityModel(
      applied,
      { action: operation || 'Operation', serviceName },
      modelDecisions,
    );
  }, [structure, structureDecisions, modelDecisions, operation, serviceName]);
  if (blocker || !model)
    return <ModelBlocker blocker={blocker ?? { message: '', isError: false }} />;
  return (
    <EntityDiagramView
      model={model}
      decisions={modelDecisions}
      onDecisionsChange={(next) => setModel(key, next)}
    />
  );
}
