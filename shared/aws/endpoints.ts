import { StudioError } from '../ipc/errors';
import { awsCatalog, findOperation } from './catalog';
import type { CatalogOperation, CatalogService, EndpointRule } from './catalog';
import { isRegionId, partitionOf } from './regions';

export interface ResolveEndpointInput {
  service: CatalogService;
  region: string;
  /** A VPC endpoint or local emulator origin, e.g. `http://127.0.0.1:5000`; replaces the AWS URL. */
  customEndpoint?: string;
  /** Operation name (or entry) whose host prefix applies, e.g. `data-` or `{AccountId}.`. */
  operation?: string | CatalogOperation;
  /** Values for `{Label}`s in the operation's host prefix. */
  hostLabels?: Readonly<Record<string, string>>;
  /** STS is regional by default (as SDK v3 and botocore do); this selects `sts.amazonaws.com`. */
  useGlobalSts?: boolean;
  /** Endpoint rules to apply; the catalog's by default. */
  rules?: Readonly<Record<string, EndpointRule>>;
}

export interface ResolvedEndpoint {
  /** Origin without a trailing slash, e.g. `https://iam.amazonaws.com`. */
  url: string;
  hostname: string;
  /** `hostname` plus a non-default port: the value the `host` header is signed with. */
  host: string;
  /** The custom endpoint's non-default port. */
  port?: number;
  signingName: string;
  signingRegion: string;
  partition: string;
  isGlobal: boolean;
  isCustom: boolean;
}

// The lookup order of aws-sdk v2's lib/region_config.js: most specific key first.
function ruleKeys(region: string, endpointPrefix: string): string[] {
  const parts = region.split('-');
  const regionPrefix = parts.length >= 3 ? `${parts.slice(0, -2).join('-')}-*` : undefined;
  const keys = [`${region}/${endpointPrefix}`];
  if (regionPrefix) keys.push(`${regionPrefix}/${endpointPrefix}`);
  keys.push(`${region}/*`);
  if (regionPrefix) keys.push(`${regionPrefix}/*`);
  keys.push(`*/${endpointPrefix}`);
  return keys;
}

function findRule(input: ResolveEndpointInput): EndpointRule {
  const { service, region } = input;
  const rules = input.rules ?? awsCatalog.endpointRules;
  const skipGlobalSts = service.endpointPrefix === 'sts' && !input.useGlobalSts;
  for (const key of ruleKeys(region, service.endpointPrefix)) {
    if (skipGlobalSts && key === '*/sts') continue;
    const rule = rules[key];
    if (rule) return rule;
  }
  // The SDK's own `*/*` rule hard-codes amazonaws.com; the partition knows newer suffixes too.
  return { endpoint: `{service}.{region}.${partitionOf(region).dnsSuffix}` };
}

function hostPrefixFor(input: ResolveEndpointInput): string {
  const operation =
    typeof input.operation === 'string'
      ? findOperation(input.service, input.operation)
      : input.operation;
  if (!operation?.hostPrefix) return '';
  return operation.hostPrefix.replace(/\{([^}]+)\}/g, (_match, label: string) => {
    const value = input.hostLabels?.[label];
    if (value === undefined || value === '') {
      throw new StudioError(
        'invalid-input',
        `${operation.name} needs a value for {${label}} in its host name.`,
      );
    }
    if (!/^[A-Za-z0-9-]{1,63}$/.test(value)) {
      throw new StudioError(
        'invalid-input',
        `{${label}} must be letters, digits and hyphens to sit in a host name.`,
      );
    }
    return value;
  });
}

interface ParsedOrigin {
  scheme: 'http' | 'https';
  hostname: string;
  port?: number;
}

function parseCustomEndpoint(text: string): ParsedOrigin {
  const match = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?\/?$/.exec(
    text.trim(),
  );
  const port = match?.[3] === undefined ? undefined : Number(match[3]);
  if (!match || (port !== undefined && (port < 1 || port > 65535))) {
    throw new StudioError(
      'invalid-input',
      `The custom endpoint "${text}" must be an origin like https://vpce-123.sqs.us-east-1.vpce.amazonaws.com or http://127.0.0.1:5000 (no path).`,
    );
  }
  const scheme = match[1] as 'http' | 'https';
  const isDefaultPort = port === (scheme === 'https' ? 443 : 80);
  return {
    scheme,
    hostname: (match[2] as string).toLowerCase(),
    port: isDefaultPort ? undefined : port,
  };
}

/**
 * Where to send a request to a service in a region, and how to sign it. Uses aws-sdk v2's endpoint
 * rules (global IAM, Route 53, CloudFront and their China/GovCloud variants) and the partition's DNS
 * suffix. A custom endpoint replaces the URL but keeps the signing name and (global) signing region;
 * operation host prefixes are not applied to it, since emulators and VPC endpoints do not serve them.
 * S3 is always addressed path-style (`/{Bucket}/{Key+}`), which works on AWS and on emulators.
 */
export function resolveEndpoint(input: ResolveEndpointInput): ResolvedEndpoint {
  const { service, region } = input;
  if (!isRegionId(region)) {
    throw new StudioError('invalid-input', `"${region}" is not an AWS region id (like us-east-1).`);
  }
  const rule = findRule(input);
  const signing = {
    signingName: service.signingName,
    signingRegion: rule.signingRegion ?? region,
    partition: partitionOf(region).id,
    isGlobal: rule.global === true,
  };
  if (input.customEndpoint) {
    const origin = parseCustomEndpoint(input.customEndpoint);
    const host = origin.port === undefined ? origin.hostname : `${origin.hostname}:${origin.port}`;
    const resolved: ResolvedEndpoint = {
      url: `${origin.scheme}://${host}`,
      hostname: origin.hostname,
      host,
      ...signing,
      isCustom: true,
    };
    if (origin.port !== undefined) resolved.port = origin.port;
    return resolved;
  }
  const hostname =
    hostPrefixFor(input) +
    rule.endpoint.replace('{service}', service.endpointPrefix).replace('{region}', region);
  return { url: `https://${hostname}`, hostname, host: hostname, ...signing, isCustom: false };
}
