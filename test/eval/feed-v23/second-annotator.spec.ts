import { describeSecondAnnotator } from '../feed-edition-checks';
import { V23_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v23', () => {
  describeSecondAnnotator(V23_SECOND);
});
