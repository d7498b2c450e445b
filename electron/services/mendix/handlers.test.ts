import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectorOf, pollyDescribeVoices } from '../../../shared/domain/plan/fixtures.test-helper';
import { createCredentialService, MemoryKeyStore } from '../credentials/index';
import type { ScriptRunner } from './apply-service';
import { createMendixHandlers } from './handlers';

const token = 'MENDIX-PAT-planted-77aa01';
const { plan, model } = connectorOf(pollyDescribeVoices);

describe('mendix.* handlers', () => {
  it('stores the token like a static key, never lists it as an AWS credential, never returns it', async () => {
    const keyStore = new MemoryKeyStore();
    const handlers = createMendixHandlers({ keyStore });
    expect(await handlers['mendix.token.status']({}, undefined)).toEqual({
      hasToken: false,
      storage: 'memory',
    });
    const stored = await handlers['mendix.token.set']({ token }, undefined);
    expect(stored).toEqual({ hasToken: true, storage: 'memory' });
    expect(JSON.stringify(stored)).not.toContain(token);
    const home = mkdtempSync(join(tmpdir(), 'mendix-home-'));
    const credentials = createCredentialService({
      keyStore,
      env: {
        HOME: home,
        AWS_CONFIG_FILE: join(home, 'c'),
        AWS_SHARED_CREDENTIALS_FILE: join(home, 'k'),
      },
    });
    const listed = JSON.stringify(await credentials.list());
    expect(listed).not.toContain('mendix');
    expect(listed).not.toContain(token);
    expect(await handlers['mendix.token.clear']({}, undefined)).toEqual({
      hasToken: false,
      storage: 'memory',
    });
  });

  it('applies with the stored token in the script environment only; the answer is redacted', async () => {
    const seen: Array<{ args: string[]; env: Record<string, string> }> = [];
    const run: ScriptRunner = async ({ args, env, onOutput }) => {
      seen.push({ args, env });
      onOutput(`created microflow Get_v1_DescribeVoices (token ${env.MENDIX_TOKEN})\n`);
      return 0;
    };
    const handlers = createMendixHandlers({ keyStore: new MemoryKeyStore(), run });
    await expect(
      handlers['mendix.apply']({ plan, model, appId: 'app-1', branch: 'main' }, undefined),
    ).rejects.toThrow(/Mendix personal access token/);
    await handlers['mendix.token.set']({ token }, undefined);
    const result = await handlers['mendix.apply'](
      { plan, model, appId: 'app-1', branch: 'main' },
      undefined,
    );
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('created microflow Get_v1_DescribeVoices (token [redacted])');
    expect(JSON.stringify(result)).not.toContain(token);
    expect(seen[0]!.env).toEqual({ MENDIX_TOKEN: token });
    expect(seen[0]!.args.join(' ')).not.toContain(token);
  });
});
