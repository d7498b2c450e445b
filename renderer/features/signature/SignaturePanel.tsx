import type { SignedRequestView } from '../../../shared/ipc/operations/request';

interface SignaturePanelProps {
  view: SignedRequestView | null;
  /** True when the view comes from "Preview signature" rather than a sent request. */
  isDryRun: boolean;
}

/** The signer's working: canonical request, string to sign and signed headers. */
export function SignaturePanel({ view, isDryRun }: SignaturePanelProps) {
  if (!view) {
    return (
      <p className="muted">Send a request or press "Preview signature" to see how it is signed.</p>
    );
  }
  return (
    <div className="signature-panel">
      <p className="note">
        {isDryRun ? 'Preview (not sent)' : 'As sent'}: {view.method} {view.url} · signing name{' '}
        {view.signingName} · region {view.region}
      </p>
      {view.bodyTruncated ? (
        <p role="note" aria-label="Request body cut" className="warning">
          The request body echoed here is cut to its first {view.body.length.toLocaleString('en')}{' '}
          {view.bodyEncoding === 'base64' ? 'base64 characters' : 'characters'}; the whole body was
          signed
          {isDryRun ? '' : ' and sent'}.
        </p>
      ) : null}
      <h3 id="signed-headers-title">Signed headers</h3>
      <ul aria-labelledby="signed-headers-title" className="signed-headers">
        {view.signedHeaders.map((name) => (
          <li key={name}>
            <code>{name}</code>
          </li>
        ))}
      </ul>
      <h3 id="canonical-request-title">Canonical request</h3>
      <pre aria-labelledby="canonical-request-title" className="code-block">
        {view.canonicalRequest}
      </pre>
      <h3 id="string-to-sign-title">String to sign</h3>
      <pre aria-labelledby="string-to-sign-title" className="code-block">
        {view.stringToSign}
      </pre>
    </div>
  );
}
