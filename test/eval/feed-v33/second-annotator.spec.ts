import { describeSecondAnnotator } from '../feed-edition-checks';
import { V33_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v33', () => {
  describeSecondAnnotator(V33_SECOND);
});
