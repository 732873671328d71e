import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV17, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v17';

describe('feed-v17, held out for round 14 (written during it), development from round 15', () => {
  describeFeedEdition({
    name: 'v17',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV17(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v17'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 196,
      romantic: 47,
      levels: [49, 60, 35, 52, 134],
      longFilings: [14, 2],
      noise: [12, 12, 11], // in the text or subject (one ideographic space more in a disposition: P019)
      shortCalls: 8, // 32–47 characters with the disposition (writers were not asked for a length)
    },
  });
});
