import type {
  ChannelKind,
  EscalationRecord,
  GridTask,
  RecipientKind,
  RouteMethod,
  TaskBriefData,
  TaskEventRecord,
  WorkerLoad,
} from '@hub/domain';

/** One alert applied to a task, with where it was routed and why (task_alert). */
export interface TaskAlertRecord {
  jobId: string;
  taskId: string;
  assessmentId: string;
  eventId: string;
  riskLevel: string;
  riskScore: number;
  outcome: string;
  routeMethod: RouteMethod;
  gridCode: string | null;
  routeReason: string;
}

export interface NoticeRecipient {
  kind: RecipientKind;
  id: string;
  terminalId: string;
  channels: ChannelKind[];
}

export interface DeliveryRecord {
  deliveryId: string;
  taskId: string;
  recipientKind: RecipientKind;
  recipientId: string;
  terminalId: string;
  channel: ChannelKind;
  purpose: string;
  message: unknown;
}

export interface StoredEscalation extends EscalationRecord {
  notifiedAt: Date | null;
}

/**
 * Everything a command reads and writes, inside one transaction. Every method takes many rows at once, so
 * a batch of alerts costs a fixed number of statements, not a number per alert. Load and store only: the
 * rules are in the GridTask.
 */
export interface TaskUnitOfWork {
  /** Serialises alerts of the same households across workers, so two never open two tasks. */
  lockHouseholds(householdKeys: string[]): Promise<void>;
  /** Job ids already applied, with their task. */
  appliedAlerts(jobIds: string[]): Promise<Map<string, string>>;
  /** Open tasks of these households, locked. */
  openTasksOf(householdKeys: string[]): Promise<GridTask[]>;
  /** Tasks by id, locked. */
  lockTasks(taskIds: string[]): Promise<GridTask[]>;
  /** Active workers of these grids with the open tasks each holds. */
  workersOf(gridCodes: string[]): Promise<WorkerLoad[]>;
  insertTasks(tasks: GridTask[]): Promise<void>;
  updateTasks(tasks: GridTask[]): Promise<void>;
  insertEvents(events: TaskEventRecord[]): Promise<void>;
  /** Stores escalations once, as notified now (their deliveries go in the same transaction); returns the ids that are new. */
  insertEscalations(escalations: EscalationRecord[]): Promise<Set<string>>;
  insertTaskAlerts(rows: TaskAlertRecord[]): Promise<void>;
  /** Grid workers by id and the on-duty officers of centres. */
  recipients(
    workerIds: string[],
    centreCodes: string[],
  ): Promise<{ workers: Map<string, NoticeRecipient>; duty: Map<string, NoticeRecipient[]> }>;
  /** Stores deliveries once; returns the ids that are new. */
  insertDeliveries(rows: DeliveryRecord[]): Promise<Set<string>>;
  lockEscalation(escalationId: string): Promise<StoredEscalation | undefined>;
  markNotified(escalationId: string): Promise<void>;
}

/** The grid tasks' store: transactions over the unit of work, and reads outside one. */
export interface GridTaskRepository {
  transaction<T>(work: (uow: TaskUnitOfWork) => Promise<T>): Promise<T>;
  find(taskId: string): Promise<GridTask | undefined>;
}

/** Where a grid is and what its places are called, for a task assigned by hand. */
export interface AreaDirectory {
  placeGrid(gridCode: string): { code: string; villageCode: string; area: TaskBriefData['area'] } | undefined;
  areaNames(divisionCode: string, villageCode: string | null, gridCode: string | null): TaskBriefData['area'];
}

export const GRID_TASK_REPOSITORY = Symbol('GRID_TASK_REPOSITORY');
export const AREA_DIRECTORY = Symbol('AREA_DIRECTORY');
export const DISPATCH_RULES = Symbol('DISPATCH_RULES');
