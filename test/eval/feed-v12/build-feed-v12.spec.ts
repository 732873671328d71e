import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV12, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v12';

describe('feed-v12, held out for round 11, development from round 12', () => {
  describeFeedEdition({
    name: 'v12',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV12(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v12'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 190,
      romantic: 43,
      levels: [46, 57, 35, 52, 140],
      longFilings: [14, 2],
      noise: [12, 12, 12], // in the text or subject
      shortCalls: 12, // 18–45 characters, three of them open calls without a disposition
    },
  });
});
