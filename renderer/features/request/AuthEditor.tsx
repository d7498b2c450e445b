import { useState } from 'react';
import type { AuthType, RequestAuth } from '../../../shared/ipc/operations/auth';
import { useCredentialsStore } from '../../stores/credentials-store';
import { useRequestStore } from '../../stores/request-store';
import { VariableHint } from '../collections/VariableHint';
import { describeCredential } from '../credentials/describe-credential';
import {
  AUTH_CHOICES,
  isSecretReference,
  secretFieldOf,
  switchAuth,
  withCredential,
  withSecret,
} from './auth-form';

const SECRET_LABEL = { token: 'Token', password: 'Password', value: 'Key value' } as const;

/** Picks how the request authenticates; secrets are `{{variable}}` references or credential store entries, never values. */
export function AuthEditor() {
  const auth = useRequestStore((state) => state.auth);
  const setField = useRequestStore((state) => state.setField);
  const current: RequestAuth = auth ?? { type: 'sigv4' };
  const save = (next: RequestAuth) => setField('auth', next);
  return (
    <div className="settings-grid" data-testid="auth-editor">
      <label className="field">
        <span className="field-label">Auth type</span>
        <select
          value={current.type}
          onChange={(event) => save(switchAuth(auth, event.target.value as AuthType))}
        >
          {AUTH_CHOICES.map((choice) => (
            <option key={choice.type} value={choice.type}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      {current.type === 'sigv4' ? (
        <p className="field-hint">
          Signed with the credentials picked above, for the request&apos;s region and service.
        </p>
      ) : null}
      {current.type === 'none' ? (
        <p className="field-hint">Sent as written: no AWS credentials, no auth header.</p>
      ) : null}
      {current.type === 'basic' ? (
        <PlainField
          label="Username"
          value={current.username}
          onChange={(username) => save({ ...current, username })}
        />
      ) : null}
      {current.type === 'apikey' ? (
        <>
          <PlainField
            label="Key name"
            value={current.key}
            onChange={(key) => save({ ...current, key })}
          />
          <label className="field">
            <span className="field-label">Send key in</span>
            <select
              value={current.in}
              onChange={(event) =>
                save({ ...current, in: event.target.value === 'query' ? 'query' : 'header' })
              }
            >
              <option value="header">Header</option>
              <option value="query">Query parameter</option>
            </select>
          </label>
        </>
      ) : null}
      {secretFieldOf(current.type) ? (
        // Keyed by type so a fresh field starts from the saved reference of the new type.
        <SecretReference key={current.type} auth={current} onChange={save} />
      ) : null}
    </div>
  );
}

/** A non-secret text field of an auth (username, key name), which may hold `{{variables}}`. */
function PlainField(props: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label className="field">
        <span className="field-label">{props.label}</span>
        <input
          value={props.value}
          spellCheck={false}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </label>
      <VariableHint text={props.value} />
    </div>
  );
}

/** The secret of a bearer, basic or API key auth: a `{{variable}}` reference or a credential store entry. */
function SecretReference({
  auth,
  onChange,
}: {
  auth: RequestAuth;
  onChange: (next: RequestAuth) => void;
}) {
  const field = secretFieldOf(auth.type) ?? 'token';
  const saved = (auth as Partial<Record<string, string>>)[field] ?? '';
  const hidden = !isSecretReference(saved);
  // A literal the user types stays in the field (nothing lost) but is never saved with the request.
  const [text, setText] = useState(hidden ? '' : saved);
  const credentials = useCredentialsStore((state) => state.credentials);
  const credentialId = 'credentialId' in auth ? (auth.credentialId ?? '') : '';
  const literal = !isSecretReference(text);
  return (
    <>
      <div className="field">
        <label className="field">
          <span className="field-label">{SECRET_LABEL[field]} (variable reference)</span>
          <input
            value={text}
            placeholder="{{secretVariable}}"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={literal}
            onChange={(event) => {
              setText(event.target.value);
              if (isSecretReference(event.target.value))
                onChange(withSecret(auth, event.target.value));
            }}
          />
        </label>
        {literal ? (
          <p role="alert" className="error-text">
            Only a {'{{variable}}'} reference is saved: keep the secret in a secret variable of the
            environment (or pick a credential store entry) and enter its name here.
          </p>
        ) : (
          <VariableHint text={text} />
        )}
        {hidden ? (
          <p className="field-hint">
            The saved value is not a variable reference and is not shown; enter a reference to
            replace it.
          </p>
        ) : null}
      </div>
      <label className="field">
        <span className="field-label">Or the secret of a credential store entry</span>
        <select
          value={credentialId}
          onChange={(event) => onChange(withCredential(auth, event.target.value))}
        >
          <option value="">None (use the reference)</option>
          {credentials.map((item) => (
            <option key={item.id} value={item.id}>
              {describeCredential(item)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
