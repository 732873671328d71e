import { compareSecondAnnotator } from './compare';

describe('second annotator on the records step 3 added on 2026-12-03', () => {
  it('labelled the seeded 100 blind and agrees with the set as LABELLING.md reports', () => {
    const r = compareSecondAnnotator();
    expect(r.n).toBe(100);
    expect(r.agree).toBe(97);
    expect(r.kappa).toBeCloseTo(0.891, 3);
    // The three disagreements are all questions about sharing a parent's support or an estate among siblings.
    expect(r.disagreements.map((d) => d.split('\t')[0])).toEqual([
      'lawyer-llama:legal_counsel_with_article_v2#510',
      'lawyer-llama:legal_counsel_with_article_v2#263',
      'lawyer-llama:legal_counsel_with_article_v2#285',
    ]);
  });
});
