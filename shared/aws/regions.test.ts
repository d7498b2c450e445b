import { partition as sdkPartition } from '@aws-sdk/core/client';
import { describe, expect, it } from 'vitest';
import { isRegionId, partitionOf, regionName, regions } from './regions';

describe('partitionOf', () => {
  it('maps commercial, China, GovCloud and ISO regions to their partitions and DNS suffixes', () => {
    const cases = [
      'us-east-1',
      'eu-central-2',
      'cn-north-1',
      'us-gov-west-1',
      'us-iso-east-1',
      'us-isob-east-1',
    ];
    expect(cases.map((r) => `${r} ${partitionOf(r).id} ${partitionOf(r).dnsSuffix}`)).toEqual([
      'us-east-1 aws amazonaws.com',
      'eu-central-2 aws amazonaws.com',
      'cn-north-1 aws-cn amazonaws.com.cn',
      'us-gov-west-1 aws-us-gov amazonaws.com',
      'us-iso-east-1 aws-iso c2s.ic.gov',
      'us-isob-east-1 aws-iso-b sc2s.sgov.gov',
    ]);
  });

  it('agrees with the AWS SDK v3 partition data for every listed region, names included', () => {
    for (const region of regions) {
      // The SDK returns the region's description beside the partition outputs, untyped.
      const sdk = sdkPartition(region.id) as ReturnType<typeof sdkPartition> & {
        description?: string;
      };
      expect(
        `${region.id} ${region.partition} ${partitionOf(region.id).dnsSuffix} ${region.name}`,
      ).toBe(`${region.id} ${sdk.name} ${sdk.dnsSuffix} ${sdk.description}`);
    }
  });

  it('falls back to the standard partition for an unknown shape, as the SDKs do', () => {
    expect(partitionOf('moon-base-1').id).toBe('aws');
  });
});

describe('regions', () => {
  it('lists commercial, GovCloud and China regions with display names', () => {
    expect(regionName('us-east-1')).toBe('US East (N. Virginia)');
    expect(regionName('cn-northwest-1')).toBe('China (Ningxia)');
    expect(regionName('us-gov-east-1')).toBe('AWS GovCloud (US-East)');
    expect(regionName('xx-nowhere-9')).toBe('xx-nowhere-9');
    expect(new Set(regions.map((r) => r.partition))).toEqual(
      new Set(['aws', 'aws-cn', 'aws-us-gov']),
    );
  });

  it('recognises region ids that may be placed in a host name', () => {
    expect(['us-east-1', 'us-gov-west-1', 'eusc-de-east-1'].every(isRegionId)).toBe(true);
    expect(['us-east-1.evil.com', 'US-EAST-1', '', 'us-east-1/'].some(isRegionId)).toBe(false);
  });
});
