// Source text of the generated apply-connector.ts (it type-checks against mendixmodelsdk only
// once written out: the test suite does that with tsc --strict). No backticks or dollar-braces here.

/** The core of the generated script: JSON structures, import and export mappings. */
export const coreJsonSource = String.raw`// ---- JSON structures, import and export mappings. ----

type ElementSpec = Spec['jsonStructures'][number]['elements'][number];

/** The element tree of a structure document, flattened pre-order like the spec. */
function elementsOf(structure: jsonstructures.JsonStructure): ElementSpec[] {
  const result: ElementSpec[] = [];
  const visit = (element: mappings.Element, parent: string | null) => {
    result.push({
      path: element.path,
      parent,
      elementType: element.elementType.name as ElementSpec['elementType'],
      primitiveType: element.primitiveType.name,
      exposedName: element.exposedName,
      minOccurs: element.minOccurs,
      maxOccurs: element.maxOccurs,
      nillable: element.nillable,
      originalValue: element instanceof jsonstructures.JsonElement ? element.originalValue : '',
    });
    for (const child of element.children) visit(child, element.path);
  };
  for (const root of structure.elements) visit(root, null);
  return result;
}

function fillElement(target: jsonstructures.JsonElement, spec: ElementSpec): void {
  target.elementType = mappings.ElementType[spec.elementType];
  target.primitiveType = xmlschemas.XmlPrimitiveType[spec.primitiveType as 'String'];
  target.path = spec.path;
  target.exposedName = spec.exposedName;
  target.minOccurs = spec.minOccurs;
  target.maxOccurs = spec.maxOccurs;
  target.nillable = spec.nillable;
  target.originalValue = spec.originalValue;
  // Studio Pro stores -1 (no limit) for elements derived from a JSON snippet.
  target.maxLength = -1;
  target.fractionDigits = -1;
  target.totalDigits = -1;
}

function buildElements(structure: jsonstructures.JsonStructure, elements: readonly ElementSpec[]): void {
  const created = new Map<string, jsonstructures.JsonElement>();
  for (const spec of elements) {
    const parent = spec.parent === null ? undefined : created.get(spec.parent);
    const element = parent
      ? jsonstructures.JsonElement.createInElementUnderChildren(parent)
      : jsonstructures.JsonElement.createInJsonStructureUnderElements(structure);
    fillElement(element, spec);
    created.set(spec.path, element);
  }
}

async function ensureJsonStructure(module: projects.IModule, folder: projects.IFolderBase,
  spec: Spec['jsonStructures'][number], report: Report): Promise<void> {
  const what = 'JSON structure ' + spec.name;
  const existing = module.model.allJsonStructures().find((s) => s.qualifiedName === module.name + '.' + spec.name);
  let structure: jsonstructures.JsonStructure;
  if (existing) {
    structure = await existing.load();
    if (structure.jsonSnippet === spec.snippet && JSON.stringify(elementsOf(structure)) === JSON.stringify(spec.elements)) {
      report.unchanged.push(what);
      return;
    }
    for (const element of [...structure.elements]) element.delete();
    report.updated.push(what);
  } else {
    structure = jsonstructures.JsonStructure.createIn(folder);
    structure.name = spec.name;
    report.created.push(what);
  }
  assign(structure, 'jsonSnippet', spec.snippet);
  buildElements(structure, spec.elements);
}

type MappingSpec = Spec['importMappings'][number];
type MappingKind = 'import' | 'export';

function dataTypeOf(model: IModel, type: string): datatypes.DataType {
  switch (type) {
    case 'Integer': return datatypes.IntegerType.create(model);
    case 'Long': return datatypes.IntegerType.create(model);
    case 'Decimal': return datatypes.DecimalType.create(model);
    case 'Boolean': return datatypes.BooleanType.create(model);
    case 'DateTime': return datatypes.DateTimeType.create(model);
    default: return datatypes.StringType.create(model);
  }
}

function mapObject(target: mappings.ObjectMappingElement, element: ElementSpec, mapped: MappingSpec['objects'][number] | undefined,
  module: projects.IModule, kind: MappingKind): void {
  target.elementType = mappings.ElementType[element.elementType];
  target.jsonPath = element.path;
  target.exposedName = element.exposedName;
  target.minOccurs = element.minOccurs;
  target.maxOccurs = element.maxOccurs;
  target.nillable = element.nillable;
  if (!mapped) return;
  target.entity = module.model.findEntityByQualifiedName(module.name + '.' + mapped.entity);
  // An export mapping's root object is its parameter; the others come over their association.
  target.objectHandling = kind === 'import' ? mappings.ObjectHandlingEnum.Create
    : mapped.association ? mappings.ObjectHandlingEnum.Find : mappings.ObjectHandlingEnum.Parameter;
  if (mapped.association)
    target.association = module.model.findAssociationBaseByQualifiedName(module.name + '.' + mapped.association);
}

function mapValue(parent: mappings.ObjectMappingElement, element: ElementSpec, mapped: { attribute: string; entity: string },
  module: projects.IModule, kind: MappingKind): void {
  const value = kind === 'import' ? importmappings.ImportValueMappingElement.createIn(parent)
    : exportmappings.ExportValueMappingElement.createIn(parent);
  value.elementType = mappings.ElementType.Value;
  value.jsonPath = element.path;
  value.exposedName = element.exposedName;
  value.minOccurs = element.minOccurs;
  value.maxOccurs = element.maxOccurs;
  value.nillable = element.nillable;
  value.xmlPrimitiveType = xmlschemas.XmlPrimitiveType[element.primitiveType as 'String'];
  value.attribute = module.model.findAttributeByQualifiedName(module.name + '.' + mapped.entity + '.' + mapped.attribute);
  value.type = dataTypeOf(module.model, element.primitiveType);
}

function createObject(mapping: mappings.MappingDocument, parent: mappings.ObjectMappingElement | undefined, kind: MappingKind) {
  if (kind === 'export')
    return parent ? exportmappings.ExportObjectMappingElement.createInObjectMappingElementUnderChildren(parent)
      : exportmappings.ExportObjectMappingElement.createInMappingDocumentUnderRootMappingElements(mapping);
  return parent ? importmappings.ImportObjectMappingElement.createInObjectMappingElementUnderChildren(parent)
    : importmappings.ImportObjectMappingElement.createInMappingDocumentUnderRootMappingElements(mapping);
}

/** Builds the mapping tree along the structure: containers of mapped objects, mapped objects, mapped values. */
function buildMapping(mapping: mappings.MappingDocument, spec: MappingSpec, elements: readonly ElementSpec[],
  module: projects.IModule, kind: MappingKind): void {
  const byPath = new Map(spec.objects.map((o) => [o.elementPath, o]));
  const values = new Map(spec.objects.flatMap((o) => o.values.map((v) => [v.elementPath, { ...v, entity: o.entity }] as const)));
  const needed = (path: string) => spec.objects.some((o) => o.elementPath === path || o.elementPath.startsWith(path + '|'));
  const created = new Map<string, mappings.ObjectMappingElement>();
  for (const element of elements) {
    const parent = element.parent === null ? undefined : created.get(element.parent);
    if (element.elementType === 'Value') {
      const value = values.get(element.path);
      if (parent && value) mapValue(parent, element, value, module, kind);
      continue;
    }
    if (!needed(element.path) || (element.parent !== null && !parent)) continue;
    const target = createObject(mapping, parent, kind);
    mapObject(target, element, byPath.get(element.path), module, kind);
    created.set(element.path, target);
  }
}

/** Finds the mapping document by name, or null when it must be (re)built; empties an outdated one. */
async function existingMapping<T extends mappings.MappingDocument>(documents: Array<{ qualifiedName: string | null; load(): Promise<T> }>,
  qualifiedName: string, documentation: string, what: string, report: Report): Promise<T | 'unchanged' | null> {
  const existing = documents.find((m) => m.qualifiedName === qualifiedName);
  if (!existing) return null;
  const mapping = await existing.load();
  if (mapping.documentation === documentation) {
    report.unchanged.push(what);
    return 'unchanged';
  }
  for (const element of [...mapping.rootMappingElements]) element.delete();
  report.updated.push(what);
  return mapping;
}

async function ensureExportMapping(module: projects.IModule, folder: projects.IFolderBase, spec: MappingSpec,
  elements: readonly ElementSpec[], report: Report): Promise<void> {
  const what = 'export mapping ' + spec.name;
  const documentation = withFingerprint('Maps ' + spec.rootEntity + ' to the request body ' + spec.structure + '.', { spec, elements });
  const found = await existingMapping(module.model.allExportMappings(), module.name + '.' + spec.name, documentation, what, report);
  if (found === 'unchanged') return;
  let mapping = found;
  if (!mapping) {
    mapping = exportmappings.ExportMapping.createIn(folder);
    mapping.name = spec.name;
    report.created.push(what);
  }
  mapping.documentation = documentation;
  mapping.jsonStructure = module.model.findJsonStructureByQualifiedName(module.name + '.' + spec.structure);
  // Optional members the app leaves empty are left out of the body, not sent as null.
  mapping.nullValueOption = microflows.NullValueOption.LeaveOutElement;
  buildMapping(mapping, spec, elements, module, 'export');
}

async function ensureImportMapping(module: projects.IModule, folder: projects.IFolderBase, spec: MappingSpec,
  elements: readonly ElementSpec[], report: Report): Promise<void> {
  const what = 'import mapping ' + spec.name;
  const documentation = withFingerprint('Maps the response of ' + spec.structure + ' to ' + spec.rootEntity + '.', { spec, elements });
  const found = await existingMapping(module.model.allImportMappings(), module.name + '.' + spec.name, documentation, what, report);
  if (found === 'unchanged') return;
  let mapping = found;
  if (!mapping) {
    mapping = importmappings.ImportMapping.createIn(folder);
    mapping.name = spec.name;
    report.created.push(what);
  }
  mapping.documentation = documentation;
  mapping.jsonStructure = module.model.findJsonStructureByQualifiedName(module.name + '.' + spec.structure);
  buildMapping(mapping, spec, elements, module, 'import');
}
`;
