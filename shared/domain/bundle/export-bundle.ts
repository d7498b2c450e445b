import { renderDiagramSvg } from '../diagram/render-svg';
import { toMermaidClassDiagram } from '../diagram/mermaid';
import type { DiagramLayout } from '../diagram/types';
import type { EntityModel } from '../entity-model/types';
import { toRepresentativeSnippet } from '../json-structure/snippet';
import { mendixScriptFiles } from '../mendix-script/render-script';
import { toXmlSchema } from '../xml-schema/xsd';
import { checkConnector } from '../naming/check-connector';
import { assignFileNames } from '../naming/file-names';
import { operationMarkdown } from '../plan/markdown';
import type { ConnectorPlan, PlannedOperation } from '../plan/types';
import { canonicalJson, utf8Length } from './canonical-json';
import { mappingPlans } from './mappings';
import { namingReport, namingReportMarkdown } from './naming-report';
import { toOpenApiYaml } from './openapi';
import { renderReadme } from './readme';

/** One file of a bundle; paths use `/` and never leave the bundle folder. */
export interface BundleFile {
  path: string;
  content: Uint8Array | string;
}

/** What a bundle is made from; `hash` is SHA-256 of a text's UTF-8 bytes in hex (shared/ has no crypto of its own). */
export interface ConnectorBundleInput {
  plan: ConnectorPlan;
  model: EntityModel;
  /** The laid-out diagram: the same drawing as on screen. */
  diagram: DiagramLayout;
  hash: (text: string) => string;
}

function operationSummary(operation: PlannedOperation) {
  return {
    id: operation.id,
    action: operation.action,
    catalogAction: operation.catalogAction,
    service: operation.service,
    microflow: operation.microflow,
    exposed: operation.exposed,
    documents: operation.documents,
    documentation: operation.documentation,
  };
}

function operationFiles(
  operation: PlannedOperation,
  model: EntityModel,
  folder: string,
): BundleFile[] {
  const fixed = [
    'structure.json',
    'request-structure.json',
    'mappings.json',
    'microflow.json',
    'microflow.md',
    'request.json',
  ];
  const xml = operation.xmlDocument;
  const schema = operation.documents.find((d) => d.id === (xml ? 'xsd' : 'json'))?.name;
  const jsonRequest = operation.documents.find((d) => d.id === 'json-request')?.name;
  const [snippetName, requestSnippetName] = assignFileNames([
    ...fixed,
    xml
      ? `${schema ?? `XSD_${operation.action}`}.xsd`
      : `${schema ?? `JSON_${operation.action}`}.json`,
    `${jsonRequest ?? 'request-snippet'}.json`,
  ]).slice(fixed.length);
  const files: BundleFile[] = [
    {
      // An XML response gets its XML schema (add it in Studio Pro as an XML schema document).
      path: `${folder}/${snippetName}`,
      content: xml
        ? toXmlSchema(operation.responseStructure, xml)
        : `${toRepresentativeSnippet(operation.responseStructure)}\n`,
    },
    { path: `${folder}/structure.json`, content: canonicalJson(operation.responseStructure) },
    { path: `${folder}/mappings.json`, content: canonicalJson(mappingPlans(operation, model)) },
    { path: `${folder}/microflow.json`, content: canonicalJson(operationSummary(operation)) },
    { path: `${folder}/microflow.md`, content: operationMarkdown(operation) },
    {
      path: `${folder}/request.json`,
      content: canonicalJson({ action: operation.action, ...operation.request }),
    },
  ];
  if (operation.requestStructure) {
    files.push({
      path: `${folder}/request-structure.json`,
      content: canonicalJson(operation.requestStructure),
    });
    if (jsonRequest)
      files.push({
        path: `${folder}/${requestSnippetName}`,
        content: `${toRepresentativeSnippet(operation.requestStructure)}\n`,
      });
  }
  return files;
}

function entitiesMarkdown(model: EntityModel): string {
  const lines = ['# Entities', ''];
  for (const entity of model.entities.filter((e) => !e.external)) {
    lines.push(
      `## ${entity.name}`,
      '',
      entity.documentation,
      '',
      ...entity.attributes.map((a) => `- **${a.name}**: ${a.documentation}`),
      '',
    );
  }
  return lines.join('\n');
}

function actionsMarkdown(plan: ConnectorPlan): string {
  const lines = ['# Actions', ''];
  for (const operation of plan.operations) {
    lines.push(
      `## ${operation.exposed.caption}`,
      '',
      `Category ${operation.exposed.category}; microflow \`${operation.microflow.name}\`.`,
      '',
      operation.documentation,
      '',
    );
  }
  return lines.join('\n');
}

/**
 * The connector skeleton bundle: manifest, README, OpenAPI, domain model, documentation, naming
 * report, the Model SDK script (`mendix/`) and per operation its snippet, structure, mappings, microflow plan and request (without
 * credentials). Pure: the same input gives byte-identical files, sorted by path.
 */
export function exportBundle(input: ConnectorBundleInput): BundleFile[] {
  const { plan, model } = input;
  const findings = checkConnector(plan, model);
  const folders = assignFileNames(plan.operations.map((o) => o.id));
  const files: BundleFile[] = [
    { path: 'README.md', content: renderReadme(plan, model) },
    { path: 'openapi.yaml', content: toOpenApiYaml(plan, model) },
    { path: 'domain-model/domain-model.json', content: canonicalJson(model) },
    { path: 'domain-model/domain-model.mmd', content: `${toMermaidClassDiagram(model)}\n` },
    { path: 'domain-model/domain-model.svg', content: renderDiagramSvg(input.diagram) },
    { path: 'docs/entities.md', content: entitiesMarkdown(model) },
    { path: 'docs/actions.md', content: actionsMarkdown(plan) },
    { path: 'naming/naming-report.json', content: canonicalJson(namingReport(plan, findings)) },
    { path: 'naming/naming-report.md', content: namingReportMarkdown(plan, findings) },
    ...mendixScriptFiles(plan, model),
    ...plan.operations.flatMap((operation, i) =>
      operationFiles(operation, model, `operations/${folders[i]}`),
    ),
  ];
  const text = (content: Uint8Array | string) => (typeof content === 'string' ? content : '');
  const manifest = {
    tool: { name: 'connector-studio', version: plan.toolVersion },
    module: plan.module,
    operations: plan.operations.map((o) => ({
      action: o.action,
      microflow: o.microflow.name,
      caption: o.exposed.caption,
      category: o.exposed.category,
    })),
    findings: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    },
    files: [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f) => ({
        path: f.path,
        bytes: utf8Length(text(f.content)),
        sha256: input.hash(text(f.content)),
      })),
  };
  files.push({ path: 'connector.json', content: canonicalJson(manifest) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
