import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useRequestStore } from '../../stores/request-store';
import { describeError } from '../../api/describe-error';

/** "Test" calls STS GetCallerIdentity with the chosen credential and shows who it is. */
export function CredentialTest({ credentialId }: { credentialId: string }) {
  const api = useApi();
  const [status, setStatus] = useState('');
  const test = () => {
    const { region, endpoint } = useRequestStore.getState();
    setStatus('Testing…');
    const input = {
      id: credentialId,
      region,
      ...(endpoint.trim() ? { endpoint: endpoint.trim() } : {}),
    };
    api.call('credentials.test', input).then(
      (result) =>
        setStatus(
          result.ok
            ? `OK: ${result.arn ?? result.account ?? 'valid'}`
            : `Failed: ${result.message ?? 'rejected'}`,
        ),
      (error: unknown) => setStatus(`Failed: ${describeError(error).message}`),
    );
  };
  return (
    <>
      <button type="button" onClick={test} disabled={!credentialId}>
        Test credentials
      </button>
      {status ? (
        <span role="status" aria-label="Credential status" className="muted credential-status">
          {status}
        </span>
      ) : null}
    </>
  );
}
