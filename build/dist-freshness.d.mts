/** Why the given dist/ outputs are stale, or undefined when each is newer than every source. */
export function distStaleness(root: string, outputs?: readonly string[]): string | undefined;
