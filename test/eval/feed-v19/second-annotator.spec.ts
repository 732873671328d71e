import { describeSecondAnnotator } from '../feed-edition-checks';
import { V19_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v19', () => {
  describeSecondAnnotator(V19_SECOND);
});
