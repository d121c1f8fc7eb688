// Insertions and deletions marked in a paragraph's text: <ins> and <del>, word by word. Shared by
// the changes page, the paragraph's history and the recommendation page.
import type { DiffEntry } from '@psp/contracts';

export function WordMarks({ words }: { words: NonNullable<DiffEntry['words']> }) {
  return (
    <>
      {words.map((word, index) =>
        word.op === 'insert' ? (
          <ins key={index}>{word.text}</ins>
        ) : word.op === 'delete' ? (
          <del key={index}>{word.text}</del>
        ) : (
          <span key={index}>{word.text}</span>
        ),
      )}
    </>
  );
}

/** A changed paragraph's text with its marks: all inserted, all deleted, or word by word. */
export function MarkedChange({ entry }: { entry: Pick<DiffEntry, 'change' | 'before' | 'after' | 'words'> }) {
  if (entry.change === 'added') return <ins>{entry.after?.text}</ins>;
  if (entry.change === 'removed') return <del>{entry.before?.text}</del>;
  if (entry.change === 'modified' && entry.words?.length) return <WordMarks words={entry.words} />;
  if (entry.change === 'modified') {
    return (
      <>
        <del>{entry.before?.text}</del> <ins>{entry.after?.text}</ins>
      </>
    );
  }
  return <>{entry.after?.text ?? entry.before?.text}</>;
}

/** How insertions and deletions look, for readers (and for print, where colour may be lost). */
export function ChangeKey() {
  return (
    <p className="govuk-body-s app-change-key">
      Key: <ins className="app-ins">inserted words are underlined</ins> and <del className="app-del">deleted words are struck through</del>.
    </p>
  );
}
