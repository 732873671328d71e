import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV19, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v19';

describe('feed-v19, held out for round 16 (written during it), development from round 17', () => {
  describeFeedEdition({
    name: 'v19',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV19(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v19'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 197,
      romantic: 47,
      levels: [50, 62, 35, 50, 133],
      longFilings: [14, 2],
      noise: [12, 10, 11], // in the text or subject (a zero-width space in P056's and P099's dispositions, an ideographic space in P059's)
      shortCalls: 16, // 26–47 characters with the disposition (writers were not asked for a length)
    },
  });
});
