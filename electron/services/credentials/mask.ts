/** An access key id (`AKIA` and 16 more characters) → `AKIA…WXYZ`: enough to recognise a key, never enough to use it. */
export function maskKeyId(accessKeyId: string): string {
  if (accessKeyId.length <= 8) return '…';
  return `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}`;
}

// Secret keys are 40 base64 characters and session tokens are longer; key ids are masked.
const LONG_TOKEN = /[A-Za-z0-9/+=]{30,}/g;
const KEY_ID = /\b(?:AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,124}\b/g;

/** Removes anything that could be a secret key or token from text that came from a provider. */
export function scrubSecrets(text: string, known: Array<string | undefined> = []): string {
  let result = text;
  for (const secret of known) {
    if (secret && secret.length >= 4) result = result.split(secret).join('[redacted]');
  }
  return result
    .replace(LONG_TOKEN, (run) => (looksRandom(run) ? '[redacted]' : run))
    .replace(KEY_ID, (id) => maskKeyId(id));
}

function looksRandom(run: string): boolean {
  return /[0-9]/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run);
}
