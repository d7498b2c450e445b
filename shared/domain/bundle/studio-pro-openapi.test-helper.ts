/**
 * The constraints Mendix documents for "Import an OpenAPI/Swagger contract" into a Consumed REST
 * Service (mendix/docs refguide "Consumed REST Service": supported methods GET, POST, PUT, PATCH,
 * DELETE; basic authentication only, other schemes as headers; responses mapped for status 200;
 * entities created from JSON responses, XML read with an import mapping), as problems of a document.
 */
export function studioProImportProblems(document: {
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
  security?: unknown;
  components?: { securitySchemes?: Record<string, { type?: string; scheme?: string }> };
}): string[] {
  const problems: string[] = [];
  const supported = new Set(['get', 'post', 'put', 'patch', 'delete']);
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/')) problems.push(`${path}: a path starts with /`);
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters') continue;
      if (!supported.has(method)) problems.push(`${method} ${path}: method not supported`);
      const ok = operation.responses?.['200'] as { content?: Record<string, unknown> } | undefined;
      if (!ok) problems.push(`${method} ${path}: no 200 response to map`);
      for (const type of Object.keys(ok?.content ?? {}))
        if (!/json|xml/.test(type))
          problems.push(`${method} ${path}: response ${type} neither JSON nor XML`);
    }
  }
  for (const [name, scheme] of Object.entries(document.components?.securitySchemes ?? {}))
    if (!(scheme.type === 'http' && scheme.scheme === 'basic'))
      problems.push(`security scheme ${name}: only basic authentication is imported`);
  return problems;
}
