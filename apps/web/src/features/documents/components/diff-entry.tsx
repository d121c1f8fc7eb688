// One paragraph of the amended-plan view. Insertions are <ins>, deletions <del> (word by word
// when the API gives `words`), a moved number shows what it was ("was 24"), and the change links
// to the recommendation(s) that caused it.
import { useState } from 'react';
import type { DiffEntry } from '@psp/contracts';
import { paragraphLabel } from '@/lib/format';
import { ReconstructedTag } from '@/components/provenance';
import { Attribution } from './attribution';

export const CHANGE_LABELS: Record<DiffEntry['change'], string> = {
  added: 'Added',
  removed: 'Removed',
  modified: 'Amended',
  renumbered: 'Renumbered',
  unchanged: 'Unchanged',
};

export const CHANGE_TAG_COLOURS: Record<DiffEntry['change'], string> = {
  added: 'govuk-tag--green',
  removed: 'govuk-tag--red',
  modified: '',
  renumbered: 'govuk-tag--purple',
  unchanged: 'govuk-tag--grey',
};

const LONG_UNCHANGED = 360;
const KEEP = 140;

/** Long unchanged stretches shrink to their ends, so the eye lands on what changed. */
export function shortenUnchanged(text: string, position: 'first' | 'middle' | 'last'): string {
  if (text.length <= LONG_UNCHANGED) return text;
  if (position === 'first') return `… ${text.slice(-KEEP).replace(/^\S*\s/, '')}`;
  if (position === 'last') return `${text.slice(0, KEEP).replace(/\s\S*$/, '')} …`;
  return `${text.slice(0, KEEP).replace(/\s\S*$/, '')} … ${text.slice(-KEEP).replace(/^\S*\s/, '')}`;
}

/** The paragraph's text with its insertions (<ins>) and deletions (<del>) marked, word by word where the API gives them. */
export function ChangedText({ entry, expanded }: { entry: DiffEntry; expanded: boolean }) {
  if (entry.change === 'added') return <ins>{entry.after?.text}</ins>;
  if (entry.change === 'removed') return <del>{entry.before?.text}</del>;
  if (entry.change === 'modified') {
    if (entry.words?.length) {
      const last = entry.words.length - 1;
      return (
        <>
          {entry.words.map((word, index) =>
            word.op === 'insert' ? (
              <ins key={index}>{word.text}</ins>
            ) : word.op === 'delete' ? (
              <del key={index}>{word.text}</del>
            ) : (
              <span key={index}>{expanded ? word.text : shortenUnchanged(word.text, index === 0 ? 'first' : index === last ? 'last' : 'middle')}</span>
            ),
          )}
        </>
      );
    }
    return (
      <>
        <del>{entry.before?.text}</del> <ins>{entry.after?.text}</ins>
      </>
    );
  }
  return <>{entry.after?.text ?? entry.before?.text}</>;
}

export function DiffEntryView({ entry }: { entry: DiffEntry }) {
  const [expanded, setExpanded] = useState(false);
  const shortened = entry.change === 'modified' && (entry.words ?? []).some((word) => word.op === 'equal' && word.text.length > LONG_UNCHANGED);
  const number = entry.after?.number ?? entry.before?.number ?? null;
  const label = paragraphLabel(number, entry.after?.heading ?? entry.before?.heading);
  const was = entry.before?.number && entry.after?.number && entry.before.number !== entry.after.number ? entry.before.number : null;
  return (
    <div className={`app-change app-change--${entry.change}`} data-change={entry.change} data-provision-key={entry.provisionKey}>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <span className="app-change__number">{label}</span>
        {was ? <span className="app-change__was">(was {was}) </span> : null}
        {entry.change !== 'unchanged' ? <strong className={`govuk-tag ${CHANGE_TAG_COLOURS[entry.change]}`}>{CHANGE_LABELS[entry.change]}</strong> : null}{' '}
        {entry.after?.reconstructed ? <ReconstructedTag /> : null}
      </p>
      <div className="govuk-body app-change__text">
        <ChangedText entry={entry} expanded={expanded} />
      </div>
      {shortened ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2 app-no-print"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Shorten the unchanged text' : 'Show the whole paragraph'}
          <span className="govuk-visually-hidden"> {label}</span>
        </button>
      ) : null}
      <Attribution amendedBy={entry.amendedBy} />
    </div>
  );
}

export function summariseChanges(entries: DiffEntry[]): Record<DiffEntry['change'], number> {
  const counts: Record<DiffEntry['change'], number> = { added: 0, removed: 0, modified: 0, renumbered: 0, unchanged: 0 };
  for (const entry of entries) counts[entry.change] += 1;
  return counts;
}
