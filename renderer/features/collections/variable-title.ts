import type { VariableState } from './apply-variables';

/** The mask shown in place of a secret variable's value. */
export const SECRET_MASK = '••••';

/** The class that styles a variable by its state. */
export function variableClass(state: VariableState['state']): string {
  return `variable-${state}`;
}

/** What a variable stands for, for a tooltip or a list: its value, a mask for secrets, or that none is set. */
export function describeVariable(variable: VariableState): string {
  if (variable.state === 'resolved') return variable.value;
  if (variable.state === 'secret') return `${SECRET_MASK} (secret, from the credential store)`;
  return 'no value in this environment';
}
