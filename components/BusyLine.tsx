/** What is under way (a file read, a restore, an export), announced politely; nothing when idle. */
export function BusyLine({ message }: { message: string | null }) {
  return message ? (
    <p className="hint" role="status">
      {message}
    </p>
  ) : null;
}
