import { useState } from 'react';
import type { FormEvent } from 'react';

/** The fields of a new collection: the folder to create it in, its name, service and default region. */
export interface NewCollectionInput {
  dir: string;
  name: string;
  service: string;
  region: string;
}

/** A form to create a collection, or to open an existing folder. */
export function NewCollectionForm({
  onCreate,
  onOpen,
}: {
  onCreate(input: NewCollectionInput): void;
  onOpen(dir: string): void;
}) {
  const [input, setInput] = useState<NewCollectionInput>({
    dir: '',
    name: '',
    service: '',
    region: 'us-east-1',
  });
  const field = (key: keyof NewCollectionInput, label: string) => (
    <label>
      {label}
      <input
        aria-label={label}
        value={input[key]}
        onChange={(event) => setInput({ ...input, [key]: event.target.value })}
      />
    </label>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCreate(input);
  };
  return (
    <form aria-label="New collection" className="new-collection" onSubmit={submit}>
      {field('dir', 'Folder')}
      {field('name', 'Collection name')}
      {field('service', 'Collection service')}
      {field('region', 'Collection default region')}
      <button type="submit" disabled={!input.dir || !input.name || !input.service || !input.region}>
        New collection
      </button>
      <button type="button" disabled={!input.dir} onClick={() => onOpen(input.dir)}>
        Open folder
      </button>
    </form>
  );
}
