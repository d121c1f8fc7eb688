// Search hits arrive as HTML-escaped text with matches wrapped in <mark>…</mark>. Rather than
// inserting that as HTML, we split it into text and marked segments and let
// React render them as text: even if the escaping upstream failed, no markup can get through.

export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an HTML escaper produces (&amp; &lt; &#39; &#x27; …); leaves others as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

export function parseHighlight(highlight: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let marked = false;
  for (const part of highlight.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) {
      marked = true;
    } else if (/^<\/mark>$/i.test(part)) {
      marked = false;
    } else if (part) {
      const text = decodeEntities(part);
      const previous = segments[segments.length - 1];
      if (previous && previous.marked === marked) previous.text += text;
      else segments.push({ text, marked });
    }
  }
  return segments;
}
