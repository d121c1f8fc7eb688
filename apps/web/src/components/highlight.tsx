import { parseHighlight } from '@/lib/highlight';

/** A search hit's snippet: matched words in <mark>, everything else as plain text (never HTML). */
export function HighlightedText({ highlight }: { highlight: string }) {
  return (
    <>
      {parseHighlight(highlight).map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}
