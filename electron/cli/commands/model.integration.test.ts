import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoSkipReason, startMoto } from '../../../test/moto';
import type { Moto } from '../../../test/moto';
import type { EntityModel } from '../../../shared/domain/entity-model/types';
import { runCaptured } from '../../../test/cli-capture';

const skipReason = motoSkipReason();
let moto: Moto | undefined;

beforeAll(async () => {
  if (!skipReason) moto = await startMoto({ auth: false });
}, 60_000);
afterAll(async () => moto?.stop());

describe.skipIf(skipReason !== undefined)('connector-studio model on a real moto response', () => {
  it('turns Polly DescribeVoices into DescribeVoicesResponse 1-* Voice with VoiceId', async () => {
    const response = await fetch(`${moto?.endpoint}/v1/voices?LanguageCode=en-US`, {
      // Unsigned: moto without auth routes by the credential scope of this header only.
      headers: {
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKIDUNSIGNEDMODEL000/20200101/us-east-1/polly/aws4_request, SignedHeaders=host, Signature=0',
      },
    });
    expect(response.status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'model-moto-'));
    writeFileSync(join(dir, 'voices.json'), await response.text());
    const argv = ['model', 'voices.json', '--service', 'polly', '--operation', 'DescribeVoices'];
    const { code, stdout } = await runCaptured(argv, {}, { cwd: dir, stdin: '' });
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as EntityModel;
    const byId = new Map(model.entities.map((e) => [e.id, e]));
    const names = model.entities.map((e) => e.name);
    expect(names.slice(0, 2)).toEqual(['DescribeVoicesResponse', 'Voice']);
    expect(byId.get('response:(Object)|Voices|(Object)')?.attributes.map((a) => a.name)).toContain(
      'VoiceId',
    );
    const list = model.associations.find((a) => a.name === 'Voice_DescribeVoicesResponse');
    expect(
      list && [
        byId.get(list.parent)?.name,
        byId.get(list.child)?.name,
        list.type,
        list.owner,
        list.multiplicity,
      ],
    ).toEqual(['Voice', 'DescribeVoicesResponse', 'Reference', 'Default', '1-*']);
    const request = model.entities.find((e) => e.name === 'DescribeVoicesRequest');
    expect(model.generalizations).toContainEqual({
      child: request?.id,
      parent: 'AWSAuthentication.AbstractRequest',
    });
  });
});
