// @vitest-environment happy-dom
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityDiagramView } from '../../../renderer/features/diagram/EntityDiagramView';
import { layoutEntityModel } from '../../../shared/domain/diagram/layout';
import { defaultModelDecisions } from '../../../shared/domain/entity-model/decisions';
import { deriveEntityModel } from '../../../shared/domain/entity-model/derive';
import type { EntityModel } from '../../../shared/domain/entity-model/types';
import { inferJsonStructure } from '../../../shared/domain/json-structure/infer';
import { runCaptured } from '../../../test/cli-capture';

const sample =
  '{"Voices":[{"Gender":"Female","Id":"Emma","LanguageCode":"en-GB","SupportedEngines":["neural"],"Details":{"Rate":1.5}}],"NextToken":null}';
const dir = mkdtempSync(join(tmpdir(), 'model-parity-'));
writeFileSync(join(dir, 'voices.json'), sample);

async function cli(format: string): Promise<string> {
  const argv = [
    'model',
    'voices.json',
    '--service',
    'polly',
    '--operation',
    'DescribeVoices',
    '--format',
    format,
    // The UI side below derives from the samples alone; model-complete parity: moto.integration.test.ts.
    '--sample-only',
  ];
  const { code, stdout } = await runCaptured(argv, {}, { cwd: dir, stdin: '' });
  expect(code).toBe(0);
  return stdout;
}

afterEach(cleanup);

describe('the UI and the CLI draw the same diagram', () => {
  it('derives the same model and renders the identical SVG', async () => {
    const uiModel = deriveEntityModel(
      inferJsonStructure([sample], { studioProVersion: 10, protocol: 'rest-json' }),
      { action: 'DescribeVoices', serviceName: 'Amazon Polly' },
      defaultModelDecisions,
    );
    const cliModel = JSON.parse(await cli('json')) as EntityModel;
    expect(cliModel).toEqual(uiModel);
    const cliSvg = (await cli('svg')).trimEnd();

    render(
      <EntityDiagramView
        model={uiModel}
        decisions={defaultModelDecisions}
        onDecisionsChange={() => undefined}
        layout={layoutEntityModel}
      />,
    );
    const drawing = screen.getByTestId('entity-diagram-drawing');
    await vi.waitFor(() => expect(drawing.querySelector('svg')).not.toBeNull(), {
      timeout: 15_000,
    });
    const parsed = document.createElement('div');
    parsed.innerHTML = cliSvg;
    expect(drawing.innerHTML).toBe(parsed.innerHTML);
    expect(drawing.innerHTML.length).toBeGreaterThan(2000);
  });
});
