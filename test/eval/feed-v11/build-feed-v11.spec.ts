import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV11, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v11';

describe('feed-v11, held out for round 10, development from round 11', () => {
  describeFeedEdition({
    name: 'v11',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV11(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v11'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 187,
      romantic: 42,
      levels: [46, 55, 35, 51, 143],
      longFilings: [14, 2],
      noise: [11, 12, 11], // in the text or subject; one more zero-width joiner stands in a 110 disposition
    },
  });
});
