/**
 * A wide AWS-shaped response body (JSON text) whose "Map automatically" model has about `entities`
 * entities: a list of resources, each object with a few typed values and up to four nested
 * objects, half of them lists. For layout tests and benchmarks.
 */
export function wideResponseJson(entities: number): string {
  const root: Record<string, unknown> = { NextToken: 'token' };
  const queue: Record<string, unknown>[] = [];
  let made = 1;
  const item = (): Record<string, unknown> => ({
    Name: 'name',
    Arn: 'arn:aws:service:us-east-1:123456789012:x',
    CreatedAt: '2024-01-01T00:00:00Z',
    Size: 42,
    Enabled: true,
  });
  const first = item();
  root.Resources = [first];
  queue.push(first);
  while (made < entities && queue.length > 0) {
    const parent = queue.shift() as Record<string, unknown>;
    for (let i = 0; i < 4 && made < entities; i++) {
      const child = item();
      parent[i % 2 === 0 ? `Detail${made}` : `Entries${made}`] = i % 2 === 0 ? child : [child];
      queue.push(child);
      made++;
    }
  }
  return JSON.stringify(root);
}
