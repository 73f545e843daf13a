/** What just went right, announced politely to screen readers; nothing when there is nothing to say. */
export function StatusLine({ message }: { message: string | null }) {
  return message ? (
    <p className="ok" role="status">
      {message}
    </p>
  ) : null;
}
