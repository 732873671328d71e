import { readFileSync } from 'node:fs';
import { drawHotlineSplit, readHotlineSplit } from '../../../test/eval/real/split-hotline';
import { drawLawcrimeSplit, readLawcrimeSplit } from '../../../test/eval/real/split-lawcrime';
import { keywordBaseline, REAL_SET, renderEvaluation, score, scoreEvaluation } from '.';

describe('evaluation', () => {
  // Scored once; each report below is rendered from it (`npm run eval` scores and renders the same way).
  const scored = scoreEvaluation();
  const { sets } = scored;
  const positives = (s: (typeof sets)[number]) => s.engine.n - Object.values(s.engine.confusion.none).reduce((a, b) => a + b, 0);

  it('scores every set and source, the feed-style held-out part with and without upstream codes', () => {
    const names = sets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'feed-style held-out (with upstream codes)',
        'feed-style held-out, text alone',
        'real test: lawcrime-stories, text alone',
        'real dev: lawcrime-stories, text alone',
        'real test: lawyer-llama, text alone',
        'real test: cail2019-divorce-labor-loan, text alone',
        'feed-style v2 (with upstream codes)',
        'feed-style v2, text alone',
        ...['police110', 'court', 'petition'].flatMap((f) => [
          `feed-style v2: ${f} (with upstream codes)`,
          `feed-style v2: ${f}, text alone`,
        ]),
        'feed-style v3 (with upstream codes)',
        'feed-style v3, text alone',
        ...['police110', 'court', 'petition'].flatMap((f) => [
          `feed-style v3: ${f} (with upstream codes)`,
          `feed-style v3: ${f}, text alone`,
        ]),
        ...['v4', 'v5'].flatMap((v) => [
          `feed-style ${v} (with upstream codes)`,
          `feed-style ${v}, text alone`,
          ...['police110', 'court', 'petition'].flatMap((f) => [
            `feed-style ${v}: ${f} (with upstream codes)`,
            `feed-style ${v}: ${f}, text alone`,
          ]),
        ]),
        'real dev: hotline-fuzhou, text alone',
        'real test: hotline-fuzhou, text alone',
        'real test: lawyer-llama-advice, text alone',
      ]),
    );
    expect(sets.find((s) => s.name === 'feed-style held-out, text alone')!.engine.n).toBe(190);
    expect(sets.find((s) => s.name === 'feed-style v2, text alone')!.engine.n).toBe(329);
    const perFeed = ['police110', 'court', 'petition'].map((f) => sets.find((s) => s.name === `feed-style v2: ${f}, text alone`)!.engine.n);
    expect(perFeed).toEqual([145, 89, 95]);
    expect(sets.find((s) => s.name === 'feed-style v3, text alone')!.engine.n).toBe(327);
    const perFeedV3 = ['police110', 'court', 'petition'].map(
      (f) => sets.find((s) => s.name === `feed-style v3: ${f}, text alone`)!.engine.n,
    );
    expect(perFeedV3).toEqual([126, 96, 105]);
    for (const v of ['v4', 'v5']) {
      expect(sets.find((s) => s.name === `feed-style ${v}, text alone`)!.engine.n).toBe(330);
      const perFeedV = ['police110', 'court', 'petition'].map(
        (f) => sets.find((s) => s.name === `feed-style ${v}: ${f}, text alone`)!.engine.n,
      );
      expect(perFeedV).toEqual([125, 100, 105]);
    }
  });

  it('lists v3, v4, v5, v7, v8, v10 to v26 under --dev and their records under --errors (development since rounds 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 26 and 27), v6 figures only (validation since round 7), never a held-out or test part', () => {
    const dev = renderEvaluation(scored, { showErrors: true, devOnly: true });
    // Named here rather than read from FEED_EDITIONS: this test states which sets the rounds may tune on.
    const development = ['v3', 'v4', 'v5', 'v7', 'v8', ...Array.from({ length: 17 }, (_, i) => `v${i + 10}`)];
    for (const v of development) {
      expect(dev).toContain(`feed-style ${v}, text alone`);
      expect(dev).toMatch(new RegExp(`${v}-[PCQT]\\d{3}`));
    }
    expect(dev).toContain('feed-style validation v6, text alone');
    // Booleans only, so that a failure never prints a validation or held-out record (the ids checked per
    // edition in test/eval/feed-edition-checks.ts).
    expect(/v6-[PCQ]\d{3}/.test(dev)).toBe(false);
    expect(dev.includes('held-out')).toBe(false);
    expect(dev.includes('real test:')).toBe(false);
    // Mistakes are listed for development parts only, with or without --dev.
    const all = renderEvaluation(scored, { showErrors: true });
    expect(
      all
        .split('\n')
        .filter((l) => l.startsWith('mistakes, '))
        .every((l) => !/held-out|validation|real test/.test(l)),
    ).toBe(true);
  });

  it('does no worse than the keyword baseline on any set with enough family records to say', () => {
    for (const s of sets.filter((x) => positives(x) >= 20)) {
      // The set's name in the comparison says which one fell behind.
      expect([s.name, s.engine.family.f1 >= s.baseline.family.f1]).toEqual([s.name, true]);
    }
  });

  it('keeps the figures recorded in docs/evaluation.md from regressing', () => {
    const find = (name: string) => sets.find((s) => s.name === name)!.engine;
    // Held-out and test figures are compared as booleans named by what they pin: a failing pin must not print the
    // figure to a round that tunes (round 13 saw one so), only that it fell.
    const atLeast = (what: string, figure: number, floor: number) => expect([what, figure >= floor]).toEqual([what, true]);
    const heldout = find('feed-style held-out, text alone');
    atLeast('feed-style held-out family F1', heldout.family.f1, 0.95);
    atLeast('feed-style held-out red-or-orange recall', heldout.redOrange.recall, 0.9);
    atLeast('feed-style held-out red-or-orange precision', heldout.redOrange.precision, 0.9);
    const cail = find('real test: cail2019-divorce-labor-loan, text alone');
    atLeast('cail2019 test family F1', cail.family.f1, 0.98);
    // 90.5 % with round 5, 88.9 % with round 6 (56 of 63: one record fewer). A test part is never tuned on, so
    // the loss is recorded (docs/evaluation.md) and the pin follows it rather than the rules following the pin.
    atLeast('cail2019 test red-or-orange recall', cail.redOrange.recall, 0.88);
    // 0.892 with -10; below 0.89 with round 9's retrained model (v8 in its training, L2 0.01: the -10 weights kept the
    // pin). Round 9 saw only that this pin failed at 0.89 and holds at 0.885, never the figure (docs/evaluation.md#round-9).
    // 0.891 on the labels of 2026-12-03 (LABELLING.md, step 3 extended) with -12, 0.896 with -14. Since every
    // consultation was read again (LABELLING.md, 2026-12-06: bare questions about a rule are none, not family by the
    // articles they cite): 0.806 with -48, first scored on those labels after they were committed; 0.821 with -49; 0.836
    // with -50 (round 34: a registration named alone).
    atLeast('lawyer-llama test family F1', find('real test: lawyer-llama, text alone').family.f1, 0.83);
    // 67.5 % with -28 to -34 (70.0 % with -24); 75.0 % at 90.9 % with -35 (round 21 read 家暴 inside 家暴行为, which jieba
    // cuts 家/暴行/为; a cause found on the development half, read by the lead on the test part after the round); 75.0 % at
    // 88.2 % with -37 (round 22: one false alarm more).
    atLeast('lawyer-llama test red-or-orange recall', find('real test: lawyer-llama, text alone').redOrange.recall, 0.74);
    const news = find('real test: lawcrime-stories, text alone');
    // 0.625 with -12 on the earlier labels; 0.741 with -12 and -14 since step 3 read the stories that name a relation but no harm;
    // 0.748 with -24 to -35, 0.741 with -37 (round 22's review: one story more read as family).
    atLeast('lawcrime-stories test family F1', news.family.f1, 0.74);
    atLeast('lawcrime-stories test red-or-orange recall', news.redOrange.recall, 0.8);
    // The source no round ever read (LABELLING.md, lawyer-llama-advice): 0.729 and 61.5 % at 38.1 % with -47 and -48;
    // 0.748 with -49 (round 33's bare questions, learned on lawyer-llama's development half); 0.749 with -50.
    const advice = find('real test: lawyer-llama-advice, text alone');
    expect(advice.n).toBe(4970);
    atLeast('lawyer-llama-advice family F1', advice.family.f1, 0.74);
    atLeast('lawyer-llama-advice red-or-orange recall', advice.redOrange.recall, 0.6);
    // Floors of the feed-style sets v2-v7, text alone: [set, family F1, red-or-orange recall, precision].
    // v2, development since 2026-12-01: F1 0.957, red-or-orange 97.8 % at 95.6 % with risk-2026.12.01-5
    // (as held-out with risk-2026.11.30-3: 0.830, 84.3 % at 86.2 %). v3, development since round 5: 0.961,
    // 100 % at 94.8 % with round 5 (as held-out with risk-2026.12.01-4: 0.912, 79.3 % at 92.4 %). v4 and v5,
    // development since round 6: 0.972 and 0.934, 100 % at 94.1 % and 97.9 % at 91.3 % with risk-2026.12.02-6 (as
    // held-out with risk-2026.12.01-5: 0.932, 87.4 % at 86.5 %; 0.885, 81.3 % at 85.7 %). v6, held out for rounds 5
    // and 6, validation since round 7: 0.921,
    // 90.8 % at 84.8 % with risk-2026.12.02-6 (0.916, 89.8 % at 85.4 % with round 5;
    // test/eval/feed-v6/after-round-6-2026-12-02.txt). Round 7 (risk-2026.12.02-7, docs/evaluation.md): v2 0.960,
    // 97.8 % at 95.6 % (unchanged); v3 0.979, 100 % at 96.8 %; v4 0.977, 100 % at 96.0 %; v5 0.942, 97.9 % at 91.3 %;
    // v6 (validation, never read) 0.927, 92.9 % at 85.0 %. v7, held out, scored by the lead: 0.857, 76.8 % at 78.4 %
    // with round 6, 0.859, 76.8 % at 78.4 % with round 7 (test/eval/feed-v7/after-round-7-2026-12-02.txt);
    // development since round 8. Round 8 (risk-2026.12.02-9, docs/evaluation.md#round-8): v2 0.963, 97.8 % at 95.6 %;
    // v3 0.979, 100 % at 97.9 %; v4 0.983, 100 % at 96.9 %; v5 0.945, 97.9 % at 91.3 %; v6 (validation, never read)
    // 0.943, 92.9 % at 85.0 %; v7 (development from round 8, its floor was its held-out figure) 0.901, 88.9 % at
    // 81.5 %; v9 (development, written blind beside v8) 0.921, 95.0 % at 80.0 % (0.888, 86.1 % at 78.4 % with round 8's
    // readings before v9 was read; 0.873, 80.2 % at 77.1 % with round 7). Round 8 review fixes (risk-2026.12.02-10,
    // docs/evaluation.md#round-8-review-fixes): v5 0.948, 97.9 % at 92.2 %; v7 0.904, 88.9 % at 82.2 %; v9 0.923,
    // 95.0 % at 80.7 %; the others (v6 among them) unchanged. Round 9 (risk-2026.12.03-11, docs/evaluation.md#round-9;
    // development floors raised where the figures rose): v2 0.978, 96.6 % at 95.6 % (one red-or-orange record fewer: a
    // posting only threatened, labelled orange by v2 and yellow by v8, v9 and the rubric's threat to her name, so its
    // recall floor is 0.96 now); v3 0.982; v4 0.980, 100 % at 96.9 %; v5 0.955, 97.9 % at 92.2 %; v6 (validation, never
    // read) 0.948, 92.9 % at 85.0 %; v7 0.936, 89.9 % at 87.3 %; v8 (development since round 9) 0.919, 93.3 % at 85.7 %;
    // v9 0.943, 95.0 % at 86.5 %.
    const floors: [string, number, number, number][] = [
      // v2 with round 13 (-19): 0.975, 96.6 % at 96.6 %
      // Round 18 (-30): 0.975, 97.8 % at 96.7 %
      // Round 18 review (-31, no raise without a reason shown): 0.975, 96.6 % at 96.6 % (the raise's one find here carried only generic words)
      ['feed-style v2, text alone', 0.97, 0.96, 0.96],
      ['feed-style v3, text alone', 0.975, 0.98, 0.95],
      ['feed-style v4, text alone', 0.965, 0.98, 0.95],
      ['feed-style v5, text alone', 0.95, 0.97, 0.9],
      // v6 (validation, never read) with round 11 (-15, docs/evaluation.md#round-11): 0.951, 94.9 % at 85.3 %; with round 12
      // (-17, docs/evaluation.md#round-12): 0.953, 94.9 % at 86.1 %; with round 14 (-21, docs/evaluation.md#round-14): 0.956,
      // 94.9 % at 86.9 %
      // 94.9 % at 86.9 % with -29; Round 18 (-30, the model's raise of yellow and blue family disputes, docs/evaluation.md#round-18): 0.956, 95.9 % at 87.0 %
      ['feed-style validation v6, text alone', 0.955, 0.955, 0.87],
      // round 20 (-33, docs/evaluation.md#round-20): 0.934, 96.0 % at 86.4 %: two brothers of households long split, one raising a
      // shovel over a homestead wall, labelled none by v7's writer (siblings in one household only), now read as family as the
      // writers of v15, v17, v18, v20 and v21 label such brothers; the floor follows (0.865 → 0.86)
      ['feed-style v7, text alone', 0.93, 0.89, 0.86],
      ['feed-style v9, text alone', 0.935, 0.93, 0.86],
      // development from round 9; held out for round 8: 0.856, 84.4 % at 72.4 % with round 7; 0.879, 92.2 % at 74.8 % with
      // rounds 8 and its review fixes; 0.919, 93.3 % at 85.7 % with round 9 (development figures, optimistic)
      // 0.930, 98.9 % at 86.4 % with round 11 (-15); 0.936, 98.9 % at 87.3 % with round 12 (-17)
      // Round 18 (-30, the model's raise of yellow and blue family disputes, docs/evaluation.md#round-18): 0.936, 98.9 % at 86.4 % (87.3 % with -29): one yellow raised
      // to orange, a trade for recall chosen on writers the model never saw (v14-v20 pooled); the precision floor follows it
      ['feed-style v8, text alone', 0.93, 0.98, 0.86],
      // held out for round 9 (development from round 10), scored by the lead: 0.923, 90.9 % at 82.6 % with round 8's rules (-10); 0.932, 90.9 % at
      // 84.1 % with round 9 and its review fixes (-12; test/eval/feed-v10/after-round-9-2026-12-03.txt)
      // 0.954, 100 % at 87.6 % with round 12 (-17); 0.957, 100 % at 88.4 % with round 14 (-21); 0.957, 100 % at 89.2 % with round 16 (-25)
      ['feed-style v10, text alone', 0.955, 0.99, 0.89],
      // held out for round 10 (development from round 11), scored by the lead: 0.940, 92.1 % at 92.1 % with round 9 and its review fixes (-12;
      // test/eval/feed-v11/before-2026-12-03.txt); 0.945, 92.1 % at 92.1 % with round 10 and its review (-14;
      // test/eval/feed-v11/after-round-10-2026-12-03.txt)
      // development from round 11: 0.965, 100 % at 93.5 % with round 11 (-15; trained on, optimistic)
      ['feed-style v11, text alone', 0.96, 0.99, 0.93],
      // held out for round 11 (development from round 12), scored by the lead: 0.951, 93.2 % at 85.7 % with round 10 and its review (-14;
      // test/eval/feed-v12/before-2026-12-03.txt); 0.951, 94.2 % at 85.8 % with round 11 and its review (-16;
      // test/eval/feed-v12/after-round-11-2026-12-03.txt); development from round 12: 0.966, 97.1 % at 87.0 % with round 12 (-17;
      // trained on, optimistic); 0.966, 97.1 % at 87.7 % with round 13 (-19); 0.969, 97.1 % at 88.5 % with round 16 (-25)
      // 0.969, 98.1 % at 88.6 % with round 18 (-30)
      // 0.969, 97.1 % at 88.5 % with the round 18 review (-31, no raise without a reason shown)
      ['feed-style v12, text alone', 0.965, 0.97, 0.88],
      // held out beside v12 for round 11 (written during it, where it could not read it; development from round 12), scored by the lead: 0.949,
      // 91.3 % at 83.2 % with round 10 and its review (-14; test/eval/feed-v13/before-2026-12-03.txt); 0.949, 92.2 % at
      // 83.3 % with round 11 and its review (-16; test/eval/feed-v13/after-round-11-2026-12-03.txt); development from round 12:
      // 0.962, 94.2 % at 85.8 % with round 12 (-17; trained on, optimistic); 0.962, 95.1 % at 86.7 % with round 13 (-19);
      // 0.964, 95.1 % at 87.5 % with round 14 (-21)
      // 0.964, 95.1 % at 89.1 % with round 17 (-27)
      // 0.964, 97.1 % at 89.3 % with round 18 (-30)
      // 0.964, 95.1 % at 89.1 % with the round 18 review (-31, no raise without a reason shown)
      ['feed-style v13, text alone', 0.96, 0.95, 0.885],
      // held out for round 12 (written during it, where it could not read it; development from round 13), scored by the lead: 0.945, 88.3 % at
      // 85.8 % with round 11 and its review (-16; test/eval/feed-v14/before-2026-12-03.txt); 0.945, 89.3 % at 86.0 % with
      // round 12 and its review (-18; test/eval/feed-v14/after-round-12-2026-12-03.txt); development from round 13: 0.953,
      // 98.1 % at 89.4 % with round 13 (-19; its mistakes read, optimistic); 0.956, 98.1 % at 90.2 % with round 14 (-21)
      ['feed-style v14, text alone', 0.955, 0.98, 0.9],
      // held out beside v14 (written after round 12 and its review) and for round 13 (development from round 14), scored by the lead: 0.947, 88.5 % at
      // 82.1 % with round 12 and its review (-18; test/eval/feed-v15/before-2026-12-03.txt); 0.950, 88.5 % at 82.1 % with
      // round 13 and its review (-20; test/eval/feed-v15/after-round-13-2026-12-03.txt); development from round 14: 0.960,
      // 90.4 % at 86.2 % with round 14 (-21; its mistakes read, optimistic); 0.960, 91.3 % at 86.4 % with round 16 (-25)
      // Round 18 (-30, the model's raise of yellow and blue family disputes, docs/evaluation.md#round-18): 0.960, 92.3 % at 85.7 % (91.3 % at 86.4 % with
      // -29): one more red-or-orange found, one yellow raised; the precision floor follows the trade chosen for recall
      ['feed-style v15, text alone', 0.955, 0.92, 0.855],
      // held out beside v15 (written during round 13, where it could not read it; development from round 14), scored by the lead: 0.939, 95.3 % at
      // 82.9 % with round 12 and its review (-18; test/eval/feed-v16/before-2026-12-03.txt); 0.942, 96.3 % at 83.1 % with
      // round 13 and its review (-20; test/eval/feed-v16/after-round-13-2026-12-03.txt); development from round 14: 0.962,
      // 100 % at 87.7 % with round 14 (-21; its mistakes read, optimistic)
      ['feed-style v16, text alone', 0.955, 0.99, 0.875],
      // held out for round 14 (written during it, where it could not read it; development from round 15), scored by the lead: 0.941, 93.6 % at 91.9 %
      // with round 13 and its review (-20; test/eval/feed-v17/before-2026-12-03.txt); 0.949, 94.5 % at 93.6 % with round
      // 14 and its review (-22; test/eval/feed-v17/after-round-14-2026-12-03.txt); development from round 15: 0.954, 99.1 % at
      // 93.9 % with round 15 (-23; its mistakes read, optimistic); 0.957, 99.1 % at 93.9 % with round 16 (-25)
      ['feed-style v17, text alone', 0.955, 0.99, 0.935],
      // held out for round 15 (written during it, where it could not read it; development from round 16), scored by the lead: 0.947, 91.0 % at 91.8 %
      // with round 14 and its review (-22; test/eval/feed-v18/before-2026-12-03.txt); the same with round 15 and its review (-24;
      // test/eval/feed-v18/after-round-15-2026-12-03.txt); development from round 16: 0.950, 94.6 % at 92.1 % with round 16
      // (-25; its mistakes read, optimistic)
      // 0.950, 95.5 % at 92.2 % with round 18 (-30)
      ['feed-style v18, text alone', 0.949, 0.95, 0.92],
      // held out for round 16 (written during it, where it could not read it; development from round 17), scored by the lead:
      // 0.960, 89.3 % at 90.9 % with round 15 and its review (-24; test/eval/feed-v19/before-2026-12-03.txt); the same with
      // round 16 and its review (-26; test/eval/feed-v19/after-round-16-2026-12-03.txt);
      // development from round 17: 0.962, 94.6 % at 92.2 % with round 17 (-27; its mistakes read, optimistic)
      ['feed-style v19, text alone', 0.96, 0.94, 0.92],
      // held out for round 17 (written after round 16, where no round could read it; development from round 18), scored by the lead: 0.945, 92.9 % at
      // 90.4 % with round 16 and its review (-26; test/eval/feed-v20/before-2026-12-03.txt); the same with round 17 and its
      // review (-28; test/eval/feed-v20/after-round-17-2026-12-03.txt) and with the lead's review of both (-29)
      // development from round 18: 0.945, 93.8 % at 90.5 % with round 18 (-30; read by none of its readings, never trained on)
      // 0.945, 92.9 % at 90.4 % with the round 18 review (-31, no raise without a reason shown)
      ['feed-style v20, text alone', 0.94, 0.925, 0.9],
      // held out for round 18 (written after round 17 by three further blind writers, committed before round 18's branch
      // could read it), scored by the lead: 0.920, 88.7 % at 86.4 % with round 17 and the lead's review (-29;
      // test/eval/feed-v21/before-2026-12-04.txt); the same, record for record, with round 18 and its review (-31;
      // test/eval/feed-v21/after-round-18-2026-12-04.txt) and with round 19 (-32; after-round-19-2026-12-04.txt); development from round 20
      ['feed-style v21, text alone', 0.915, 0.88, 0.86],
      // held out beside v21 (written after round 18 and its review, committed after round 19's branch was made), scored by
      // the lead: 0.933, 93.0 % at 88.4 % with round 18 and its review (-31; test/eval/feed-v22/before-2026-12-04.txt); the
      // same, record for record, with round 19 (-32; test/eval/feed-v22/after-round-19-2026-12-04.txt); 0.936, the same
      // red-or-orange, with round 20 and its review (-34; after-round-20-2026-12-04.txt) and round 21 (-35): spent;
      // 0.938, 93.9 % at 88.5 % with round 23 (-38)
      // 0.943, 93.9 % at 90.0 % with round 25 (-41); development from round 26
      ['feed-style v22, text alone', 0.93, 0.925, 0.88],
      // held out beside v22 (written after round 19 by three further blind writers, committed after round 20's branch was
      // made), scored by the lead: 0.941, 92.2 % at 86.2 % with -32 (test/eval/feed-v23/before-2026-12-04.txt); the same,
      // record for record, with round 20 and its review (-34; after-round-20-2026-12-04.txt) and with round 21 (-35);
      // 0.943, 93.0 % at 86.3 % with round 23 (-38)
      // development from round 26
      ['feed-style v23, text alone', 0.94, 0.92, 0.86],
      // held out for round 22 (written after round 21 by three further blind writers, committed after round 22's branch was
      // made), scored by the lead: 0.953, 87.9 % at 90.3 % with -35 (test/eval/feed-v24/before-2026-12-04.txt); the same,
      // record for record, with round 22 and its review (-37; after-round-22-2026-12-04.txt) and round 23 (-38): spent
      // 0.955, 87.9 % at 91.1 % with round 25 (-41); development from round 26
      ['feed-style v24, text alone', 0.95, 0.875, 0.9],
      // held out for round 24 (written after round 23 by three further blind writers, committed after round 24's branch was
      // made), scored by the lead: 0.969, 94.0 % at 89.3 % with -38 (test/eval/feed-v25/before-2026-12-05.txt)
      // the same with round 24 (-39) and its review (-40); 0.971, 94.0 % at 90.1 % with round 25 (-41): spent; development from round 26
      ['feed-style v25, text alone', 0.965, 0.935, 0.89],
      // held out for round 26 (written after round 25 by three further blind writers, committed after round 26's branch was
      // made), scored by the lead: 0.954, 88.0 % at 92.8 % with -41 (test/eval/feed-v26/before-2026-12-05.txt); the same,
      // record for record, with round 26 (-42) and its review (-43): spent; development from round 27, which read it: 0.961,
      // 93.2 % at 93.2 % (-44)
      ['feed-style v26, text alone', 0.955, 0.93, 0.93],
      // held out for round 27 (written after round 26's review by three further blind writers, committed after round 27's
      // branch was made), scored by the lead: 0.953, 90.1 % at 90.8 % with -43 (test/eval/feed-v27/before-2026-12-05.txt)
      // 0.956, 90.9 % at 90.9 % with round 30 (-45): spent; development from round 31
      ['feed-style v27, text alone', 0.95, 0.905, 0.905],
      // held out for round 28 (written after round 27 by three further blind writers, committed after round 28's branch was
      // made), scored by the lead: 0.940, 95.2 % at 94.4 % with -44 (test/eval/feed-v28/before-2026-12-05.txt)
      // the same, record for record, with round 30 (-45; after-round-30-2026-12-05.txt)
      // development from round 31
      ['feed-style v28, text alone', 0.935, 0.945, 0.94],
      // held out for round 30 (written after round 29 by three further blind writers, committed before round 30's engine
      // changes landed), scored by the lead once, after round 30 was kept: 0.965, 94.4 % at 90.7 % with -45
      // (test/eval/feed-v29/first-scoring-2026-12-05.txt)
      // the same, record for record, with round 31 (-46; test/eval/feed-v29/after-round-31-2026-12-06.txt)
      // spent: development from round 55 (compared per record after every round from 31 to 54)
      ['feed-style v29, text alone', 0.965, 0.95, 0.91],
      // held out for round 31 (written after round 30 by three further blind writers, committed before round 31's engine
      // changes), scored by the lead once, after round 31 was kept: 0.969, 92.7 % at 92.7 % with -46
      // (test/eval/feed-v30/first-scoring-2026-12-06.txt); 0.972 with -50 (test/eval/feed-v30/after-round-34-2026-12-06.txt);
      // 0.972, 93.5 % at 92.8 % with -64 (round 46 found one record; test/eval/feed-v30/after-round-46-2026-12-07.txt)
      // spent: development from round 55 (compared per record after every round from 32 to 54)
      ['feed-style v30, text alone', 0.97, 0.92, 0.92],
      // held out for round 40 (written after round 39 by three further blind writers, committed before round 40's engine
      // changes), scored by the lead once, after round 40 was kept: 0.952, 94.4 % at 84.4 % with -57
      // (test/eval/feed-v31/first-scoring-2026-12-06.txt); v29 0.967, 95.2 % at 91.5 % with -57; after round 41 (-60):
      // v31 0.954, 94.4 % at 85.0 %, v29 0.970, 95.2 % at 92.2 % (after-round-41-2026-12-06.txt in each)
      ['feed-style held-out v31, text alone', 0.95, 0.94, 0.85],
      // written after round 43's review by three further blind writers, committed before any later engine change, scored
      // once with -62: 0.950, 93.7 % at 92.2 % (test/eval/feed-v32/first-scoring-2026-12-06.txt)
      // with -68 (round 50): 0.952, the grade the same (after-round-50-2026-12-07.txt)
      // with -80 (round 56): 0.955, 93.7 % at 91.5 % (one filing labelled yellow read as family orange: a family record found,
      // a red-or-orange false alarm more; test/eval/feed-v32/after-round-56-2026-12-07.txt)
      ['feed-style held-out v32, text alone', 0.954, 0.93, 0.915],
      // written after round 46 (-63) by three further blind writers, committed before its review (-64) was scored or any
      // later engine change, scored once with -64: 0.968, 92.2 % at 92.2 % (test/eval/feed-v33/first-scoring-2026-12-07.txt);
      // with -68 (round 50): 0.970, 93.0 % at 92.2 % (after-round-50-2026-12-07.txt)
      ['feed-style held-out v33, text alone', 0.968, 0.929, 0.92],
      // written after round 49 (-65) by three further blind writers, committed before its review (-66) was scored or any
      // later engine change, scored once with -66: 0.966, 93.1 % at 92.4 % (test/eval/feed-v34/first-scoring-2026-12-07.txt)
      // with -82 (round 57): 0.966, 93.8 % at 92.4 % (one red record found; test/eval/feed-v34/after-round-57-2026-12-07.txt)
      ['feed-style held-out v34, text alone', 0.965, 0.938, 0.92],
      // written after round 51's review (-70) by three further blind writers, committed before round 52 (-71) landed or was
      // run on it, scored once with -72: 0.948, 93.0 % at 88.9 % (test/eval/feed-v35/first-scoring-2026-12-07.txt)
      // with -86 (round 59): 0.950 (a petition labelled family blue found; after-round-59-2026-12-07.txt)
      ['feed-style held-out v35, text alone', 0.949, 0.93, 0.88],
      // written after round 54's review (-76) by three further blind writers, committed before round 55 (-77) landed or was
      // run on it, scored once with -78: 0.964, 93.7 % at 93.0 % (test/eval/feed-v36/first-scoring-2026-12-07.txt)
      ['feed-style held-out v36, text alone', 0.963, 0.937, 0.929],
      // written after round 57's review (-82) by three further blind writers, committed before round 58 (-83) was run on it,
      // scored once with -84: 0.960, 95.3 % at 89.1 % (test/eval/feed-v37/first-scoring-2026-12-07.txt)
      ['feed-style held-out v37, text alone', 0.959, 0.953, 0.89],
      // written while round 58 (-83) was under review by three further blind writers, registered before round 59's first
      // engine change, scored once with -86: 0.968, 95.3 % at 97.6 % (test/eval/feed-v38/first-scoring-2026-12-07.txt)
      ['feed-style held-out v38, text alone', 0.967, 0.952, 0.975],
      // written after round 61's review (-90) by three further blind writers, registered before round 62's first engine
      // change, scored once with -92: 0.971, 96.1 % at 90.4 % (test/eval/feed-v39/first-scoring-2026-12-07.txt)
      ['feed-style held-out v39, text alone', 0.97, 0.96, 0.9],
      // written while round 62's first form (-91) was under review by three further blind writers, registered before round 63
      // landed, scored once with -94: 0.957, 94.5 % at 90.3 % (test/eval/feed-v40/first-scoring-2026-12-07.txt)
      ['feed-style held-out v40, text alone', 0.956, 0.945, 0.9],
      // written after round 66's review (-100) by three further blind writers, registered before round 67 landed, scored once
      // with -104: 0.953, 93.9 % at 93.9 % (test/eval/feed-v41/first-scoring-2026-12-08.txt)
      ['feed-style held-out v41, text alone', 0.952, 0.939, 0.939],
    ];
    for (const [name, f1, recall, precision] of floors) {
      const e = find(name);
      // The set's name in each comparison says which one fell.
      expect([name, e.family.f1 >= f1, e.redOrange.recall >= recall, e.redOrange.precision >= precision]).toEqual([name, true, true, true]);
    }
  });

  it('splits lawcrime-stories by the committed seeded draw, by document, half and half', () => {
    const committed = readLawcrimeSplit();
    expect([...committed]).toEqual([...drawLawcrimeSplit()].sort((a, b) => parseInt(a[0].split('/')[1]) - parseInt(b[0].split('/')[1])));
    expect([...committed.values()].filter((p) => p === 'dev')).toHaveLength(500);
    const records = readFileSync(REAL_SET, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"source":"lawcrime-stories"'))
      .map((l) => JSON.parse(l) as { doc: string; split: string });
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect([r.doc, r.split]).toEqual([r.doc, committed.get(r.doc)]);
  });

  it('splits hotline-fuzhou by the committed seeded draw over its complaint ids, half and half', () => {
    const committed = readHotlineSplit();
    expect(committed.size).toBe(1464);
    expect([...committed]).toEqual([...drawHotlineSplit([...committed.keys()])].sort((a, b) => Number(a[0]) - Number(b[0])));
    expect([...committed.values()].filter((p) => p === 'dev')).toHaveLength(732);
    const records = readFileSync(REAL_SET, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"source":"hotline-fuzhou"'))
      .map((l) => JSON.parse(l) as { doc: string; split: string });
    expect(records.length).toBeGreaterThan(1000);
    for (const r of records) expect([r.doc, r.split]).toEqual([r.doc, committed.get(r.doc)]);
  });

  it('scores precision, recall and the confusion matrix as defined', () => {
    const s = score([
      { label: { domain: '婚姻家庭', familyRomantic: true, level: 'red' }, familyRomantic: true, level: 'orange' },
      { label: { domain: '婚姻家庭', familyRomantic: true, level: 'blue' }, familyRomantic: true, level: 'red' },
      { label: { domain: '邻里', familyRomantic: false, level: 'none' }, familyRomantic: true, level: 'blue' },
      { label: { domain: '婚姻家庭', familyRomantic: true, level: 'yellow' }, familyRomantic: false, level: 'none' },
    ]);
    expect(s.family).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    expect(s.redOrange.recall).toBe(1);
    expect(s.redOrange.precision).toBe(0.5);
    expect(s.confusion.red.orange).toBe(1);
    expect(s.confusion.yellow.none).toBe(1);
    expect(s.levelAccuracy).toBe(0);
  });

  it('baseline: a kin word is family, with a violence word orange', () => {
    expect(keywordBaseline('老公打了她')).toEqual({ familyRomantic: true, level: 'orange' });
    expect(keywordBaseline('和老公吵架')).toEqual({ familyRomantic: true, level: 'blue' });
    expect(keywordBaseline('邻居打了他')).toEqual({ familyRomantic: false, level: 'none' });
  });
});
