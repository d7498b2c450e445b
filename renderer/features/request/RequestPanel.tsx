import { KeyValueTable } from '../../components/KeyValueTable';
import { Tabs } from '../../components/Tabs';
import { useRequestStore } from '../../stores/request-store';
import { useUiStore } from '../../stores/ui-store';
import type { RequestTab } from '../../stores/ui-store';
import { SecretApprovalDialog } from '../collections/SecretApprovalDialog';
import { UnresolvedAlert } from '../collections/UnresolvedAlert';
import { VariableHint } from '../collections/VariableHint';
import { VariableList } from '../collections/VariableList';
import { useCollectionsStore } from '../collections/store';
import { CredentialsSelector } from '../credentials/CredentialsSelector';
import { AuthEditor } from './AuthEditor';
import { BodyEditor } from './BodyEditor';
import { BodyVariables } from './BodyVariables';
import { OperationPicker } from './OperationPicker';
import { PathLabels } from './PathLabels';
import { RegionPicker } from './RegionPicker';
import { RequestLine } from './RequestLine';
import { RequestSettings } from './RequestSettings';
import { ServicePicker } from './ServicePicker';

interface RequestPanelProps {
  onSend: () => void;
  onCancel: () => void;
  onPreview: () => void;
}

const count = (rows: { enabled: boolean }[]) => {
  const enabled = rows.filter((row) => row.enabled).length;
  return enabled > 0 ? String(enabled) : undefined;
};

const hint = (value: string) => <VariableHint text={value} />;

/** The request half of the workspace: target, request line, and the params/headers/body/auth/settings tabs. */
export function RequestPanel({ onSend, onCancel, onPreview }: RequestPanelProps) {
  const query = useRequestStore((state) => state.query);
  const headers = useRequestStore((state) => state.headers);
  const path = useRequestStore((state) => state.path);
  const collectionDir = useCollectionsStore((state) => state.dir);
  const auth = useRequestStore((state) => state.auth);
  const { addRow, updateRow, removeRow } = useRequestStore.getState();
  const tab = useUiStore((state) => state.requestTab);
  const setTab = useUiStore((state) => state.setRequestTab);
  const tabs: { key: RequestTab; label: string; badge?: string }[] = [
    { key: 'params', label: 'Query', badge: count(query) },
    { key: 'headers', label: 'Request headers', badge: count(headers) },
    { key: 'body', label: 'Request body' },
    { key: 'auth', label: 'Auth', badge: auth && auth.type !== 'sigv4' ? auth.type : undefined },
    { key: 'settings', label: 'Settings' },
  ];
  return (
    <section className="panel request-panel" aria-label="Request">
      <div className="target-row">
        <RegionPicker />
        <ServicePicker />
        <OperationPicker />
        <CredentialsSelector collectionDir={collectionDir} />
      </div>
      <RequestLine onSend={onSend} onCancel={onCancel} onPreview={onPreview} />
      <VariableList label="Path variables" texts={[path]} />
      <UnresolvedAlert />
      <SecretApprovalDialog />
      <PathLabels />
      <Tabs label="Request parts" tabs={tabs} active={tab} onSelect={setTab}>
        {tab === 'params' ? (
          <KeyValueTable
            noun="Query parameter"
            rows={query}
            onAdd={() => addRow('query')}
            onUpdate={(id, patch) => updateRow('query', id, patch)}
            onRemove={(id) => removeRow('query', id)}
            valueHint={hint}
          />
        ) : null}
        {tab === 'headers' ? (
          <KeyValueTable
            noun="Header"
            rows={headers}
            onAdd={() => addRow('headers')}
            onUpdate={(id, patch) => updateRow('headers', id, patch)}
            onRemove={(id) => removeRow('headers', id)}
            valueHint={hint}
          />
        ) : null}
        {tab === 'body' ? (
          <>
            <BodyEditor onSubmit={onSend} />
            <BodyVariables />
          </>
        ) : null}
        {tab === 'auth' ? <AuthEditor /> : null}
        {tab === 'settings' ? <RequestSettings /> : null}
      </Tabs>
    </section>
  );
}
