import { describeSecondAnnotator } from '../feed-edition-checks';
import { V10_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v10', () => {
  describeSecondAnnotator(V10_SECOND);
});
