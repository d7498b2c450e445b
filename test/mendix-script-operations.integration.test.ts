/**
 * The generated Model SDK script against the plan, on the real Model SDK and the model-server
 * stand-in: XML operations stop the run until their schema and mapping exist, the request body
 * is exported with `EXM_{Action}Request`, and every variable an expression reads is declared.
 */
import { describe, expect, it } from 'vitest';
import { actionIconPng } from '../shared/domain/mendix-script/action-icon';
import { mendixScriptFiles } from '../shared/domain/mendix-script/render-script';
import type { CallRestStep } from '../shared/domain/plan/types';
import type { ModelServerStandIn } from './mendix-model-server';
import type { Tree } from './mendix-script-support';
import {
  bundles,
  ofType,
  runScript,
  undeclaredVariables,
  unitsInModule,
  useScriptWorkspace,
} from './mendix-script-support';
import { addXmlDocumentsByHand, standInApp } from './mendix-stand-in-app';

const ws = useScriptWorkspace();

async function appWithXmlDocuments(bundle: 's3' | 'three'): Promise<ModelServerStandIn> {
  const server = await standInApp({ withAuthentication: true });
  await addXmlDocumentsByHand(server, {
    module: bundles[bundle].plan.module.name,
    schema: 'XSD_ListObjectsV2',
    importMapping: 'IMM_ListObjectsV2',
    rootElement: 'ListBucketResult',
  });
  return server;
}

describe('XML operations', () => {
  it('stop the run before any change, naming the operation and the steps by hand', async () => {
    const server = await standInApp({ withAuthentication: true });
    const run = runScript(server, ws.scripts.s3);
    await expect(run).rejects.toThrow(
      /nothing was changed[\s\S]*operation ListObjectsV2 answers in XML[\s\S]*XML schema XSD_ListObjectsV2[\s\S]*XSD_ListObjectsV2\.xsd[\s\S]*import mapping IMM_ListObjectsV2[\s\S]*root element ListBucketResult[\s\S]*run this script again/,
    );
    expect(server.deltas).toEqual([]);
    const readme = mendixScriptFiles(bundles.s3.plan, bundles.s3.model)[0]?.content ?? '';
    expect(readme).toMatch(/## By hand in Studio Pro[\s\S]*ListObjectsV2 answers in XML/);
  }, 60_000);

  it('use the XML import mapping the user made, build no JSON document for it, then change nothing', async () => {
    const server = await appWithXmlDocuments('s3');
    const module = bundles.s3.plan.module.name;
    const first = await runScript(server, ws.scripts.s3);
    expect(first.report.created).toContain('microflow Get_v1_ListObjectsV2');
    const units = unitsInModule(server, module);
    const names = units.map((u) => `${u.$Type} ${String(u.name)}`);
    expect(names.filter((n) => /JsonStructure|ImportMapping/.test(n))).toEqual([
      'ImportMappings$ImportMapping IMM_ListObjectsV2',
    ]);
    const microflow = units.find((u) => u.name === 'Get_v1_ListObjectsV2') as Tree;
    const call = ofType(microflow, 'Microflows$ImportMappingCall')[0] as Tree;
    expect(call.mapping).toBe(`${module}.IMM_ListObjectsV2`);
    expect(undeclaredVariables(microflow)).toEqual([]);
    const second = await runScript(server, ws.scripts.s3);
    expect(second.deltas).toEqual([]);
  }, 60_000);
});

describe('request bodies', () => {
  it('are exported with EXM_{Action}Request from the request entity, signed and sent', async () => {
    const server = await standInApp({ withAuthentication: true });
    const module = bundles.describeTable.plan.module.name;
    const first = await runScript(server, ws.scripts.describeTable);
    expect(first.report.created).toContain('export mapping EXM_DescribeTableRequest');
    const units = unitsInModule(server, module);
    const exm = units.find((u) => u.name === 'EXM_DescribeTableRequest') as Tree;
    expect(exm.$Type).toBe('ExportMappings$ExportMapping');
    // Empty optional members are left out of the body, not sent as null.
    expect(exm.nullValueOption).toBe('LeaveOutElement');
    expect(exm.jsonStructure).toBe(`${module}.JSON_DescribeTableRequest`);
    const [root] = exm.rootMappingElements as Tree[];
    expect([root?.entity, root?.objectHandling]).toEqual([
      `${module}.DescribeTableRequest`,
      'Parameter',
    ]);
    const values = ofType(exm, 'ExportMappings$ExportValueMappingElement');
    expect(values.map((v) => [v.jsonPath, v.attribute])).toEqual([
      ['(Object)|TableName', `${module}.DescribeTableRequest.TableName`],
    ]);

    const microflow = units.find((u) => u.name === 'Post_v1_DescribeTable') as Tree;
    const exportAction = ofType(microflow, 'Microflows$ExportXmlAction')[0] as Tree;
    const handling = exportAction.resultHandling as Tree;
    expect([handling.mapping, handling.mappingArgumentVariableName]).toEqual([
      `${module}.EXM_DescribeTableRequest`,
      'DescribeTableRequest',
    ]);
    expect((exportAction.outputMethod as Tree).outputVariableName).toBe('RequestBody');
    const members = ofType(microflow, 'Microflows$MemberChange');
    const body = members.find((m) => String(m.attribute).endsWith('.RequestBody'));
    expect(body?.value).toBe('$RequestBody');
    const template = ofType(microflow, 'Microflows$CustomRequestHandling')[0] as Tree;
    expect(ofType(template, 'Microflows$TemplateArgument').map((a) => a.expression)).toEqual([
      '$SigV4Builder/RequestBody',
    ]);
    expect(undeclaredVariables(microflow)).toEqual([]);

    const second = await runScript(server, ws.scripts.describeTable);
    expect(second.deltas).toEqual([]);
  }, 60_000);
});

describe('operation microflows', () => {
  it('fill the planned signing lists and read only declared variables (the client configuration is retrieved)', async () => {
    const server = await appWithXmlDocuments('three');
    await runScript(server, ws.scripts.three);
    const units = unitsInModule(server, bundles.three.plan.module.name);
    for (const operation of bundles.three.plan.operations) {
      const microflow = units.find((u) => u.name === operation.microflow.name) as Tree;
      expect([operation.action, undeclaredVariables(microflow)]).toEqual([operation.action, []]);
      const planned = operation.microflow.steps.find((s) => s.kind === 'call-rest') as CallRestStep;
      const rest = ofType(microflow, 'Microflows$RestCallAction')[0] as Tree;
      expect(rest.timeOutExpression).toBe(planned.timeout);
      const lists = operation.microflow.steps.flatMap((s) =>
        s.kind === 'header-list' ? s.headers : s.kind === 'query-list' ? s.parameters : [],
      );
      const keys = ofType(microflow, 'Microflows$MemberChange')
        .filter((m) => m.attribute === 'AWSAuthentication.SigV4Parameter.Key')
        .map((m) => m.value);
      expect(keys).toEqual(lists.map((entry) => `'${entry.name}'`));
      expect(ofType(microflow, 'Microflows$ChangeListAction')).toHaveLength(lists.length);
      const retrieve = ofType(microflow, 'Microflows$AssociationRetrieveSource')[0] as Tree;
      expect(retrieve.association).toBe('AWSAuthentication.AbstractRequest_BasicClientConfig');
    }
  }, 60_000);

  it('expose each operation as a microflow action with caption, category and the toolbox icon', async () => {
    const server = await standInApp({ withAuthentication: true });
    const { report } = await runScript(server, ws.scripts.polly);
    expect(report.manual).toEqual([]);
    const units = unitsInModule(server, 'AmazonPollyConnector');
    const microflow = units.find((u) => u.name === 'Get_v1_DescribeVoices') as Tree;
    const info = microflow.microflowActionInfo as Tree;
    expect([info.caption, info.category, info.iconData]).toEqual([
      'DescribeVoices',
      'Amazon Polly',
      actionIconPng,
    ]);
  }, 60_000);
});
