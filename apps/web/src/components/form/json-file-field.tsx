import { useState } from 'react';
import { FileField } from './file-field.tsx';

export type FileRead = { ok: true; content: unknown } | { ok: false; message: string };

/** A chosen file as JSON, or why it is not: larger than `maxBytes` (refused before it is read), or no JSON. */
export async function readJsonFile(
  file: { size: number; text: () => Promise<string> },
  { maxBytes, tooLarge, notJson }: { maxBytes: number; tooLarge: string; notJson: string },
): Promise<FileRead> {
  if (file.size > maxBytes) return { ok: false, message: tooLarge };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'Filen gick inte att läsa. Välj den på nytt.' };
  }
  try {
    return { ok: true, content: JSON.parse(text) };
  } catch {
    return { ok: false, message: notJson };
  }
}

/**
 * A JSON file read in from the person's computer: a file that is too large or no JSON is refused here, in
 * Swedish, before anything is sent; one that reads is handed on, and what it is for may refuse it too.
 */
export function JsonFileField({
  label,
  description,
  limits,
  onChoose,
  onRead,
}: {
  label: string;
  description: string;
  limits: { maxBytes: number; tooLarge: string; notJson: string };
  /** Told of every new choice, so that what the last file showed can go. */
  onChoose: () => void;
  /** The file's content and name; a message refuses it. */
  onRead: (content: unknown, name: string) => string | undefined;
}) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const choose = async (chosen: File | null) => {
    setRefusal(null);
    onChoose();
    if (!chosen) return;
    const read = await readJsonFile(chosen, limits);
    setRefusal(read.ok ? (onRead(read.content, chosen.name) ?? null) : read.message);
  };
  return (
    <>
      <FileField
        name={label}
        label={label}
        description={description}
        accept=".json,application/json"
        onChoose={(chosen) => void choose(chosen)}
      />
      {refusal && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">Filen kan inte läsas in</p>
          <p>{refusal}</p>
        </div>
      )}
    </>
  );
}
