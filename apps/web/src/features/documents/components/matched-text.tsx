// A paragraph's words against the earlier paragraph it follows: insertions <ins>, deletions <del>.
import type { MatchEntry } from '@psp/contracts';

export function MatchedText({ entry }: { entry: MatchEntry }) {
  if (entry.relation === 'removed') return <del>{entry.previous?.text}</del>;
  if (entry.relation === 'new') return <ins>{entry.current?.text}</ins>;
  if (entry.words?.length) {
    return (
      <>
        {entry.words.map((word, index) =>
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
  return <>{entry.current?.text}</>;
}
