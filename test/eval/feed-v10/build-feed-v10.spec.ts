import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV10, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v10';

describe('feed-v10, held out for round 9, development from round 10', () => {
  describeFeedEdition({
    name: 'v10',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV10(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v10'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 181,
      romantic: 43,
      levels: [45, 54, 33, 49, 149],
      longFilings: [15, 2],
      noise: [10, 12, 8], // in the text or subject; two more zero-width joiners and four ideographic spaces are in 110 dispositions
    },
  });
});
