import { describeSecondAnnotator } from '../feed-edition-checks';
import { V42_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v42', () => {
  describeSecondAnnotator(V42_SECOND);
});
