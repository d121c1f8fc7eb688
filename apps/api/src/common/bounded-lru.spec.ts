import { BoundedLru } from './bounded-lru';

describe('BoundedLru', () => {
  it('evicts the least recently used entry beyond its count, a read counting as a use', () => {
    const lru = new BoundedLru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.has('b')).toBe(false);
    expect([lru.get('a'), lru.get('c')]).toEqual([1, 3]);
    expect(lru.size).toBe(2);
  });

  it('lets a value be looked at without counting as a use', () => {
    const lru = new BoundedLru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.peek('a')).toBe(1);
    lru.set('c', 3);
    expect([lru.has('a'), lru.peek('b'), lru.peek('c')]).toEqual([false, 2, 3]);
  });

  it('replaces the value of a key already there, without counting it twice', () => {
    const lru = new BoundedLru<string, string>(2, 10);
    lru.set('a', 'one', 4);
    lru.set('a', 'uno', 3);
    expect(lru.get('a')).toBe('uno');
    expect([lru.size, lru.weight]).toEqual([1, 3]);
  });

  it('evicts by weight, oldest first, until the total fits', () => {
    const lru = new BoundedLru<string, string>(10, 10);
    lru.set('a', 'a', 4);
    lru.set('b', 'b', 4);
    lru.set('c', 'c', 4);
    expect(lru.has('a')).toBe(false);
    expect([lru.has('b'), lru.has('c'), lru.weight]).toEqual([true, true, 8]);
    lru.set('d', 'd', 9);
    expect([lru.has('b'), lru.has('c'), lru.has('d'), lru.weight]).toEqual([false, false, true, 9]);
  });

  it('does not keep a value heavier than the whole budget, and evicts nothing for it', () => {
    const lru = new BoundedLru<string, string>(10, 10);
    lru.set('a', 'a', 5);
    lru.set('huge', 'huge', 11);
    expect([lru.has('a'), lru.has('huge'), lru.weight]).toEqual([true, false, 5]);
    // Replacing a kept value by one too heavy drops the stale one rather than serving it.
    lru.set('a', 'A', 11);
    expect([lru.has('a'), lru.weight]).toEqual([false, 0]);
  });

  it('deletes and clears', () => {
    const lru = new BoundedLru<number, number>(3, 100);
    lru.set(1, 1, 10);
    lru.set(2, 2, 20);
    expect(lru.delete(1)).toBe(true);
    expect(lru.delete(1)).toBe(false);
    expect([lru.size, lru.weight]).toEqual([1, 20]);
    lru.clear();
    expect([lru.size, lru.weight, lru.get(2)]).toEqual([0, 0, undefined]);
  });

  it('refuses bounds that could keep nothing', () => {
    expect(() => new BoundedLru(0)).toThrow(RangeError);
    expect(() => new BoundedLru(1, 0)).toThrow(RangeError);
  });
});
