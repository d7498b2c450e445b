// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutEntityModel } from '../../../shared/domain/diagram/layout';
import { defaultModelDecisions } from '../../../shared/domain/entity-model/decisions';
import type { ModelDecisions } from '../../../shared/domain/entity-model/decisions';
import { deriveEntityModel } from '../../../shared/domain/entity-model/derive';
import { inferJsonStructure } from '../../../shared/domain/json-structure/infer';
import { EntityDiagramView } from './EntityDiagramView';

const structure = inferJsonStructure(
  ['{"Voices":[{"Gender":"Female","Id":"Emma","SupportedEngines":["neural"]}]}'],
  { studioProVersion: 10 },
);
const operation = { action: 'DescribeVoices', serviceName: 'Amazon Polly' };

function Harness({ onChange }: { onChange: (d: ModelDecisions) => void }) {
  const [decisions, setDecisions] = useState(defaultModelDecisions);
  const model = useMemo(() => deriveEntityModel(structure, operation, decisions), [decisions]);
  const change = (next: ModelDecisions) => {
    onChange(next);
    setDecisions(next);
  };
  return (
    <EntityDiagramView
      model={model}
      decisions={decisions}
      onDecisionsChange={change}
      layout={layoutEntityModel}
    />
  );
}

async function renderHarness() {
  const onChange = vi.fn();
  render(<Harness onChange={onChange} />);
  const drawing = screen.getByTestId('entity-diagram-drawing');
  await vi.waitFor(() => expect(drawing.querySelector('svg')).not.toBeNull(), { timeout: 15_000 });
  return { onChange, drawing };
}

const entityGroup = (drawing: HTMLElement, name: string) =>
  [...drawing.querySelectorAll('[data-entity-id]')].find(
    (g) => g.querySelector('.cs-name')?.textContent === name,
  );

afterEach(cleanup);

describe('EntityDiagramView', () => {
  it('draws the model, and clicking an entity opens its details for a validated rename', async () => {
    const { onChange, drawing } = await renderHarness();
    const voice = entityGroup(drawing, 'Voice');
    expect(voice).toBeDefined();
    fireEvent.click(voice?.querySelector('rect') as Element);
    const details = screen.getByRole('region', { name: 'Entity Voice' });
    const input = within(details).getByLabelText('Entity name');
    fireEvent.change(input, { target: { value: 'Type' } });
    expect(within(details).getByRole('alert').textContent).toMatch(/N03/);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'PollyVoice' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(entityGroup(drawing, 'PollyVoice')).toBeDefined(), {
      timeout: 15_000,
    });
    expect(drawing.innerHTML).toContain('PollyVoice_DescribeVoicesResponse');
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Entity PollyVoice' })).getByRole('button', {
        name: 'Use _Id',
      }),
    );
    expect(onChange.mock.calls[1]?.[0].names['response:(Object)|Voices|(Object)|Id']).toBe('_Id');
  });

  it('highlights both ends of a hovered association', async () => {
    const { drawing } = await renderHarness();
    const edge = [...drawing.querySelectorAll('[data-association-id]')].find((g) =>
      g.textContent?.includes('Voice_DescribeVoicesResponse'),
    );
    fireEvent.mouseOver(edge?.querySelector('path') as Element);
    const highlighted = [...drawing.querySelectorAll('.cs-entity.cs-highlight .cs-name')]
      .map((t) => t.textContent)
      .sort();
    expect(highlighted).toEqual(['DescribeVoicesResponse', 'Voice']);
    expect(edge?.classList.contains('cs-highlight')).toBe(true);
  });

  it('draws hostile documentation as text, never as markup', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const decisions = {
      ...defaultModelDecisions,
      documentation: { 'response:(Object)|Voices|(Object)': hostile },
    };
    const model = deriveEntityModel(structure, operation, decisions);
    render(
      <EntityDiagramView
        model={model}
        decisions={decisions}
        onDecisionsChange={() => undefined}
        layout={layoutEntityModel}
      />,
    );
    const drawing = screen.getByTestId('entity-diagram-drawing');
    await vi.waitFor(() => expect(drawing.querySelector('svg')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(drawing.querySelector('img, script, [onerror]')).toBeNull();
    expect([...drawing.querySelectorAll('title')].some((t) => t.textContent === hostile)).toBe(
      true,
    );
  });

  it('restores a wrapper the convention left out, and exports Mermaid as a download', async () => {
    const { onChange } = await renderHarness();
    fireEvent.click(screen.getByRole('button', { name: 'Restore SupportedEngine' }));
    expect(onChange.mock.calls[0]?.[0].restored).toEqual([
      'response:(Object)|Voices|(Object)|SupportedEngines|(Wrapper)',
    ]);
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export Mermaid' })));
    expect(await created[0]?.text()).toContain('Voice "1" -- "*" SupportedEngine');
  });

  it('shows a layout failure instead of "Laying out…" for ever, and lays out again on request', async () => {
    const model = deriveEntityModel(structure, operation, defaultModelDecisions);
    const layout = vi
      .fn()
      .mockRejectedValueOnce(new Error('The layout worker stopped: out of memory.'))
      .mockImplementation(layoutEntityModel);
    render(
      <EntityDiagramView
        model={model}
        decisions={defaultModelDecisions}
        onDecisionsChange={() => undefined}
        layout={layout}
      />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/layout worker stopped: out of memory/);
    expect(screen.queryByText('Laying out…')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export SVG' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(alert).getByRole('button', { name: 'Lay out again' }));
    const drawing = screen.getByTestId('entity-diagram-drawing');
    await vi.waitFor(() => expect(drawing.querySelector('svg')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export SVG' }).hasAttribute('disabled')).toBe(false);
  });
});
