import type { CollectionData } from './schema';
import { uniqueSlug } from './slug';

/** Adds an import's requests, folders and environments to an existing collection; the existing settings win. */
export function mergeCollections(
  base: CollectionData,
  added: CollectionData,
  reserved: Iterable<string> = [],
): CollectionData {
  const taken = [...base.requests.map((r) => r.slug), ...reserved];
  const requests = added.requests.map(({ slug, request }) => {
    const unique = uniqueSlug(slug, taken);
    taken.push(unique);
    return { slug: unique, request };
  });
  const environmentNames = new Set(base.collection.environments.map((e) => e.name));
  return {
    collection: {
      ...base.collection,
      environments: [
        ...base.collection.environments,
        ...added.collection.environments.filter((e) => !environmentNames.has(e.name)),
      ],
      folders: [...new Set([...base.collection.folders, ...added.collection.folders])],
      order: [...base.collection.order, ...requests.map((r) => r.slug)],
    },
    requests: [...base.requests, ...requests],
  };
}
