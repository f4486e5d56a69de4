/** A refusal that names no field of the form, announced when it appears. */
export function FormProblem({ message }: { message: string | undefined }) {
  return (
    <div role="alert">
      {message && (
        <p className="field-error">
          <span className="visually-hidden">Fel: </span>
          {message}
        </p>
      )}
    </div>
  );
}
