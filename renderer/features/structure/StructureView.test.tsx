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
});
