import { useMemo } from 'react';
import { Combobox } from '../../components/Combobox';
import { useCatalogStore } from '../../stores/catalog-store';
import { useRequestStore } from '../../stores/request-store';

/** Searchable service picker over the frozen catalog: by name, id or signing name. */
export function ServicePicker() {
  const services = useCatalogStore((state) => state.services);
  const frozenNote = useCatalogStore((state) => state.frozenNote);
  const service = useRequestStore((state) => state.service);
  const setService = useRequestStore((state) => state.setService);
  const options = useMemo(
    () =>
      services.map((item) => ({
        value: item.id,
        label: item.fullName,
        detail: item.signingName === item.id ? item.id : `${item.id} · ${item.signingName}`,
        keywords: `${item.serviceId} ${item.endpointPrefix}`,
      })),
    [services],
  );
  return (
    <div className="field field-wide">
      <span className="field-label">Service</span>
      <Combobox
        label="Service"
        options={options}
        value={service}
        onChange={setService}
        placeholder="Search services"
      />
      {frozenNote ? <small className="note">{frozenNote}</small> : null}
    </div>
  );
}
