import { parseArgs } from 'node:util';
import { UsageError } from '../command';

/** Options of `connector-studio model`. */
export interface ModelArgs {
  files: string[];
  service: string;
  operation: string;
  format: 'json' | 'mermaid' | 'svg';
  out?: string;
  request?: string;
  decisions?: string;
  studioProVersion: 9 | 10;
  protocol?: string;
  /** Follow the samples alone, without the operation's AWS model. */
  sampleOnly: boolean;
}

const formats = ['json', 'mermaid', 'svg'] as const;

/** Parses the command line of `connector-studio model`; throws UsageError on anything unclear. */
export function parseModelArgs(argv: string[]): ModelArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        service: { type: 'string' },
        operation: { type: 'string' },
        action: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        request: { type: 'string' },
        decisions: { type: 'string' },
        'studio-pro': { type: 'string' },
        protocol: { type: 'string' },
        'sample-only': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values;
  const operation = values.operation ?? values.action;
  const format = values.format ?? 'json';
  const version = values['studio-pro'] ?? '10';
  if (!values.service)
    throw new UsageError('Give the service: --service polly (or its full name).');
  if (!operation) throw new UsageError('Give the operation: --operation DescribeVoices.');
  if (!(formats as readonly string[]).includes(format))
    throw new UsageError(`--format must be json, mermaid or svg, not "${format}".`);
  if (version !== '9' && version !== '10')
    throw new UsageError(`--studio-pro must be 9 or 10, not "${version}".`);
  if (parsed.positionals.length === 0)
    throw new UsageError('Give at least one response sample FILE (or - for standard input).');
  const args: ModelArgs = {
    files: parsed.positionals,
    service: values.service,
    operation,
    format: format as ModelArgs['format'],
    studioProVersion: version === '9' ? 9 : 10,
    sampleOnly: values['sample-only'] === true,
  };
  if (values.out !== undefined) args.out = values.out;
  if (values.request !== undefined) args.request = values.request;
  if (values.decisions !== undefined) args.decisions = values.decisions;
  if (values.protocol !== undefined) args.protocol = values.protocol;
  return args;
}
