import type { AwsErrorInfo, SignedRequestView } from '../../../shared/ipc/operations/request';

/** The AWS error in a response: code, message, request id, and for signature errors both canonical requests. */
export function AwsErrorCard({
  error,
  signed,
}: {
  error: AwsErrorInfo;
  signed: SignedRequestView;
}) {
  const isSignatureError =
    error.expectedCanonicalRequest !== undefined || /signature/i.test(error.code);
  return (
    <section role="alert" aria-label="AWS error" className="error-card">
      <header>
        <strong className="error-code">{error.code}</strong>
        {error.requestId ? <span className="muted">Request ID {error.requestId}</span> : null}
      </header>
      <p>{error.message}</p>
      {isSignatureError ? (
        <div className="side-by-side">
          <figure>
            <figcaption>Our canonical request</figcaption>
            <pre aria-label="Our canonical request">{signed.canonicalRequest}</pre>
          </figure>
          <figure>
            <figcaption>Canonical request the server expected</figcaption>
            <pre aria-label="Expected canonical request">
              {error.expectedCanonicalRequest ?? 'The server did not say.'}
            </pre>
          </figure>
          {error.expectedStringToSign !== undefined ? (
            <>
              <figure>
                <figcaption>Our string to sign</figcaption>
                <pre aria-label="Our string to sign">{signed.stringToSign}</pre>
              </figure>
              <figure>
                <figcaption>String to sign the server expected</figcaption>
                <pre aria-label="Expected string to sign">{error.expectedStringToSign}</pre>
              </figure>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
