import { useMemo } from 'react';
import { Combobox } from '../../components/Combobox';
import { useCatalogStore } from '../../stores/catalog-store';
import { useRequestStore } from '../../stores/request-store';

/** Searchable region picker showing each region's id and name. */
export function RegionPicker() {
  const regions = useCatalogStore((state) => state.regions);
  const region = useRequestStore((state) => state.region);
  const setField = useRequestStore((state) => state.setField);
  const options = useMemo(
    () =>
      regions.map((item) => ({
        value: item.id,
        label: item.id,
        detail: item.name,
        keywords: item.partition,
      })),
    [regions],
  );
  return (
    <div className="field">
      <span className="field-label">Region</span>
      <Combobox
        label="Region"
        options={options}
        value={region}
        onChange={(value) => setField('region', value)}
        placeholder="Search regions"
      />
    </div>
  );
}
