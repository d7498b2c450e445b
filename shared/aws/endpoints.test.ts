import { describe, expect, it } from 'vitest';
import { awsCatalog, findService } from './catalog';
import type { CatalogService } from './catalog';
import { resolveEndpoint } from './endpoints';

function service(name: string): CatalogService {
  const found = findService(awsCatalog, name);
  if (!found) throw new Error(`${name} is not in the catalog`);
  return found;
}

const brief = (r: ReturnType<typeof resolveEndpoint>) =>
  `${r.url} ${r.signingName}/${r.signingRegion} ${r.partition}`;

describe('resolveEndpoint', () => {
  it('builds regional endpoints from the endpoint prefix and the partition DNS suffix', () => {
    expect(brief(resolveEndpoint({ service: service('sqs'), region: 'us-east-1' }))).toBe(
      'https://sqs.us-east-1.amazonaws.com sqs/us-east-1 aws',
    );
    expect(brief(resolveEndpoint({ service: service('dynamodb'), region: 'cn-north-1' }))).toBe(
      'https://dynamodb.cn-north-1.amazonaws.com.cn dynamodb/cn-north-1 aws-cn',
    );
    expect(brief(resolveEndpoint({ service: service('lambda'), region: 'us-gov-west-1' }))).toBe(
      'https://lambda.us-gov-west-1.amazonaws.com lambda/us-gov-west-1 aws-us-gov',
    );
  });

  it('signs with the signing name, not the endpoint prefix', () => {
    expect(
      brief(resolveEndpoint({ service: service('bedrock-runtime'), region: 'eu-west-1' })),
    ).toBe('https://bedrock-runtime.eu-west-1.amazonaws.com bedrock/eu-west-1 aws');
    expect(brief(resolveEndpoint({ service: service('ses'), region: 'eu-west-1' }))).toBe(
      'https://email.eu-west-1.amazonaws.com ses/eu-west-1 aws',
    );
  });

  it('uses global endpoints for IAM, Route 53 and CloudFront, signed in the partition home region', () => {
    const cases = [
      ['iam', 'eu-west-1'],
      ['iam', 'cn-north-1'],
      ['iam', 'us-gov-west-1'],
      ['route53', 'ap-south-1'],
      ['route53', 'cn-northwest-1'],
      ['route53', 'us-gov-east-1'],
      ['cloudfront', 'eu-central-1'],
    ] as const;
    expect(
      cases.map(([s, region]) => brief(resolveEndpoint({ service: service(s), region }))),
    ).toEqual([
      'https://iam.amazonaws.com iam/us-east-1 aws',
      'https://iam.cn-north-1.amazonaws.com.cn iam/cn-north-1 aws-cn',
      'https://iam.us-gov.amazonaws.com iam/us-gov-west-1 aws-us-gov',
      'https://route53.amazonaws.com route53/us-east-1 aws',
      'https://route53.amazonaws.com.cn route53/cn-northwest-1 aws-cn',
      'https://route53.us-gov.amazonaws.com route53/us-gov-west-1 aws-us-gov',
      'https://cloudfront.amazonaws.com cloudfront/us-east-1 aws',
    ]);
    expect(resolveEndpoint({ service: service('iam'), region: 'eu-west-1' }).isGlobal).toBe(true);
  });

  it('follows the SDK rules for S3 in us-east-1 and Cost Explorer in China', () => {
    const s3 = service('s3');
    expect(brief(resolveEndpoint({ service: s3, region: 'us-east-1' }))).toBe(
      'https://s3.amazonaws.com s3/us-east-1 aws',
    );
    expect(brief(resolveEndpoint({ service: s3, region: 'eu-central-1' }))).toBe(
      'https://s3.eu-central-1.amazonaws.com s3/eu-central-1 aws',
    );
    expect(brief(resolveEndpoint({ service: service('ce'), region: 'cn-north-1' }))).toBe(
      'https://ce.cn-northwest-1.amazonaws.com.cn ce/cn-northwest-1 aws-cn',
    );
  });

  it('keeps STS regional unless the global endpoint is asked for', () => {
    const sts = service('sts');
    expect(brief(resolveEndpoint({ service: sts, region: 'eu-west-1' }))).toBe(
      'https://sts.eu-west-1.amazonaws.com sts/eu-west-1 aws',
    );
    expect(brief(resolveEndpoint({ service: sts, region: 'eu-west-1', useGlobalSts: true }))).toBe(
      'https://sts.amazonaws.com sts/us-east-1 aws',
    );
    expect(
      brief(resolveEndpoint({ service: sts, region: 'us-gov-west-1', useGlobalSts: true })),
    ).toBe('https://sts.us-gov-west-1.amazonaws.com sts/us-gov-west-1 aws-us-gov');
  });

  it('applies operation host prefixes, filling labels from the input', () => {
    const discovery = resolveEndpoint({
      service: service('servicediscovery'),
      region: 'us-east-1',
      operation: 'DiscoverInstances',
    });
    expect(discovery.hostname).toBe('data-servicediscovery.us-east-1.amazonaws.com');
    const s3control = service('s3control');
    const labelled = resolveEndpoint({
      service: s3control,
      region: 'us-west-2',
      operation: 'ListJobs',
      hostLabels: { AccountId: '123456789012' },
    });
    expect(labelled.url).toBe('https://123456789012.s3-control.us-west-2.amazonaws.com');
    expect(labelled.signingName).toBe('s3');
    expect(() =>
      resolveEndpoint({ service: s3control, region: 'us-west-2', operation: 'ListJobs' }),
    ).toThrow(/AccountId/);
    expect(() =>
      resolveEndpoint({
        service: s3control,
        region: 'us-west-2',
        operation: 'ListJobs',
        hostLabels: { AccountId: 'a.b' },
      }),
    ).toThrow(/host name/);
  });

  it('replaces the URL with a custom endpoint and keeps signing name and region', () => {
    const local = resolveEndpoint({
      service: service('bedrock-runtime'),
      region: 'eu-west-1',
      customEndpoint: 'http://127.0.0.1:5000/',
    });
    expect(local).toEqual({
      url: 'http://127.0.0.1:5000',
      hostname: '127.0.0.1',
      host: '127.0.0.1:5000',
      port: 5000,
      signingName: 'bedrock',
      signingRegion: 'eu-west-1',
      partition: 'aws',
      isGlobal: false,
      isCustom: true,
    });
    const iam = resolveEndpoint({
      service: service('iam'),
      region: 'eu-west-1',
      customEndpoint: 'https://VPCE-1.iam.example:443',
    });
    expect(`${iam.url} ${iam.host} ${iam.signingRegion}`).toBe(
      'https://vpce-1.iam.example vpce-1.iam.example us-east-1',
    );
    const s3 = resolveEndpoint({
      service: service('s3'),
      region: 'us-east-1',
      customEndpoint: 'http://localhost:4566',
    });
    expect(`${s3.url} ${s3.signingName}`).toBe('http://localhost:4566 s3');
  });

  it('refuses custom endpoints with a path or user info, and regions that are not region ids', () => {
    const sqs = service('sqs');
    for (const customEndpoint of [
      'http://127.0.0.1:5000/x',
      'ftp://host',
      'http://user@host',
      'http://h:70000',
    ]) {
      expect(
        () => resolveEndpoint({ service: sqs, region: 'us-east-1', customEndpoint }),
        customEndpoint,
      ).toThrow(/origin/);
    }
    expect(() => resolveEndpoint({ service: sqs, region: 'us-east-1.evil.com' })).toThrow(/region/);
  });
});
