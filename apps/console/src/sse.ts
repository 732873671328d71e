/** One server-sent event as the stream carries it (the fields the hub's gateway sends). */
export interface ServerEvent {
  id?: string;
  event: string;
  data: string;
}

/**
 * Reads the text/event-stream format (WHATWG HTML, server-sent events) chunk by chunk: lines end in
 * LF, CR or CRLF, events end with an empty line, `data` lines are joined by LF, comments are skipped.
 * The browser's EventSource cannot send an Authorization header, so the console reads the stream
 * through fetch and parses it here.
 */
export class EventStreamParser {
  private buffer = '';
  private event: ServerEvent = { event: 'message', data: '' };
  private hasData = false;

  push(chunk: string): ServerEvent[] {
    this.buffer += chunk;
    const out: ServerEvent[] = [];
    for (;;) {
      const m = /\r\n|\r|\n/.exec(this.buffer);
      // A lone CR at the end may be the first half of CRLF: wait for the next chunk.
      if (!m || (m[0] === '\r' && m.index === this.buffer.length - 1)) break;
      const line = this.buffer.slice(0, m.index);
      this.buffer = this.buffer.slice(m.index + m[0].length);
      if (line === '') {
        if (this.hasData) out.push({ ...this.event, data: this.event.data.replace(/\n$/, '') });
        this.event = { event: 'message', data: '' };
        this.hasData = false;
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') {
        this.event.data += `${value}\n`;
        this.hasData = true;
      } else if (field === 'event') this.event.event = value;
      else if (field === 'id') this.event.id = value;
    }
    return out;
  }
}
