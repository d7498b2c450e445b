import { useEffect, useMemo, useState } from 'react';
import type { RequestInput } from '../../../shared/domain/entity-model/request-inputs';
import type { JsonStructure } from '../../../shared/domain/json-structure/types';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';
import { useApi } from '../../api/ApiProvider';
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

interface RequestSide {
  structure?: JsonStructure;
  inputs: RequestInput[];
}

/**
 * The request entity's sources for the shown response's request, from the privileged side: the
 * body's structure and the inputs the operation's AWS model sends elsewhere (as the plan has them).
 * Null until known, or when it cannot be had: the entity then has no attributes, as before.
 */
function useRequestSide(spec: RequestSpecInput | null, sampleOnly: boolean): RequestSide | null {
  const api = useApi();
  const [side, setSide] = useState<{ spec: RequestSpecInput; value: RequestSide } | null>(null);
  useEffect(() => {
    if (!spec) return undefined;
    let live = true;
    api.call('structure.requestSide', { spec, modelComplete: !sampleOnly }).then(
      (value) => {
        if (live) setSide({ spec, value });
      },
      () => {
        if (live) setSide(null);
      },
    );
    return () => {
      live = false;
    };
  }, [api, spec, sampleOnly]);
  return side && side.spec === spec ? side.value : null;
}

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
  const requestSide = useRequestSide(sent, structureDecisions.sampleOnly === true);
  const model = useMemo(() => {
    if (!structure) return null;
    const applied = applyStructureDecisions(structure, structureDecisions);
    return deriveEntityModel(
      applied,
      {
        action: operation || 'Operation',
        serviceName,
        ...(requestSide?.structure ? { requestStructure: requestSide.structure } : {}),
        ...(requestSide && requestSide.inputs.length > 0
          ? { requestInputs: requestSide.inputs }
          : {}),
      },
      modelDecisions,
    );
  }, [structure, structureDecisions, modelDecisions, operation, serviceName, requestSide]);
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
