import type { EntityModel } from '../types';

/** A compact, reviewable text form of a model for golden tests. */
export function summarize(model: EntityModel): {
  entities: string[];
  associations: string[];
  findings: string[];
} {
  const name = (id: string) => model.entities.find((e) => e.id === id)?.name ?? `?${id}`;
  return {
    entities: model.entities.map((e) => {
      const qualified = e.external ? `${e.module}.${e.name}` : e.name;
      const general = e.generalization ? ` : ${e.generalization}` : '';
      return `${qualified}${general} { ${e.attributes.map((a) => `${a.name}: ${a.type}`).join(', ')} }`;
    }),
    associations: model.associations.map(
      (a) =>
        `${a.name}: ${name(a.parent)} -> ${name(a.child)} ${a.type} ${a.owner} ${a.multiplicity}`,
    ),
    findings: model.findings.map((f) => `${f.severity} ${f.kind} ${f.element}`),
  };
}
