import { useEffect, useMemo, useState } from 'react';
import { mendixScriptFiles } from '../../../shared/domain/mendix-script/render-script';
import { useApi } from '../../api/ApiProvider';
import { describeError } from '../../api/describe-error';
import { useConnectorStore } from '../../stores/connector-store';

interface TokenStatus {
  hasToken: boolean;
  storage: 'keychain' | 'memory';
}

/** The generated Model SDK script and "Apply to Mendix app"; the token goes straight to the privileged side. */
export function MendixApply() {
  const api = useApi();
  const result = useConnectorStore((state) => state.result);
  const [status, setStatus] = useState<TokenStatus | null>(null);
  const [appId, setAppId] = useState('');
  const [branch, setBranch] = useState('main');
  const [tokenInput, setTokenInput] = useState('');
  const [output, setOutput] = useState('');
  const [busy, setBusy] = useState(false);
  const script = useMemo(
    () =>
      result
        ? (mendixScriptFiles(result.plan, result.model).find((f) =>
            f.path.endsWith('apply-connector.ts'),
          )?.content ?? '')
        : '',
    [result],
  );

  useEffect(() => {
    api.call('mendix.token.status', {}).then(setStatus, () => setStatus(null));
  }, [api]);

  const fail = (error: unknown) => {
    setBusy(false);
    setOutput(describeError(error).message);
  };
  const saveToken = () => {
    const token = tokenInput;
    // The typed token leaves the page state at once; only the privileged side keeps it.
    setTokenInput('');
    api.call('mendix.token.set', { token }).then(setStatus, fail);
  };
  const apply = () => {
    if (!result) return;
    setBusy(true);
    setOutput('Applying…');
    api
      .call('mendix.apply', { plan: result.plan, model: result.model, appId: appId.trim(), branch })
      .then((applied) => {
        setBusy(false);
        setOutput(applied.output || `The script ended with exit code ${applied.exitCode}.`);
      }, fail);
  };

  if (!result) return null;
  return (
    <section className="mendix-apply" aria-label="Mendix Model SDK">
      <h2>Mendix Model SDK script</h2>
      {/* Focusable, so a keyboard user can scroll the script (axe: scrollable-region-focusable). */}
      <pre
        aria-label="Model SDK script"
        tabIndex={0}
        className="code"
        style={{ maxHeight: '12em', overflow: 'auto' }}
      >
        {script}
      </pre>
      <div className="form-row">
        <label>
          Mendix App ID <input value={appId} onChange={(e) => setAppId(e.target.value)} />
        </label>
        <label>
          Branch <input value={branch} onChange={(e) => setBranch(e.target.value)} />
        </label>
        {status?.hasToken ? (
          <button
            type="button"
            onClick={() => void api.call('mendix.token.clear', {}).then(setStatus, fail)}
          >
            Forget Mendix token ({status.storage})
          </button>
        ) : (
          <>
            <label>
              Mendix personal access token{' '}
              <input
                type="password"
                autoComplete="off"
                value={tokenInput}
                onChange={(e) => setTokenInput(e.target.value)}
              />
            </label>
            <button type="button" onClick={saveToken} disabled={tokenInput.length < 8}>
              Store token
            </button>
          </>
        )}
        <button
          type="button"
          onClick={apply}
          disabled={busy || !status?.hasToken || !/^[A-Za-z0-9-]{1,64}$/.test(appId.trim())}
        >
          Apply to Mendix app
        </button>
      </div>
      {output ? (
        <pre role="log" aria-label="Apply output" className="code">
          {output}
        </pre>
      ) : null}
    </section>
  );
}
