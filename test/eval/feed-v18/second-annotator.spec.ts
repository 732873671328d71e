import { describeSecondAnnotator } from '../feed-edition-checks';
import { V18_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v18', () => {
  describeSecondAnnotator(V18_SECOND);
});
