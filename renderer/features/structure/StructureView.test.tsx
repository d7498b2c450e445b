// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { inferJsonStructure } from '../../../shared/domain/json-structure/infer';
import { defaultStructureDecisions } from '../../../shared/domain/json-structure/types';
import type {
  JsonStructure,
  StructureDecisions,
} from '../../../shared/domain/json-structure/types';
import { StructureView } from './StructureView';

const polly = inferJsonStructure(
  ['{"Voices":[{"Id":"Emma","SupportedEngines":["neural"]},{"Id":"Amy","Extra":null}]}'],
  { studioProVersion: 10 },
);

/** Polly's structure as a model-complete inference gives it: the model adds a member, a sample adds a key. */
function modelCompletePolly(): JsonStructure {
  const structure = inferJsonStructure(
    ['{"Voices":[{"Id":"Emma","AdditionalLanguageCodes":["en-IN"],"Extra":1}]}'],
    { studioProVersion: 10 },
  );
  for (const element of structure.elements) {
    element.origin = element.path.includes('AdditionalLanguageCodes')
      ? 'model'
      : element.key === 'Extra'
        ? 'sample'
        : 'both';
    if (element.key === 'AdditionalLanguageCodes')
      element.documentation = 'Additional codes for languages available for the specified voice.';
  }
  structure.model = { service: 'polly', operation: 'DescribeVoices' };
  return structure;
}

function Harness({
  structure,
  onChange,
}: {
  structure: JsonStructure;
  onChange: (d: StructureDecisions) => void;
}) {
  const [decisions, setDecisions] = useState(defaultStructureDecisions);
  return (
    <StructureView
      structure={structure}
      decisions={decisions}
      onDecisionsChange={(next) => {
        onChange(next);
        setDecisions(next);
      }}
    />
  );
}

const rowOf = (path: string) =>
  screen
    .getByRole('checkbox', { name: (name) => name.endsWith(` at ${path}`) })
    .closest('[role="row"]') as HTMLElement;
const modelSwitch = () =>
  screen.getByRole('switch', { name: 'Model-complete (AWS model, 2024)' }) as HTMLInputElement;

const grid = () => screen.getByRole('treegrid', { name: 'JSON structure' });
const rowNames = () =>
  within(grid())
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.structure-name')?.textContent ?? '');

// happy-dom has no layout: give the scrolling box the size a browser would, so the virtualizer renders rows.
const clientSize = (name: 'clientHeight' | 'clientWidth', size: number) =>
  Object.defineProperty(HTMLElement.prototype, name, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('structure-scroll') ? size : 0;
    },
  });

describe('StructureView', () => {
  beforeAll(() => {
    clientSize('clientHeight', 480);
    clientSize('clientWidth', 900);
  });
  afterAll(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
    Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
  });
  afterEach(cleanup);

  it('shows the tree with names, types, occurrences and inline findings', () => {
    render(<Harness structure={polly} onChange={() => {}} />);
    expect(rowNames()).toEqual([
      'Root',
      'Voices',
      'Voice',
      '_Id',
      'SupportedEngines',
      'SupportedEngine',
      'Value',
      'Extra',
    ]);
    const idRow = within(grid()).getAllByRole('row')[4] as HTMLElement;
    expect(idRow.textContent).toContain('String');
    expect(idRow.textContent).toContain('0..1');
    expect(within(idRow).getByRole('note', { name: '1 finding on _Id' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Structure findings' }).textContent).toMatch(
      /reserved word/,
    );
  });

  it('validates a custom name as you type and commits only a valid one', () => {
    const onChange = vi.fn();
    render(<Harness structure={polly} onChange={onChange} />);
    const input = screen.getByRole('textbox', {
      name: 'Custom name for (Object)|Voices|(Object)|Id',
    });
    fireEvent.change(input, { target: { value: 'Object' } });
    expect(screen.getByRole('alert').textContent).toMatch(/reserved word/);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'VoiceId' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ customNames: { '(Object)|Voices|(Object)|Id': 'VoiceId' } }),
    );
    expect(rowNames()).toContain('_Id');
    expect(
      screen.getByRole('checkbox', { name: 'Include VoiceId at (Object)|Voices|(Object)|Id' }),
    ).toBeTruthy();
  });

  it('excludes elements, applies the how-to exclusions and switches the Studio Pro version', () => {
    const onChange = vi.fn();
    render(<Harness structure={polly} onChange={onChange} />);
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Include Extra at (Object)|Voices|(Object)|Extra' }),
    );
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ excluded: ['(Object)|Voices|(Object)|Extra'] }),
    );
    expect(
      (
        screen.getByRole('checkbox', {
          name: 'Include Extra at (Object)|Voices|(Object)|Extra',
        }) as HTMLInputElement
      ).checked,
    ).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Apply how-to exclusions' }));
    expect(onChange.mock.lastCall?.[0].excluded).toEqual([
      '(Object)|Voices|(Object)|Extra',
      '(Object)',
      '(Object)|Voices|(Object)|SupportedEngines|(Wrapper)',
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Studio Pro version' }), {
      target: { value: '9' },
    });
    expect(rowNames()).toContain('JsonObject');
  });

  it('searches, collapses and expands', () => {
    render(<Harness structure={polly} onChange={() => {}} />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search elements' }), {
      target: { value: 'engine' },
    });
    expect(rowNames()).toEqual([
      'Root',
      'Voices',
      'Voice',
      'SupportedEngines',
      'SupportedEngine',
      'Value',
    ]);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search elements' }), {
      target: { value: '' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(rowNames()).toEqual(['Root']);
    fireEvent.click(screen.getByRole('button', { name: 'Expand Root at (Object)' }));
    expect(rowNames()).toEqual(['Root', 'Voices']);
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(rowNames()).toHaveLength(8);
  });

  it('renders only a window of rows for 20,000 elements', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',');
    const big = inferJsonStructure([`{${keys}}`], { studioProVersion: 10 });
    render(<Harness structure={big} onChange={() => {}} />);
    const rendered = within(grid()).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(2);
    expect(rendered).toBeLessThan(100);
    expect(screen.getByText('20001 elements')).toBeTruthy();
  });

  it('badges the elements only the AWS model or only the samples know, with the documentation as the tooltip', () => {
    render(<Harness structure={modelCompletePolly()} onChange={() => {}} />);
    const codes = rowOf('(Object)|Voices|(Object)|AdditionalLanguageCodes');
    expect(within(codes).getByText('model').className).toContain('origin-badge');
    expect(within(codes).getByText('model').title).toMatch(/Only the AWS model knows/);
    expect((codes.querySelector('.structure-name') as HTMLElement).title).toBe(
      'AdditionalLanguageCodes\nAdditional codes for languages available for the specified voice.',
    );
    const extra = rowOf('(Object)|Voices|(Object)|Extra');
    expect(within(extra).getByText('sample only').title).toMatch(/Only the samples show/);
    expect(within(extra).queryByText('model')).toBeNull();
    const id = rowOf('(Object)|Voices|(Object)|Id');
    expect(id.querySelector('.origin-badge')).toBeNull();
    expect((id.querySelector('.structure-name') as HTMLElement).title).toBe('_Id');
  });

  it('shows no origin badge on a sample-only structure', () => {
    render(<Harness structure={polly} onChange={() => {}} />);
    expect(grid().querySelector('.origin-badge')).toBeNull();
    expect(modelSwitch().checked).toBe(true);
    expect(modelSwitch().disabled).toBe(false);
  });

  it('switches model-complete mode off and on through the decisions, and says when it updates', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Harness structure={modelCompletePolly()} onChange={onChange} />);
    expect(modelSwitch().checked).toBe(true);
    expect(modelSwitch().closest('label')?.title).toMatch(/polly DescribeVoices/);
    fireEvent.click(modelSwitch());
    expect(onChange).toHaveBeenLastCalledWith({ ...defaultStructureDecisions, sampleOnly: true });
    expect(modelSwitch().checked).toBe(false);
    fireEvent.click(modelSwitch());
    expect(onChange.mock.lastCall?.[0]).toEqual(defaultStructureDecisions);
    expect(onChange.mock.lastCall?.[0]).not.toHaveProperty('sampleOnly');

    rerender(
      <StructureView
        structure={polly}
        decisions={defaultStructureDecisions}
        onDecisionsChange={onChange}
        updating={0.5}
      />,
    );
    expect(screen.getByRole('status', { name: 'Structure update' }).textContent).toBe(
      'Updating the structure… 50%',
    );
  });

  it('disables the switch with the reason beside it when no AWS model is known', () => {
    const reason =
      'Sample-only: "custom" is not in the AWS catalog (aws-sdk v2, 2024), so no model is known; the structure shows only what the samples hold.';
    const structure: JsonStructure = {
      ...polly,
      findings: [
        { kind: 'model-unavailable', severity: 'info', path: '(Object)', message: reason },
        ...polly.findings,
      ],
    };
    render(<Harness structure={structure} onChange={() => {}} />);
    expect(modelSwitch().disabled).toBe(true);
    expect(modelSwitch().checked).toBe(false);
    expect(modelSwitch().closest('label')?.title).toBe(reason);
    const reasonId = modelSwitch().getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(reasonId)?.textContent).toBe(reason);
  });
});
