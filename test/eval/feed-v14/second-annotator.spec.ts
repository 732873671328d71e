import { describeSecondAnnotator } from '../feed-edition-checks';
import { V14_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v14', () => {
  describeSecondAnnotator(V14_SECOND);
});
