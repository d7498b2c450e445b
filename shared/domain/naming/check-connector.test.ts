import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityModel } from '../entity-model/types';
import { connectorOf, dynamoListTables, pollyDescribeVoices } from '../plan/fixtures.test-helper';
import type { ConnectorPlan } from '../plan/types';
import { applyFix } from './apply-fix';
import { checkConnector } from './check-connector';
import type { NamingFinding } from './types';

const brief = (findings: NamingFinding[]) =>
  findings.map(
    (f) =>
      `${f.severity} ${f.rule} ${f.element.kind}:${f.element.name}${f.quickFix ? ` → ${f.quickFix.label}` : ''}`,
  );

function renameEntity(model: EntityModel, name: string, to: string): EntityModel {
  return {
    ...model,
    entities: model.entities.map((e) => (e.name === name ? { ...e, name: to } : e)),
  };
}

function renameAttribute(model: EntityModel, name: string, to: string): EntityModel {
  return {
    ...model,
    entities: model.entities.map((e) => ({
      ...e,
      attributes: e.attributes.map((a) => (a.name === name ? { ...a, name: to } : a)),
    })),
  };
}

const errorKeys = (findings: NamingFinding[]) =>
  new Set(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.element.id}`));

/** Applies every quick fix one at a time and returns the errors each fix added. */
function newErrorsOfFixes(plan: ConnectorPlan, model: EntityModel): string[] {
  const before = checkConnector(plan, model);
  const errors = errorKeys(before);
  const added: string[] = [];
  for (const finding of before) {
    if (!finding.quickFix) continue;
    const after = applyFix(plan, model, finding.quickFix.fix);
    for (const key of errorKeys(after.findings))
      if (!errors.has(key)) added.push(`${finding.quickFix.label}: ${key}`);
  }
  return added;
}

describe('checkConnector', () => {
  it('finds only the conventions the how-to asks to review on a fresh Polly and DynamoDB plan', () => {
    for (const recording of [pollyDescribeVoices, dynamoListTables]) {
      const { plan, model } = connectorOf(recording);
      expect(checkConnector(plan, model).filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('reports bad names with their rule ids and fixes them', () => {
    const { plan, model } = connectorOf(pollyDescribeVoices);
    let bad = renameEntity(model, 'Voice', 'Voices');
    bad = renameAttribute(bad, 'Gender', 'type');
    bad = renameAttribute(bad, 'LanguageCode', 'Language-Code');
    bad = renameEntity(bad, 'DescribeVoicesResponse', 'amazonpollyconnector');
    const badPlan: ConnectorPlan = {
      ...plan,
      module: { ...plan.module, name: 'PollyStuff' },
      operations: plan.operations.map((o) => ({
        ...o,
        microflow: {
          ...o.microflow,
          name: 'Post_v1_DescribeVoices',
          steps: o.microflow.steps.filter((s) => s.kind !== 'call-rest'),
        },
        exposed: { ...o.exposed, caption: 'Voices' },
        documents: o.documents.map((d) =>
          d.id === 'imm' ? { ...d, name: 'DescribeVoicesMapping' } : d,
        ),
      })),
      enumerations: [{ name: 'Engine', values: [{ name: '2xl', caption: '2xl' }] }],
    };
    const findings = checkConnector(badPlan, bad);
    expect(brief(findings)).toMatchInlineSnapshot(`
      [
        "error N01 attribute:Voices.Language-Code → Rename to Language_Code",
        "error N03 attribute:Voices.type → Rename to VoicesType",
        "error N04 enumeration:2xl → Rename to Value_2xl",
        "warning C01 microflow:Post_v1_DescribeVoices → Rename to Get_v1_DescribeVoices",
        "warning C03 operation:DescribeVoices → Use the AWS names",
        "warning C05 entity:amazonpollyconnector → Rename to DescribeVoicesResponse",
        "warning C07 module:PollyStuff → Rename to AmazonPollyConnector_2",
        "warning C11 operation:DescribeVoices → Restore the planned activities",
        "warning C14 operation:DescribeVoices → Restore the planned activities",
        "warning N08 entity:amazonpollyconnector → Rename to Amazonpollyconnector",
        "warning N08 entity:Voices → Rename to Voice",
        "warning N10 document:DescribeVoicesMapping → Rename to IMM_DescribeVoices",
        "warning N11 enumeration:Engine → Rename to ENUM_Engine",
        "warning N12 association:Voice_DescribeVoicesResponse → Rename to Voices_amazonpollyconnector",
      ]
    `);
    let state = { plan: badPlan, model: bad, findings };
    for (let i = 0; i < 30; i++) {
      const next = state.findings.find((f) => f.quickFix);
      if (!next?.quickFix) break;
      state = applyFix(state.plan, state.model, next.quickFix.fix);
    }
    expect(brief(state.findings)).toMatchInlineSnapshot(`[]`);
  });

  it('reports clashes, leftovers, broken activities, folders and README gaps', () => {
    const { plan, model } = connectorOf(dynamoListTables, pollyDescribeVoices);
    let bad = renameEntity(model, 'ListTablesResponse', 'Root');
    bad = renameEntity(bad, 'Voice', 'amazondynamodbconnector');
    bad = renameEntity(bad, 'DescribeVoicesResponse', 'ListTablesRequest');
    const badPlan: ConnectorPlan = {
      ...plan,
      folders: plan.folders.filter((f) => f !== 'UseMe'),
      typicalUseCases: '',
      operations: plan.operations.map((o, i) =>
        i === 0
          ? {
              ...o,
              action: 'listTables',
              microflow: {
                ...o.microflow,
                name: 'x'.repeat(256),
                steps: o.microflow.steps.map((s) =>
                  s.kind === 'header-list'
                    ? { ...s, headers: [] }
                    : s.kind === 'create-sigv4-builder'
                      ? { ...s, settings: { ...s.settings, ServiceName: 'dynamo' } }
                      : s,
                ),
              },
              documents: o.documents.map((d) =>
                d.id === 'json' ? { ...d, name: 'ListTablesSnippet', folder: 'Operations' } : d,
              ),
            }
          : o,
      ),
    };
    const findings = checkConnector(badPlan, bad);
    expect(brief(findings).map((line) => line.slice(0, 60))).toMatchInlineSnapshot(`
      [
        "error N02 microflow:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "error N06 entity:ListTablesRequest → Rename to ListTablesReq",
        "error N07 entity:amazondynamodbconnector → Rename to amazond",
        "warning C02 operation:listTables → Use ListTables",
        "warning C03 operation:listTables → Use the AWS names",
        "warning C04 entity:ListTablesRequest",
        "warning C05 entity:Root → Rename to listTablesResponse",
        "warning C05 entity:ListTablesRequest → Rename to DescribeVoi",
        "warning C06 entity:Root → Rename to ListTablesResponse",
        "warning C08 folder:AmazonDynamoDBConnector → Create the fold",
        "warning C10 operation:listTables → Restore the planned activ",
        "warning C12 operation:listTables → Restore the planned activ",
        "warning C16 readme:README.md → Draft the use cases",
        "warning N08 entity:amazondynamodbconnector → Rename to Amazo",
        "warning N09 document:ListTablesSnippet → Rename to JSON_list",
        "warning N12 association:Voice_DescribeVoicesResponse → Renam",
      ]
    `);
    expect(newErrorsOfFixes(badPlan, bad)).toEqual([]);
  });

  it('reports PATCH as an error', () => {
    const { plan, model } = connectorOf({
      ...pollyDescribeVoices,
      request: { ...pollyDescribeVoices.request, method: 'PATCH', path: '/v9/things' },
    });
    expect(brief(checkConnector(plan, model)).filter((line) => line.includes('C13'))).toEqual([
      'error C13 operation:PatchThings',
    ]);
  });

  it('never introduces a new error with a quick fix, whatever the bad names', () => {
    const { plan, model } = connectorOf(pollyDescribeVoices, dynamoListTables);
    const badName = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        'id',
        'Type',
        'owner',
        '',
        '1abc',
        'a b',
        'Voice',
        'voice',
        'AmazonPollyConnector',
        'x'.repeat(300),
        'Root',
        'JsonObject',
        'Voices',
        '_Id',
      ),
    );
    fc.assert(
      fc.property(
        fc.tuple(badName, badName, badName, badName, badName, badName),
        ([entityName, attributeName, moduleName, microflowName, associationName, documentName]) => {
          const renamed = renameAttribute(
            renameEntity(model, 'Voice', entityName),
            'Gender',
            attributeName,
          );
          const badModel = {
            ...renamed,
            associations: renamed.associations.map((a, i) =>
              i === 0 ? { ...a, name: associationName } : a,
            ),
          };
          const badPlan: ConnectorPlan = {
            ...plan,
            module: { ...plan.module, name: moduleName },
            operations: plan.operations.map((o, i) =>
              i === 0
                ? {
                    ...o,
                    microflow: { ...o.microflow, name: microflowName },
                    documents: o.documents.map((d, j) =>
                      j === 0 ? { ...d, name: documentName } : d,
                    ),
                  }
                : o,
            ),
          };
          expect(newErrorsOfFixes(badPlan, badModel)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
