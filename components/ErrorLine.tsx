/** What went wrong, announced to screen readers; nothing when all is well. */
export function ErrorLine({ message }: { message: string | null }) {
  return message ? (
    <p className="error" role="alert">
      {message}
    </p>
  ) : null;
}
