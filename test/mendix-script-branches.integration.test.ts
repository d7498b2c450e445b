/**
 * The branches of a generated operation microflow on the real Model SDK and the model-server
 * stand-in (issue 12's plan, issue 13's script): required inputs checked first, optional inputs
 * signed only when set, the session token sent on the temporary-credentials branch, the host prefix.
 */
import { describe, expect, it } from 'vitest';
import type { BundleName, Tree } from './mendix-script-support';
import {
  bundles,
  nodesOf,
  ofType,
  runScript,
  undeclaredVariables,
  unitsInModule,
  useScriptWorkspace,
} from './mendix-script-support';
import { buildScriptSpec } from '../shared/domain/mendix-script/build-spec';
import { renderScriptReadme } from '../shared/domain/mendix-script/render-script';
import { standInApp } from './mendix-stand-in-app';

const ws = useScriptWorkspace();

/** The microflow of a bundle's first operation after running its script on a fresh app. */
async function appliedMicroflow(bundle: BundleName) {
  const server = await standInApp({ withAuthentication: true });
  const run = await runScript(server, ws.scripts[bundle]);
  const { plan } = bundles[bundle];
  const units = unitsInModule(server, plan.module.name);
  const microflow = units.find((u) => u.name === plan.operations[0]!.microflow.name) as Tree;
  return { microflow, report: run.report, server };
}

/** The graph of a microflow: each object by id, and the flows out of it with their case values. */
function graphOf(microflow: Tree) {
  const byId = new Map(nodesOf(microflow).map((n) => [n.$ID, n]));
  const flows = ofType(microflow, 'Microflows$SequenceFlow');
  const cases = (flow: Tree) =>
    ((flow.caseValues as Tree[] | undefined) ?? []).map((c) => String(c.value));
  const out = (node: Tree) =>
    flows
      .filter((f) => f.origin === node.$ID && !f.isErrorHandler)
      .map((f) => ({ to: byId.get(String(f.destination)) as Tree, cases: cases(f) }));
  return { out };
}

const caseOf = (edge: { cases: string[] }) => edge.cases.join(',');

describe('generated microflow branches', () => {
  it('check a required input first: an empty FunctionName is logged and the microflow returns empty', async () => {
    const { microflow } = await appliedMicroflow('lambda');
    const { out } = graphOf(microflow);
    const start = ofType(microflow, 'Microflows$StartEvent')[0]!;
    const split = out(start)[0]!.to;
    expect(split.$Type).toBe('Microflows$ExclusiveSplit');
    expect((split.splitCondition as Tree).expression).toBe(
      "$GetFunctionRequest/FunctionName != empty and $GetFunctionRequest/FunctionName != ''",
    );
    const missing = out(split).find((edge) => caseOf(edge) === 'false')!.to;
    const log = missing.action as Tree;
    expect([log.$Type, log.level, (log.messageTemplate as Tree).text]).toEqual([
      'Microflows$LogMessageAction',
      'Error',
      'GetFunction: FunctionName is required',
    ]);
    const end = out(missing)[0]!.to;
    expect([end.$Type, end.returnValue]).toEqual(['Microflows$EndEvent', 'empty']);
    expect(out(split).find((edge) => caseOf(edge) === 'true')?.to.$Type).toBe(
      'Microflows$ActionActivity',
    );
  }, 60_000);

  it('sign an optional query input only when it is set: a decision and a merge around Qualifier', async () => {
    const { microflow } = await appliedMicroflow('lambda');
    const { out } = graphOf(microflow);
    const split = ofType(microflow, 'Microflows$ExclusiveSplit').find(
      (s) => s.caption === 'Qualifier set?',
    )!;
    expect((split.splitCondition as Tree).expression).toBe(
      "$GetFunctionRequest/Qualifier != empty and $GetFunctionRequest/Qualifier != ''",
    );
    const create = out(split).find((edge) => caseOf(edge) === 'true')!.to;
    const members = ofType(create, 'Microflows$MemberChange').map((m) => m.value);
    expect(members).toEqual(["'Qualifier'", '$GetFunctionRequest/Qualifier']);
    const add = out(create)[0]!.to;
    expect((add.action as Tree).$Type).toBe('Microflows$ChangeListAction');
    const merge = out(add)[0]!.to;
    expect(merge.$Type).toBe('Microflows$ExclusiveMerge');
    expect(out(split).find((edge) => caseOf(edge) === 'false')?.to).toBe(merge);
  }, 60_000);

  it('send the session token only on the temporary-credentials branch of an inheritance split', async () => {
    const { microflow } = await appliedMicroflow('lambda');
    const { out } = graphOf(microflow);
    const split = ofType(microflow, 'Microflows$InheritanceSplit')[0]!;
    expect(split.splitVariableName).toBe('Credentials');
    const branches = Object.fromEntries(out(split).map((edge) => [caseOf(edge), edge.to]));
    expect(Object.keys(branches).sort()).toEqual([
      'AWSAuthentication.Credentials',
      'AWSAuthentication.TemporaryCredentials',
    ]);
    const cast = branches['AWSAuthentication.TemporaryCredentials']!;
    expect((cast.action as Tree).outputVariableName).toBe('TemporaryCredentials');
    const headersOf = (activity: Tree) =>
      ofType(activity, 'Microflows$HttpHeaderEntry').map(
        (h) => `${String(h.key)}: ${String(h.value)}`,
      );
    const withToken = out(cast)[0]!.to;
    const without = branches['AWSAuthentication.Credentials']!;
    expect(headersOf(withToken)).toContain('x-amz-security-token: $TemporaryCredentials/Token');
    expect(headersOf(without).filter((h) => h.startsWith('x-amz-security-token'))).toEqual([]);
    expect(headersOf(withToken).filter((h) => !h.startsWith('x-amz-security-token'))).toEqual(
      headersOf(without),
    );
    for (const call of [withToken, without]) {
      const end = out(call)[0]!.to;
      expect([end.$Type, end.returnValue]).toEqual(['Microflows$EndEvent', '$GetFunctionResponse']);
    }
    const handlers = ofType(microflow, 'Microflows$SequenceFlow').filter((f) => f.isErrorHandler);
    expect(handlers.map((f) => f.origin).sort()).toEqual([withToken.$ID, without.$ID].sort());
    expect(undeclaredVariables(microflow)).toEqual([]);
  }, 60_000);

  it('set the operation host prefix as the builder URIPrefix (Amazon Location, places.)', async () => {
    const { microflow } = await appliedMicroflow('location');
    const changes = ofType(microflow, 'Microflows$MemberChange')
      .filter((m) => String(m.attribute).startsWith('AWSAuthentication.SigV4Builder.'))
      .map((m) => [String(m.attribute).split('.').pop(), m.value]);
    expect(changes).toContainEqual(['URIPrefix', "'places'"]);
    expect(changes.map(([name]) => name)).not.toContain('SubDomain');
  }, 60_000);

  it('change nothing when run again on an app that has the branches', async () => {
    const { server } = await appliedMicroflow('lambda');
    const second = await runScript(server, ws.scripts.lambda);
    expect(second.deltas).toEqual([]);
    expect(second.report.created).toEqual([]);
  }, 60_000);
});

describe('optional header inputs', () => {
  it('are left out of both lists and named as work by hand (S3 x-amz-request-payer)', () => {
    const spec = buildScriptSpec(bundles.s3Model.plan, bundles.s3Model.model);
    const microflow = spec.microflows[0]!;
    expect(microflow.headerList.map((h) => h.key)).toEqual([]);
    expect(microflow.headers.map((h) => h.key)).not.toContain('x-amz-request-payer');
    expect(microflow.queryList.find((q) => q.key === 'max-keys')).toEqual({
      key: 'max-keys',
      value: 'toString($ListObjectsV2Request/MaxKeys)',
      when: '$ListObjectsV2Request/MaxKeys != empty',
    });
    expect(microflow.manual).toEqual([
      expect.stringContaining('the optional header x-amz-request-payer is not sent'),
      expect.stringContaining('the optional header x-amz-expected-bucket-owner is not sent'),
    ]);
    const readme = renderScriptReadme(spec);
    expect(readme).toContain('the optional header x-amz-request-payer is not sent');
  });
});
