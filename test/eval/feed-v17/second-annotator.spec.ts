import { describeSecondAnnotator } from '../feed-edition-checks';
import { V17_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v17', () => {
  describeSecondAnnotator(V17_SECOND);
});
