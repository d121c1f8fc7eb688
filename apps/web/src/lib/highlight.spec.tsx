import { render } from '@testing-library/react';
import { HighlightedText } from '@/components/highlight';
import { decodeEntities, parseHighlight } from './highlight';

describe('search highlights', () => {
  it('splits a highlight into plain and marked text', () => {
    expect(parseHighlight('tackling <mark>cyber</mark>-crime is a <mark>priority</mark>')).toEqual([
      { text: 'tackling ', marked: false },
      { text: 'cyber', marked: true },
      { text: '-crime is a ', marked: false },
      { text: 'priority', marked: true },
    ]);
  });

  it('decodes the escaper’s entities back to text', () => {
    expect(decodeEntities('Fish &amp; chips &lt;b&gt; &quot;x&quot; &#39;y&#x27; &copy;')).toBe('Fish & chips <b> "x" \'y\' &copy;');
  });

  it('renders escaped markup as visible text, never as HTML', () => {
    const { container } = render(
      <p>
        <HighlightedText highlight={'&lt;script&gt;alert(1)&lt;/script&gt; <mark>rural</mark> &lt;img src=x onerror=alert(2)&gt;'} />
      </p>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<script>alert(1)</script> rural <img src=x onerror=alert(2)>');
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['rural']);
  });

  it('stays text even if the API forgot to escape', () => {
    const { container } = render(
      <p>
        <HighlightedText highlight={'<script>alert(1)</script><b>bold</b> <mark>hit</mark>'} />
      </p>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<script>alert(1)</script><b>bold</b> hit');
    expect(container.querySelectorAll('mark')).toHaveLength(1);
  });
});
