/**
 * A local stand-in for Mendix's Model API server: an `IModelServerClient` the real Model SDK
 * (mendixmodelsdk) opens working copies through. It serves units from memory, applies and records
 * every delta the SDK sends, and never touches the network, so generated Model SDK scripts run
 * here against the real SDK without Mendix's servers.
 */
import type { Delta } from 'mendixmodelsdk';

type Json = { $ID?: string; $Type?: string; [key: string]: unknown };
type Callback<T> = (value: T) => void;
type ErrorCallback = (error: Error) => void;

interface StoredUnit {
  containerId: string;
  containmentName: string;
  tree: Json;
}

/** The Studio Pro version the stand-in's working copy claims (within the SDK's supported range). */
export const standInVersion = '10.18.0';

const closedEventSource = () => ({
  addEventListener() {},
  removeEventListener() {},
  close() {},
  onmessage: null,
  onerror: null,
  onopen: null,
  readyState: 2,
});

function findWithParent(
  node: unknown,
  id: string,
  parent: { owner: Json; key: string } | null = null,
): { element: Json; parent: { owner: Json; key: string } | null } | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findWithParent(item, id, parent);
      if (found) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  const json = node as Json;
  if (json.$ID === id) return { element: json, parent };
  for (const [key, value] of Object.entries(json))
    if (value && typeof value === 'object') {
      const found = findWithParent(value, id, { owner: json, key });
      if (found) return found;
    }
  return undefined;
}

/** An in-memory model server: units by id, every delta applied and kept in order. */
export class ModelServerStandIn {
  readonly units = new Map<string, StoredUnit>();
  /** Every delta received, in order, across all opened models. */
  readonly deltas: Delta[] = [];
  /** Calls the stand-in does not serve (the SDK asked for something it lacks). */
  readonly unserved: string[] = [];
  private eventId = 1;
  private detached = new Map<string, Json>();

  /** The `client` to pass in `Model.createSdkClient({ client })`. */
  client(): never {
    const served = {
      loadWorkingCopyMetaData: (id: string, callback: Callback<unknown>) =>
        callback({
          id,
          metaData: {
            name: 'StandIn',
            description: '',
            avatarUrl: '',
            projectId: 'stand-in-app',
            metaModelVersion: standInVersion,
          },
          members: [],
          mprFileName: 'StandIn.mpr',
          mprMetaData: { _ProductVersion: standInVersion, _BuildVersion: `${standInVersion}.0` },
          mergeData: null,
          uploadDateTime: 0,
          changed: false,
          isCollaboration: false,
        }),
      loadUnitInterfaces: (_id: string, callback: Callback<unknown>) =>
        callback({
          units: [...this.units.keys()].map((id) => this.unitJson(id)),
          eventId: this.eventId,
        }),
      loadUnitById: (
        _id: string,
        unitId: string,
        callback: Callback<unknown>,
        fail: ErrorCallback,
      ) =>
        this.units.has(unitId)
          ? callback({ unit: this.unitJson(unitId), eventId: this.eventId })
          : fail(new Error(`stand-in: no unit ${unitId}`)),
      sendDeltas: (
        _id: string,
        deltas: Delta[],
        callback: Callback<unknown>,
        fail: ErrorCallback,
      ) => {
        try {
          for (const delta of deltas) this.apply(delta);
        } catch (error) {
          fail(error as Error);
          return;
        }
        this.eventId += 1;
        callback({ firstError: null, eventId: this.eventId });
      },
      getModelEventSource: closedEventSource,
      getWorkingCopyEventSource: closedEventSource,
    };
    return new Proxy(served, {
      get: (target, name) => {
        if (name in target) return target[name as keyof typeof target];
        if (typeof name !== 'string' || name === 'then') return undefined;
        return (...args: unknown[]) => {
          this.unserved.push(name);
          const fail = args[args.length - 1];
          if (typeof fail === 'function') fail(new Error(`stand-in does not serve ${name}`));
        };
      },
    }) as never;
  }

  /** Adds a unit as the server would hold it (used to seed an app). */
  addUnit(tree: Json, containerId: string, containmentName: string): void {
    this.units.set(tree.$ID as string, { containerId, containmentName, tree });
  }

  private unitJson(id: string) {
    const unit = this.units.get(id) as StoredUnit;
    const { $ID, $Type, ...contents } = structuredClone(unit.tree);
    return {
      $ID,
      $Type,
      containerId: unit.containerId,
      containmentName: unit.containmentName,
      contents,
    };
  }

  private element(unitId: string, elementId: string) {
    const unit = this.units.get(unitId);
    if (!unit) throw new Error(`stand-in: no unit ${unitId}`);
    const found = findWithParent(unit.tree, elementId);
    if (!found) throw new Error(`stand-in: no element ${elementId} in unit ${unitId}`);
    return found;
  }

  private apply(delta: Delta): void {
    this.deltas.push(structuredClone(delta));
    switch (delta.deltaType) {
      case 'CREATE_UNIT_TREE':
        this.addUnit(
          structuredClone(delta.unitTree) as Json,
          delta.containerId,
          delta.containmentName,
        );
        return;
      case 'DELETE_UNIT':
        this.units.delete(delta.unitId);
        return;
      case 'CREATE_ELEMENT_TREE':
        return this.attach(
          delta.unitId,
          delta.parentId,
          delta.parentPropertyName,
          structuredClone(delta.elementTree) as Json,
          delta.additionIndex,
        );
      case 'UPDATE_PROPERTY_VALUE':
        return this.update(delta);
      case 'DELETE_ELEMENT':
        this.detach(delta.unitId, delta.elementId);
        return;
      case 'DETACH_ELEMENT':
        this.detached.set(delta.elementId, this.detach(delta.unitId, delta.elementId));
        return;
      case 'ATTACH_ELEMENT': {
        const element = this.detached.get(delta.elementId);
        if (!element) throw new Error(`stand-in: attach of unknown element ${delta.elementId}`);
        this.detached.delete(delta.elementId);
        return this.attach(
          delta.unitId,
          delta.newParentId,
          delta.newParentPropertyName,
          element,
          delta.newIndex,
        );
      }
    }
  }

  private attach(
    unitId: string,
    parentId: string,
    property: string,
    element: Json,
    index?: number,
  ): void {
    const { element: parent } = this.element(unitId, parentId);
    const current = parent[property];
    if (Array.isArray(current)) current.splice(index ?? current.length, 0, element);
    else parent[property] = element;
  }

  private detach(unitId: string, elementId: string): Json {
    const { element, parent } = this.element(unitId, elementId);
    if (!parent) throw new Error(`stand-in: cannot detach unit root ${elementId}`);
    const holder = parent.owner[parent.key];
    if (Array.isArray(holder)) holder.splice(holder.indexOf(element), 1);
    else parent.owner[parent.key] = null;
    return element;
  }

  private update(delta: Extract<Delta, { deltaType: 'UPDATE_PROPERTY_VALUE' }>): void {
    const { element } = this.element(delta.unitId, delta.elementId);
    const mutator = delta.mutator;
    const current = element[delta.propertyName];
    if (mutator.mutatorType === 'CHANGE') {
      if (mutator.updateIndex !== undefined && Array.isArray(current))
        current[mutator.updateIndex] = mutator.value;
      else element[delta.propertyName] = mutator.value;
    } else if (mutator.mutatorType === 'ADD' && Array.isArray(current)) {
      current.splice(mutator.insertionIndex ?? current.length, 0, mutator.value);
    } else if (mutator.mutatorType === 'REMOVE' && Array.isArray(current)) {
      current.splice(mutator.removalIndex, 1);
    } else throw new Error(`stand-in: ${mutator.mutatorType} on a property that is not a list`);
  }
}
