// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleSummary } from '../../testing/fake-api';
import { SignaturePanel } from './SignaturePanel';

describe('SignaturePanel', () => {
  afterEach(cleanup);

  it('says when the echoed request body is cut, and how far', () => {
    const view = { ...sampleSummary().signed, body: 'x'.repeat(1500), bodyTruncated: true };
    render(<SignaturePanel view={view} isDryRun={false} />);
    const note = screen.getByRole('note', { name: 'Request body cut' });
    expect(note.textContent).toContain('first 1,500 characters');
    expect(note.textContent).toContain('signed and sent');
  });

  it('says nothing about the body when it came back whole', () => {
    render(<SignaturePanel view={sampleSummary().signed} isDryRun />);
    expect(screen.queryByRole('note', { name: 'Request body cut' })).toBeNull();
    expect(screen.getByText(/Preview \(not sent\)/)).toBeTruthy();
  });
});
