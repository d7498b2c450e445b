import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/errors';
import { contract } from '../../../shared/ipc/contract';
import { catalogHandlers } from './handlers';

describe('catalogHandlers', () => {
  it('lists services that satisfy the contract, with the frozen-catalog note', async () => {
    const all = contract['catalog.services'].output.parse(
      await catalogHandlers['catalog.services']({}, undefined),
    );
    expect(all.services.length).toBeGreaterThan(300);
    expect(all.frozenNote).toMatch(/frozen/);
    const polly = await catalogHandlers['catalog.services']({ search: 'polly' }, undefined);
    expect(polly.services).toMatchObject([
      { id: 'polly', signingName: 'polly', protocol: 'rest-json' },
    ]);
    expect(polly.services[0]).not.toHaveProperty('operations');
    expect(polly.services[0]?.operationCount).toBeGreaterThan(5);
  });

  it('lists a service by signing name or endpoint prefix, filtered by name', async () => {
    const ops = await catalogHandlers['catalog.operations'](
      { service: 'email', search: 'SendEmail' },
      undefined,
    );
    expect(contract['catalog.operations'].output.parse(ops).map((op) => op.name)).toEqual([
      'SendEmail',
    ]);
  });

  it('gives a template that satisfies the contract', async () => {
    const template = await catalogHandlers['catalog.template'](
      { service: 'sqs', operation: 'ListQueues' },
      undefined,
    );
    expect(contract['catalog.template'].output.parse(template).headers).toContainEqual([
      'x-amz-target',
      'AmazonSQS.ListQueues',
    ]);
  });

  it('fails with not-found for unknown services', async () => {
    const call = catalogHandlers['catalog.operations']({ service: 'robomaker' }, undefined);
    await expect(call).rejects.toBeInstanceOf(StudioError);
    await expect(call).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/retired/),
    });
  });

  it('lists regions with partition and DNS suffix', async () => {
    const regions = contract['catalog.regions'].output.parse(
      await catalogHandlers['catalog.regions']({}, undefined),
    );
    expect(regions.find((r) => r.id === 'cn-north-1')).toEqual({
      id: 'cn-north-1',
      name: 'China (Beijing)',
      partition: 'aws-cn',
      dnsSuffix: 'amazonaws.com.cn',
    });
  });
});
