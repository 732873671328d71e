import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV14, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v14';

describe('feed-v14, held out for round 12 (written during it), development from round 13', () => {
  describeFeedEdition({
    name: 'v14',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV14(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v14'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 190,
      romantic: 44,
      levels: [46, 57, 35, 52, 140],
      longFilings: [14, 2],
      noise: [11, 11, 12], // in the text or subject (one zero-width joiner and one zero-width space more in dispositions: P098, P044)
      shortCalls: 9, // 37–47 characters with the disposition (writers were not asked for a length)
    },
  });
});
