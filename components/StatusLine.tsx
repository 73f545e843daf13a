/**
 * What just went right, or (`busy`) what is under way: a file read, a restore, an export. Announced
 * politely to screen readers; nothing when there is nothing to say.
 */
export function StatusLine({ message, busy = false }: { message: string | null; busy?: boolean }) {
  return message ? (
    <p className={busy ? 'hint' : 'ok'} role="status">
      {message}
    </p>
  ) : null;
}
