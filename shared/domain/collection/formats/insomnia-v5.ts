import { isObj, str } from './json-values';
import type { Obj } from './json-values';

/**
 * An Insomnia v5 collection (`type: collection.insomnia.rest/5.0`, the YAML Insomnia 10+ exports) as
 * the v4 resources it holds: folders are items with `children`, environments a base with sub-environments.
 */
export function insomniaV5Resources(root: Obj): Obj {
  const resources: Obj[] = [
    { _id: 'wrk_v5', _type: 'workspace', name: str(root.name) ?? 'Imported from Insomnia' },
  ];
  let next = 0;
  const id = (item: Obj, prefix: string): string =>
    (isObj(item.meta) ? str(item.meta.id) : undefined) ?? `${prefix}_${++next}`;
  // Depth-first without recursion, in document order.
  const pending: Array<{ item: Obj; parentId: string }> = [];
  const push = (items: unknown, parentId: string): void => {
    for (const item of [...(Array.isArray(items) ? items : [])].reverse())
      if (isObj(item)) pending.push({ item, parentId });
  };
  push(root.collection, 'wrk_v5');
  while (pending.length > 0) {
    const { item, parentId } = pending.pop() as (typeof pending)[number];
    if (Array.isArray(item.children)) {
      const folderId = id(item, 'fld');
      resources.push({
        ...item,
        _id: folderId,
        _type: 'request_group',
        parentId,
        children: undefined,
      });
      push(item.children, folderId);
    } else if (item.url !== undefined || item.method !== undefined)
      resources.push({
        ...item,
        _id: id(item, 'req'),
        _type: 'request',
        parentId,
        parameters: item.parameters,
      });
  }
  const environments = isObj(root.environments) ? root.environments : undefined;
  if (environments) {
    resources.push({
      _id: 'env_base',
      _type: 'environment',
      name: str(environments.name) ?? 'Base Environment',
      data: environments.data ?? {},
    });
    for (const sub of Array.isArray(environments.subEnvironments)
      ? environments.subEnvironments
      : [])
      if (isObj(sub))
        resources.push({
          _id: id(sub, 'env'),
          _type: 'environment',
          name: str(sub.name) ?? 'Environment',
          data: sub.data ?? {},
        });
  }
  return { _type: 'export', __export_format: 4, resources };
}
