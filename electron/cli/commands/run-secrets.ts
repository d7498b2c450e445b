import { StudioError } from '../../../shared/ipc/errors';
import type { SecretUsePlan } from '../../services/engine/secret-uses';
import type { SecretSource } from '../../services/engine/secret-variables';
import { UsageError } from '../command';

// The AWS credential variables are never a secret variable's source: a collection must not be able to send them.
const AWS_CREDENTIAL_VARIABLES = new Set([
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
]);

/** `--secret NAME=ENV_VAR` pairs: which environment variable the user chose for each secret variable. */
export function parseSecretFlags(flags: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const flag of flags) {
    const match = /^([A-Za-z0-9_.-]+)=([A-Za-z_][A-Za-z0-9_]*)$/.exec(flag);
    if (!match)
      throw new UsageError(
        `--secret takes NAME=ENV_VAR (a secret variable and the environment variable holding its value), not "${flag}".`,
      );
    const [, name, variable] = match as unknown as [string, string, string];
    if (AWS_CREDENTIAL_VARIABLES.has(variable.toUpperCase()))
      throw new UsageError(
        `--secret ${name}=${variable}: AWS credential variables are never filled into a request; put the value in a variable of its own.`,
      );
    sources.set(name, variable);
  }
  return sources;
}

/**
 * The CLI's secret source: a secret variable's value comes only from the environment variable the
 * user named for it with `--secret`, and goes only to hosts named with `--allow-secret-host`.
 */
export function cliSecrets(options: {
  sources: ReadonlyMap<string, string>;
  allowedHosts: readonly string[];
  env: NodeJS.ProcessEnv;
}): SecretSource {
  const hosts = new Set(options.allowedHosts.map((host) => host.toLowerCase()));
  return {
    async value(_collection, { name }) {
      const variable = options.sources.get(name);
      const value = variable === undefined ? undefined : options.env[variable];
      if (!value)
        throw new StudioError(
          'credentials',
          variable === undefined
            ? `The secret variable {{${name}}} has no value: pass --secret ${name}=ENV_VAR naming the environment variable that holds it.`
            : `The secret variable {{${name}}} has no value: ${variable} is not set.`,
        );
      return value;
    },
    isApproved: async (_collection, host) => hosts.has(host.toLowerCase()),
  };
}

/** The lines that show the user every secret use before the first send. */
export function describeSecretPlans(plans: ReadonlyArray<[string, SecretUsePlan]>): string {
  const lines = plans.flatMap(([label, plan]) =>
    plan.uses.map(
      (use) =>
        `secret {{${use.variable}}} in ${use.field} of ${label} goes to ${plan.host}${plan.approved ? '' : ' (not approved)'}`,
    ),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The refusal for hosts the user did not approve, naming the flag that approves them. */
export function refusal(plans: ReadonlyArray<[string, SecretUsePlan]>): string | undefined {
  const hosts = [...new Set(plans.filter(([, p]) => !p.approved).map(([, p]) => p.host))];
  if (hosts.length === 0) return undefined;
  return `Nothing was sent: secret variables would go to ${hosts.join(', ')}, which you have not approved. Check the uses above and pass ${hosts.map((h) => `--allow-secret-host ${h}`).join(' ')} to send them.\n`;
}
