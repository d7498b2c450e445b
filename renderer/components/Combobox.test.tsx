// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Combobox } from './Combobox';

const options = [
  { value: 'us-east-1', label: 'us-east-1', detail: 'US East (N. Virginia)' },
  { value: 'us-west-2', label: 'us-west-2', detail: 'US West (Oregon)' },
  { value: 'eu-west-1', label: 'eu-west-1', detail: 'Europe (Ireland)', keywords: 'dublin' },
];

function setup(value = '') {
  const onChange = vi.fn();
  render(<Combobox label="Region" options={options} value={value} onChange={onChange} limit={2} />);
  return { onChange, input: screen.getByRole('combobox', { name: 'Region' }) };
}

describe('Combobox', () => {
  afterEach(cleanup);

  it('shows the selected option with its detail while closed', () => {
    const { input } = setup('eu-west-1');
    expect(input).toHaveProperty('value', 'eu-west-1 — Europe (Ireland)');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('filters by every word over value, detail and keywords', () => {
    const { input } = setup();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'dublin' } });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'eu-west-1 Europe (Ireland)',
    ]);
    fireEvent.change(input, { target: { value: 'us west' } });
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it('lists at most `limit` options and says how many more match', () => {
    const { input } = setup();
    fireEvent.focus(input);
    expect(screen.getAllByRole('option')).toHaveLength(2);
    expect(screen.getByText('1 more: keep typing to narrow down.')).toBeTruthy();
  });

  it('picks with the arrow keys and Enter', () => {
    const { input, onChange } = setup();
    fireEvent.focus(input);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]?.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('us-west-2');
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
