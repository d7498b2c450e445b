// Source text of the generated apply-connector.ts (it type-checks against mendixmodelsdk only
// once written out: the test suite does that with tsc --strict). No backticks or dollar-braces here.

/** The core of the generated script: entities, attributes, generalizations, associations. */
export const coreDomainModelSource = String.raw`// ---- Domain model: non-persistent entities, attributes, generalizations, associations. ----

type AttributeSpec = Spec['entities'][number]['attributes'][number];

function attributeTypeOf(model: IModel, attribute: AttributeSpec): domainmodels.AttributeType {
  switch (attribute.type) {
    case 'Integer': return domainmodels.IntegerAttributeType.create(model);
    case 'Long': return domainmodels.LongAttributeType.create(model);
    case 'Decimal': return domainmodels.DecimalAttributeType.create(model);
    case 'Boolean': return domainmodels.BooleanAttributeType.create(model);
    case 'DateTime': return domainmodels.DateTimeAttributeType.create(model);
    default: {
      const type = domainmodels.StringAttributeType.create(model);
      type.length = attribute.length;
      return type;
    }
  }
}

function sameAttributeType(current: domainmodels.AttributeType, attribute: AttributeSpec): boolean {
  if (current.structureTypeName !== 'DomainModels$' + attribute.type + 'AttributeType') return false;
  return !(current instanceof domainmodels.StringAttributeType) || current.length === attribute.length;
}

function ensureAttribute(entity: domainmodels.Entity, attribute: AttributeSpec, report: Report): void {
  const what = 'attribute ' + entity.name + '.' + attribute.name;
  let target = entity.attributes.find((a) => a.name === attribute.name);
  let changed = false;
  if (!target) {
    target = domainmodels.Attribute.createIn(entity);
    target.name = attribute.name;
    report.created.push(what);
  }
  if (!sameAttributeType(target.type, attribute)) {
    target.type = attributeTypeOf(entity.model, attribute);
    changed = true;
  }
  if (!(target.value instanceof domainmodels.StoredValue)) {
    target.value = domainmodels.StoredValue.create(entity.model);
    changed = true;
  }
  changed = assign(target, 'documentation', attribute.documentation) || changed;
  if (!report.created.includes(what)) note(report, changed, what);
}

function ensureGeneralization(entity: domainmodels.Entity, qualifiedName: string | null): boolean {
  const current = entity.generalization;
  if (qualifiedName) {
    if (current instanceof domainmodels.Generalization && current.generalizationQualifiedName === qualifiedName)
      return false;
    const parent = entity.model.findEntityByQualifiedName(qualifiedName);
    if (!parent) throw new Error('entity ' + qualifiedName + ' vanished');
    const generalization = domainmodels.Generalization.create(entity.model);
    generalization.generalization = parent;
    entity.generalization = generalization;
    return true;
  }
  if (current instanceof domainmodels.NoGeneralization) return assign(current, 'persistable', false);
  const none = domainmodels.NoGeneralization.create(entity.model);
  none.persistable = false;
  entity.generalization = none;
  return true;
}

function ensureEntity(domainModel: domainmodels.DomainModel, spec: Spec['entities'][number], index: number, report: Report) {
  const what = 'entity ' + spec.name;
  let entity = domainModel.entities.find((e) => e.name === spec.name);
  let changed = false;
  if (!entity) {
    entity = domainmodels.Entity.createIn(domainModel);
    entity.name = spec.name;
    // A readable grid; Studio Pro lets the user move them.
    entity.location = { x: 40 + (index % 4) * 320, y: 40 + Math.floor(index / 4) * 260 };
    report.created.push(what);
  }
  changed = ensureGeneralization(entity, spec.generalization) || changed;
  changed = assign(entity, 'documentation', spec.documentation) || changed;
  if (!report.created.includes(what)) note(report, changed, what);
  for (const attribute of spec.attributes) ensureAttribute(entity, attribute, report);
}

function ensureAssociation(domainModel: domainmodels.DomainModel, spec: Spec['associations'][number], report: Report) {
  const what = 'association ' + spec.name;
  const parent = domainModel.entities.find((e) => e.name === spec.parent);
  const child = domainModel.entities.find((e) => e.name === spec.child);
  if (!parent || !child) throw new Error(what + ' joins entities that are not in the module');
  let association = domainModel.associations.find((a) => a.name === spec.name);
  let changed = false;
  if (!association) {
    association = domainmodels.Association.createIn(domainModel);
    association.name = spec.name;
    report.created.push(what);
  }
  if (association.parent !== parent) { association.parent = parent; changed = true; }
  if (association.child !== child) { association.child = child; changed = true; }
  changed = assign(association, 'type', domainmodels.AssociationType[spec.type]) || changed;
  changed = assign(association, 'owner', domainmodels.AssociationOwner[spec.owner]) || changed;
  if (!report.created.includes(what)) note(report, changed, what);
}

async function ensureDomainModel(module: projects.IModule, spec: Spec, report: Report): Promise<void> {
  const domainModel = await module.domainModel.load();
  spec.entities.forEach((entity, index) => ensureEntity(domainModel, entity, index, report));
  for (const association of spec.associations) ensureAssociation(domainModel, association, report);
}
`;
