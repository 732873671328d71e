import { describeSecondAnnotator } from '../feed-edition-checks';
import { V39_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v39', () => {
  describeSecondAnnotator(V39_SECOND);
});
