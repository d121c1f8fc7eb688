import { randomBytes } from 'node:crypto';

/**
 * Keys for paragraphs new in a version: the document's id and a random suffix no version of the
 * document used. The import (in its worker) and a reviewer's correction make keys the same way.
 */
export function newKeyGenerator(documentId: string, used: Iterable<string>): () => string {
  const taken = new Set(used);
  return () => {
    let key: string;
    do key = `${documentId}-${randomBytes(6).toString('hex')}`;
    while (taken.has(key));
    taken.add(key);
    return key;
  };
}
