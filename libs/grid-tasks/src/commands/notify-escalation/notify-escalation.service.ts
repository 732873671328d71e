import { escalationNotice } from '@hub/domain';
import type { GridTaskRepository } from '../../ports';
import { type DeliveryRef, writeDeliveries } from '../../task-work';

/** 值班提醒: the duty officers of an escalation's centre are told, on each of their channels; idempotent. */
export class NotifyEscalationService {
  constructor(private readonly repo: GridTaskRepository) {}

  execute(escalationId: string): Promise<DeliveryRef[]> {
    return this.repo.transaction(async (uow) => {
      const e = await uow.lockEscalation(escalationId);
      if (!e) return [];
      const [task] = await uow.lockTasks([e.taskId]);
      if (!task) return [];
      await uow.markNotified(escalationId);
      const refs = await writeDeliveries(uow, [{ task, notice: escalationNotice(e) }]);
      return refs.get(task.id) ?? [];
    });
  }
}
