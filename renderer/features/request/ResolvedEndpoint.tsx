import {
  environmentValues,
  resolveEndpointText,
  substitute,
} from '../../../shared/domain/collection';
import { useRequestStore } from '../../stores/request-store';
import { useActiveEnvironment } from '../collections/use-active-environment';

const AUTH_LABEL = {
  sigv4: 'SigV4 (signed)',
  none: 'no auth (not signed)',
  bearer: 'bearer token (not signed)',
  basic: 'basic auth (not signed)',
  apikey: 'API key (not signed)',
} as const;

/** Where a templated endpoint (`{{baseUrl}}`) goes with the chosen environment, and how the request authenticates. */
export function ResolvedEndpoint() {
  const endpoint = useRequestStore((state) => state.endpoint);
  const auth = useRequestStore((state) => state.auth);
  const { environment } = useActiveEnvironment();
  const filled = substitute(endpoint, environmentValues(environment));
  const resolved =
    endpoint.includes('{{') && !filled.includes('{{') ? resolveEndpointText(filled) : undefined;
  const aws = resolved?.aws;
  return (
    <p className="field-hint" data-testid="resolved-endpoint">
      {resolved ? (
        <>
          Sends to <code>{`${resolved.origin}${resolved.basePath}`}</code>
          {aws ? ` (AWS host: ${aws.service}${aws.region ? ` in ${aws.region}` : ''})` : ''}.{' '}
        </>
      ) : null}
      Auth: {AUTH_LABEL[auth?.type ?? 'sigv4']}.
    </p>
  );
}
