import { describeSecondAnnotator } from '../feed-edition-checks';
import { V41_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v41', () => {
  describeSecondAnnotator(V41_SECOND);
});
