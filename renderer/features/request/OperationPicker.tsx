import { useMemo } from 'react';
import { useApi } from '../../api/ApiProvider';
import { Combobox } from '../../components/Combobox';
import { useCatalogStore } from '../../stores/catalog-store';
import { useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { describeError } from '../../api/describe-error';

/** Operation picker for the chosen service; choosing one fills the form from `catalog.template`. */
export function OperationPicker() {
  const api = useApi();
  const service = useRequestStore((state) => state.service);
  const operation = useRequestStore((state) => state.operation);
  const operations = useCatalogStore((state) => (service ? state.operations[service] : undefined));
  const options = useMemo(
    () =>
      (operations ?? []).map((item) => ({
        value: item.name,
        label: item.name,
        detail: `${item.method} ${item.uri}${item.deprecated ? ' (deprecated)' : ''}`,
      })),
    [operations],
  );
  const choose = (name: string) => {
    api.call('catalog.template', { service, operation: name }).then(
      (template) => useRequestStore.getState().applyTemplate(name, template),
      (error: unknown) => useResponseStore.getState().fail(describeError(error)),
    );
  };
  return (
    <div className="field field-wide">
      <span className="field-label">Operation</span>
      <Combobox
        label="Operation"
        options={options}
        value={operation}
        onChange={choose}
        placeholder={service ? 'Search operations' : 'Pick a service first'}
      />
    </div>
  );
}
