// aws-sdk v2 carries no region display names, so this table is maintained by hand from the AWS
// partitions data (the SDK v3 `partitions.json`); regions.test.ts checks it against the installed SDK v3.

export interface Partition {
  id: string;
  name: string;
  dnsSuffix: string;
  regionPattern: RegExp;
}

export interface Region {
  id: string;
  name: string;
  partition: string;
}

/** Every AWS partition; the first whose pattern matches a region id owns it. */
export const partitions: readonly Partition[] = [
  {
    id: 'aws',
    name: 'AWS Standard',
    dnsSuffix: 'amazonaws.com',
    regionPattern: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
  },
  { id: 'aws-cn', name: 'AWS China', dnsSuffix: 'amazonaws.com.cn', regionPattern: /^cn-\w+-\d+$/ },
  {
    id: 'aws-us-gov',
    name: 'AWS GovCloud (US)',
    dnsSuffix: 'amazonaws.com',
    regionPattern: /^us-gov-\w+-\d+$/,
  },
  {
    id: 'aws-iso',
    name: 'AWS ISO (US)',
    dnsSuffix: 'c2s.ic.gov',
    regionPattern: /^us-iso-\w+-\d+$/,
  },
  {
    id: 'aws-iso-b',
    name: 'AWS ISOB (US)',
    dnsSuffix: 'sc2s.sgov.gov',
    regionPattern: /^us-isob-\w+-\d+$/,
  },
  {
    id: 'aws-iso-e',
    name: 'AWS ISOE (Europe)',
    dnsSuffix: 'cloud.adc-e.uk',
    regionPattern: /^eu-isoe-\w+-\d+$/,
  },
  {
    id: 'aws-iso-f',
    name: 'AWS ISOF',
    dnsSuffix: 'csp.hci.ic.gov',
    regionPattern: /^us-isof-\w+-\d+$/,
  },
  {
    id: 'aws-eusc',
    name: 'AWS European Sovereign Cloud',
    dnsSuffix: 'amazonaws.eu',
    regionPattern: /^eusc-de-\w+-\d+$/,
  },
];

const names: ReadonlyArray<readonly [id: string, name: string]> = [
  ['af-south-1', 'Africa (Cape Town)'],
  ['ap-east-1', 'Asia Pacific (Hong Kong)'],
  ['ap-east-2', 'Asia Pacific (Taipei)'],
  ['ap-northeast-1', 'Asia Pacific (Tokyo)'],
  ['ap-northeast-2', 'Asia Pacific (Seoul)'],
  ['ap-northeast-3', 'Asia Pacific (Osaka)'],
  ['ap-south-1', 'Asia Pacific (Mumbai)'],
  ['ap-south-2', 'Asia Pacific (Hyderabad)'],
  ['ap-southeast-1', 'Asia Pacific (Singapore)'],
  ['ap-southeast-2', 'Asia Pacific (Sydney)'],
  ['ap-southeast-3', 'Asia Pacific (Jakarta)'],
  ['ap-southeast-4', 'Asia Pacific (Melbourne)'],
  ['ap-southeast-5', 'Asia Pacific (Malaysia)'],
  ['ap-southeast-6', 'Asia Pacific (New Zealand)'],
  ['ap-southeast-7', 'Asia Pacific (Thailand)'],
  ['ca-central-1', 'Canada (Central)'],
  ['ca-west-1', 'Canada West (Calgary)'],
  ['eu-central-1', 'Europe (Frankfurt)'],
  ['eu-central-2', 'Europe (Zurich)'],
  ['eu-north-1', 'Europe (Stockholm)'],
  ['eu-south-1', 'Europe (Milan)'],
  ['eu-south-2', 'Europe (Spain)'],
  ['eu-west-1', 'Europe (Ireland)'],
  ['eu-west-2', 'Europe (London)'],
  ['eu-west-3', 'Europe (Paris)'],
  ['il-central-1', 'Israel (Tel Aviv)'],
  ['me-central-1', 'Middle East (UAE)'],
  ['me-south-1', 'Middle East (Bahrain)'],
  ['me-west-1', 'Middle East (Saudi Arabia)'],
  ['mx-central-1', 'Mexico (Central)'],
  ['sa-east-1', 'South America (Sao Paulo)'],
  ['sa-west-1', 'South America (Chile)'],
  ['us-east-1', 'US East (N. Virginia)'],
  ['us-east-2', 'US East (Ohio)'],
  ['us-west-1', 'US West (N. California)'],
  ['us-west-2', 'US West (Oregon)'],
  ['us-gov-east-1', 'AWS GovCloud (US-East)'],
  ['us-gov-west-1', 'AWS GovCloud (US-West)'],
  ['cn-north-1', 'China (Beijing)'],
  ['cn-northwest-1', 'China (Ningxia)'],
];

const defaultPartition = partitions[0] as Partition;

/** The partition a region id belongs to; unknown shapes fall back to the standard partition, as the SDKs do. */
export function partitionOf(region: string): Partition {
  return partitions.find((p) => p.regionPattern.test(region)) ?? defaultPartition;
}

/** The commercial, GovCloud and China regions a user can pick, with display names. */
export const regions: readonly Region[] = names.map(([id, name]) => ({
  id,
  name,
  partition: partitionOf(id).id,
}));

/** A region's display name, or the id itself when the table does not know it. */
export function regionName(region: string): string {
  return regions.find((r) => r.id === region)?.name ?? region;
}

/** Whether a string has the shape of a region id, so it can be placed in a host name safely. */
export function isRegionId(region: string): boolean {
  return /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/.test(region);
}
