import { awsCatalog, listOperations, requireService } from '../../../shared/aws/catalog';
import type { CatalogOperation, CatalogService } from '../../../shared/aws/catalog';
import { StudioError } from '../../../shared/ipc/errors';
import { summarizeOperation } from '../../services/catalog/handlers';
import { ExitCode, UsageError } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';
import { formatTable, parseCatalogArgs, writeFrozenNote } from './services';

const USAGE = `Usage: connector-studio operations SERVICE [--search TEXT] [--format text|json]

Lists a service's operations: name, HTTP method and request-URI template.
  SERVICE         catalog id, endpoint prefix or signing name (e.g. dynamodb, bedrock-runtime, email)
  --search TEXT   only operations whose name contains TEXT
  --format FMT    text (default) or json (an array of operations; the catalog note goes to stderr)`;

function describeService(service: CatalogService): string {
  const parts = [
    service.protocol,
    `endpoint prefix ${service.endpointPrefix}`,
    `signing name ${service.signingName}`,
    `API ${service.apiVersion}`,
  ];
  if (service.targetPrefix) parts.push(`target prefix ${service.targetPrefix}`);
  return `${service.fullName} (${service.id}): ${parts.join(', ')}`;
}

function notes(operation: CatalogOperation): string {
  const flags: string[] = [];
  if (operation.hostPrefix) flags.push(`host prefix ${operation.hostPrefix}`);
  if (operation.authType) flags.push(`auth ${operation.authType}`);
  if (operation.deprecated) flags.push('deprecated');
  return flags.join(', ');
}

function findServiceOrThrow(name: string): CatalogService {
  try {
    return requireService(awsCatalog, name);
  } catch (error) {
    if (error instanceof StudioError) throw new UsageError(error.message);
    throw error;
  }
}

export const operationsCommand: CliCommand = {
  name: 'operations',
  summary: "List a service's operations from the catalog",
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<ExitCodeValue> {
    const { search, format, positionals } = parseCatalogArgs(argv, 1);
    if (!positionals[0])
      throw new UsageError('Name the service, e.g. `connector-studio operations dynamodb`.');
    const service = findServiceOrThrow(positionals[0]);
    const operations = listOperations(service, search);
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(operations.map(summarizeOperation), null, 2)}\n`);
    } else {
      const rows = operations.map((op) => [op.name, op.method, op.uri, notes(op)]);
      const table =
        operations.length > 0
          ? formatTable([['OPERATION', 'METHOD', 'URI', 'NOTES'], ...rows])
          : `No operation matches "${search}".`;
      io.stdout.write(`${describeService(service)}\n\n${table.replace(/ +$/gm, '')}\n`);
    }
    writeFrozenNote(io, format);
    return ExitCode.ok;
  },
};
