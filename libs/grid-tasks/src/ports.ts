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

export interface Recipients {
  workers: Map<string, NoticeRecipient>;
  duty: Map<string, NoticeRecipient[]>;
}

/** What applying a batch of alerts reads once its households are locked. */
export interface AlertContext {
  /** Job ids already applied, with their task. */
  applied: Map<string, string>;
  /** Open tasks of the households, locked. */
  open: GridTask[];
  /** The tasks the already-applied jobs went to, locked. */
  appliedTasks: GridTask[];
  /** Active workers of the grids with the open tasks each holds. */
  workers: WorkerLoad[];
}

/** A transaction's task writes, stored together. */
export interface TaskChangesToStore {
  created: GridTask[];
  updated: GridTask[];
  taskAlerts: TaskAlertRecord[];
  escalations: EscalationRecord[];
  /** Whose contact details to read with them: grid workers by id, the on-duty officers of centres. */
  recipientsOf: { workerIds: string[]; centreCodes: string[] };
}

export interface StoredEscalation extends EscalationRecord {
  notifiedAt: Date | null;
}

/**
 * Everything a command reads and writes, inside one transaction. Every method takes many rows at once and
 * is one statement, so a batch of alerts costs a fixed number of round trips (BEGIN, lock, read, two
 * writes, COMMIT), not a number per alert. Load and store only: the rules are in the GridTask.
 */
export interface TaskUnitOfWork {
  /** Serialises alerts of the same households across workers, so two never open two tasks. */
  lockHouseholds(householdKeys: string[]): Promise<void>;
  /** What applying these alerts needs, after lockHouseholds: the jobs already applied, the tasks, the grids' workers. */
  alertContext(jobIds: string[], householdKeys: string[], gridCodes: string[]): Promise<AlertContext>;
  /** Tasks by id, locked. */
  lockTasks(taskIds: string[]): Promise<GridTask[]>;
  /** Active workers of these grids with the open tasks each holds. */
  workersOf(gridCodes: string[]): Promise<WorkerLoad[]>;
  /**
   * Stores new and changed tasks, their alerts and escalations (once each, as notified now: their deliveries go
   * in the same transaction) and reads the recipients asked for; returns the escalation ids that are new.
   */
  storeTasks(changes: TaskChangesToStore): Promise<{ freshEscalations: Set<string>; recipients: Recipients }>;
  /** Stores events (in order) and deliveries (once each); returns the delivery ids that are new. */
  storeNotices(events: TaskEventRecord[], deliveries: DeliveryRecord[]): Promise<Set<string>>;
  /** Grid workers by id and the on-duty officers of centres. */
  recipients(workerIds: string[], centreCodes: string[]): Promise<Recipients>;
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
