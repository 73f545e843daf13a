import { useEffect, useState } from 'react';
import { type DatabaseProblem, watchDatabase } from '../storage/db-status';
import { DATABASE_PROBLEM_TEXT } from './errors';

/** Says plainly when another Tend page holds up or replaced the database, with the way out. */
export function DatabaseNotice() {
  const [problem, setProblem] = useState<DatabaseProblem | null>(null);
  useEffect(() => watchDatabase(setProblem), []);
  if (!problem) return null;
  return (
    <div className="notice error" role="alert">
      <p>{DATABASE_PROBLEM_TEXT[problem]}</p>
      {problem !== 'blocked' ? (
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      ) : null}
    </div>
  );
}
