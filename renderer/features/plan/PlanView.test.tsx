// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyFix } from '../../../shared/domain/naming/apply-fix';
import { checkConnector } from '../../../shared/domain/naming/check-connector';
import { ruleSources } from '../../../shared/domain/naming/rule-sources';
import type { PlanFix } from '../../../shared/domain/naming/types';
import {
  connectorOf,
  dynamoListTables,
  pollyDescribeVoices,
} from '../../../shared/domain/plan/fixtures.test-helper';
import { PlanView } from './PlanView';

afterEach(cleanup);

const { plan, model } = connectorOf(pollyDescribeVoices, dynamoListTables);
const badPlan = { ...plan, module: { ...plan.module, name: 'pollyThing' } };

function Harness({ onFix }: { onFix: (fix: PlanFix) => void }) {
  const [state, setState] = useState({
    plan: badPlan,
    model,
    findings: checkConnector(badPlan, model),
  });
  return (
    <PlanView
      plan={state.plan}
      findings={state.findings}
      onApplyFix={(fix) => {
        onFix(fix);
        setState(applyFix(state.plan, state.model, fix));
      }}
    />
  );
}

describe('PlanView', () => {
  it('shows every microflow as a flow with its names', () => {
    render(<PlanView plan={plan} findings={[]} onApplyFix={() => undefined} />);
    const polly = screen.getByRole('article', { name: 'Microflow Get_v1_DescribeVoices' });
    expect(within(polly).getByText(/category/).textContent).toContain('Amazon Polly');
    expect(
      within(
        screen.getByRole('list', { name: 'Activities of Get_v1_DescribeVoices' }),
      ).getAllByRole('listitem')[0]?.textContent,
    ).toContain("Path = '/v1/voices'");
    expect(
      screen.getByRole('list', { name: 'Activities of Post_v1_ListTables' }).textContent,
    ).toContain('x-amz-target: DynamoDB_20120810.ListTables');
  });

  it('links each rule id to the Mendix page the rule rests on', () => {
    render(<Harness onFix={() => undefined} />);
    const link = screen.getByRole('link', { name: 'C07' });
    expect(link.getAttribute('href')).toBe(ruleSources.C07.source);
    expect(link.getAttribute('href')).toMatch(/^https:\/\/docs\.mendix\.com\//);
    expect(link.getAttribute('title')).toBe(`C07: ${ruleSources.C07.title}`);
  });

  it('applies a quick fix and filters findings by severity and rule', () => {
    const onFix = vi.fn();
    render(<Harness onFix={onFix} />);
    expect(screen.getByText(/^Findings:/).textContent).toMatch(/0 errors, 1 warnings/);
    fireEvent.change(screen.getByLabelText('Filter by rule'), { target: { value: 'C07' } });
    expect(screen.queryByText(/UpperCamelCase/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Filter by severity'), { target: { value: 'error' } });
    expect(screen.getByText(/match the filter/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Filter by severity'), { target: { value: 'all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename to AmazonPollyConnector' }));
    expect(onFix).toHaveBeenCalledWith({ kind: 'rename-module', to: 'AmazonPollyConnector' });
    expect((screen.getByLabelText('Module name') as HTMLInputElement).value).toBe(
      'AmazonPollyConnector',
    );
  });
});
