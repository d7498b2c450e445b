import { useEffect } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useCatalogStore } from '../../stores/catalog-store';
import { useCredentialsStore } from '../../stores/credentials-store';
import { useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { describeError } from '../../api/describe-error';

/** Loads app info, regions, services and credentials once, and a service's operations when it is picked. */
export function useCatalogLoader(): void {
  const api = useApi();
  const service = useRequestStore((state) => state.service);

  useEffect(() => {
    const catalog = useCatalogStore.getState();
    const report = (error: unknown) => useResponseStore.getState().fail(describeError(error));
    void api.call('app.info', {}).then(catalog.setAppInfo, report);
    void api.call('catalog.regions', {}).then(catalog.setRegions, report);
    void api
      .call('catalog.services', {})
      .then((result) => catalog.setServices(result.services, result.frozenNote), report);
    void api
      .call('credentials.list', {})
      .then(useCredentialsStore.getState().setCredentials, report);
  }, [api]);

  useEffect(() => {
    if (!service || useCatalogStore.getState().operations[service]) return;
    void api.call('catalog.operations', { service }).then(
      (operations) => useCatalogStore.getState().setOperations(service, operations),
      (error: unknown) => useResponseStore.getState().fail(describeError(error)),
    );
  }, [api, service]);
}
