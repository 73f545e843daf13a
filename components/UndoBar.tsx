import { useEffect } from 'react';
import './UndoBar.css';

/** A short-lived notice with an Undo button, for actions that remove something. */
export function UndoBar({ message, onUndo, onClose }: { message: string; onUndo: () => void; onClose: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onClose, 8000);
    return () => clearTimeout(timer);
  }, [onClose]);
  return (
    <div className="undo" role="status">
      <span>{message}</span>
      <button type="button" className="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
