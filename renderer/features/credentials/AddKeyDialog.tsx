import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useCatalogStore } from '../../stores/catalog-store';
import { describeError } from '../../api/describe-error';

interface AddKeyDialogProps {
  onClose: () => void;
  onAdded: (credentialId: string) => void;
  /** The open collection's folder: the key can be bound to it for its secret variables. */
  collectionDir?: string | undefined;
}

// The secret and token live only in this form's local state, and are cleared on every submit.
const blank = { label: '', accessKeyId: '', secretAccessKey: '', sessionToken: '' };

/** A modal form that hands a static key to the privileged side; nothing secret is kept here after submit. */
export function AddKeyDialog({ onClose, onAdded, collectionDir }: AddKeyDialogProps) {
  const api = useApi();
  const keyStorage = useCatalogStore((state) => state.appInfo?.keyStorage);
  const [form, setForm] = useState(blank);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [forCollection, setForCollection] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { label, accessKeyId, secretAccessKey, sessionToken } = form;
    setForm((current) => ({ ...current, secretAccessKey: '', sessionToken: '' }));
    setBusy(true);
    setError('');
    const input = {
      label: label.trim(),
      accessKeyId: accessKeyId.trim(),
      secretAccessKey,
      ...(sessionToken ? { sessionToken } : {}),
      ...(forCollection && collectionDir ? { collection: collectionDir } : {}),
    };
    api.call('credentials.add', input).then(
      (credential) => {
        setForm(blank);
        onAdded(credential.id);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(`${describeError(failure).message} Enter the secret again.`);
      },
    );
  };
  const field = (name: keyof typeof blank) => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) =>
      setForm((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <div className="modal-backdrop">
      <form
        role="dialog"
        aria-modal="true"
        aria-label="Add static key"
        className="modal"
        onSubmit={submit}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <h2>Add static key</h2>
        <p className="note">
          {keyStorage === 'memory'
            ? 'Browser mode: keys you add live in memory for this run only and are forgotten when the host stops.'
            : 'Keys you add are encrypted with the operating system keychain.'}
        </p>
        <label className="field">
          <span className="field-label">Key label</span>
          <input ref={first} required maxLength={100} autoComplete="off" {...field('label')} />
        </label>
        <label className="field">
          <span className="field-label">Access key ID</span>
          <input required autoComplete="off" spellCheck={false} {...field('accessKeyId')} />
        </label>
        <label className="field">
          <span className="field-label">Secret access key</span>
          <input
            required
            type="password"
            autoComplete="off"
            spellCheck={false}
            {...field('secretAccessKey')}
          />
        </label>
        <label className="field">
          <span className="field-label">Session token (optional)</span>
          <input type="password" autoComplete="off" spellCheck={false} {...field('sessionToken')} />
        </label>
        {collectionDir ? (
          <label className="field checkbox-field">
            <input
              type="checkbox"
              checked={forCollection}
              onChange={(event) => setForCollection(event.target.checked)}
            />
            <span>Let this collection&apos;s secret variables use this key</span>
          </label>
        ) : null}
        {error ? (
          <p role="alert" className="error-text">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Save key
          </button>
        </div>
      </form>
    </div>
  );
}
