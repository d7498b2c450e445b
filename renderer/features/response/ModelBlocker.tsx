/** The message shown in a modelling tab before there is a structure to show. */
export function ModelBlocker({ blocker }: { blocker: { message: string; isError: boolean } }) {
  if (blocker.isError) {
    return (
      <p role="alert" aria-label="Structure error" className="error-text">
        {blocker.message}
      </p>
    );
  }
  return <p className="muted">{blocker.message}</p>;
}
