import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/alerts.tsx';

/**
 * Why a write was refused: someone saved in between (with a way to start again from theirs), the file's problems
 * each at its place in the file, or any other error.
 */
export function SaveError({
  error,
  title,
  onReload,
}: {
  error: unknown;
  title: string;
  onReload: () => void;
}) {
  if (isApiError(error, 'VERSION_CONFLICT'))
    return (
      <div className="alert alert-warning" role="alert">
        <p className="alert-title">{title}</p>
        <p>{error.message}</p>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={onReload}>
            Läs in inställningarna på nytt
          </button>
        </div>
      </div>
    );
  if (isApiError(error, 'VALIDATION') && error.details.length > 0)
    return <ProblemList title={title} problems={error.details} />;
  return <ErrorAlert error={error} title={title} />;
}

function ProblemList({
  title,
  problems,
}: {
  title: string;
  problems: readonly { path: string; message: string }[];
}) {
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{title}</p>
      <ul className="settings-problems">
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
