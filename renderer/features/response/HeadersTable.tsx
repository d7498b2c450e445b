/** A read-only table of response headers. */
export function HeadersTable({ headers }: { headers: [string, string][] }) {
  if (headers.length === 0) return <p className="muted">No headers.</p>;
  return (
    <table className="headers-table" aria-label="Response headers">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {headers.map(([name, value], index) => (
          <tr key={`${index}-${name}`}>
            <td>{name}</td>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
