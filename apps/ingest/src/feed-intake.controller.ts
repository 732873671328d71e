import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topic } from '@hub/contracts';
import type { InboundBatch } from '@hub/messaging';
import { FeedIntake } from './feed-intake';

/** The three upstream feeds, one handler each; every handler receives a whole partition batch. */
@Controller()
export class FeedIntakeController {
  constructor(private readonly intake: FeedIntake) {}

  @EventPattern(Topic.Police110Incident)
  police110(@Payload() batch: InboundBatch): Promise<void> {
    return this.intake.take('police110', batch);
  }

  @EventPattern(Topic.CourtFiling)
  court(@Payload() batch: InboundBatch): Promise<void> {
    return this.intake.take('court', batch);
  }

  @EventPattern(Topic.Petition)
  petition(@Payload() batch: InboundBatch): Promise<void> {
    return this.intake.take('petition', batch);
  }
}
