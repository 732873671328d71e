import { describeSecondAnnotator } from '../feed-edition-checks';
import { V35_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v35', () => {
  describeSecondAnnotator(V35_SECOND);
});
