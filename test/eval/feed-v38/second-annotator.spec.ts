import { describeSecondAnnotator } from '../feed-edition-checks';
import { V38_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v38', () => {
  describeSecondAnnotator(V38_SECOND);
});
