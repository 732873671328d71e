/**
 * Why an upstream message was set aside. Codes are stable (they are exported as metric labels and
 * Kafka headers); the sentences are what an upstream team reads in the dead-letter topic.
 */
export const REJECTION_REASONS = {
  message_too_large: { zh: '消息超过大小上限', en: 'message exceeds the size limit' },
  invalid_encoding: {
    zh: '消息不是合法的 UTF-8(或声明的 GB18030)编码',
    en: 'message is not valid UTF-8 (or the GB18030 its x-charset header declares)',
  },
  not_json: { zh: '消息不是合法的 JSON', en: 'message is not valid JSON' },
  wrong_shape: { zh: '消息结构不是约定的对象', en: 'message is not an object of the agreed shape' },
  unsupported_version: { zh: '缺少或不支持的 schemaVersion', en: 'schemaVersion is missing or not supported on this topic' },
  missing_field: { zh: '缺少必填字段', en: 'a required field is missing' },
  wrong_type: { zh: '字段类型错误', en: 'a field has the wrong type' },
  invalid_value: { zh: '字段取值不合规', en: 'a field has a value outside the contract' },
  invalid_date: { zh: '日期时间格式错误', en: 'a date-time is not valid ISO-8601 with offset' },
  future_date: { zh: '发生时间晚于当前时间(超出容差)', en: 'the event time is in the future beyond tolerance' },
  text_too_long: { zh: '文本字段超过长度上限', en: 'a text field exceeds the length limit' },
} as const;

export type RejectionCode = keyof typeof REJECTION_REASONS;

/** A permanent failure: retrying cannot help, the message goes to the feed's dead-letter topic. */
export class Rejection extends Error {
  constructor(
    readonly code: RejectionCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'Rejection';
  }

  get zh(): string {
    return `${REJECTION_REASONS[this.code].zh}: ${this.detail}`;
  }

  get en(): string {
    return `${REJECTION_REASONS[this.code].en}: ${this.detail}`;
  }
}
