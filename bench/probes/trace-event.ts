/**
 * A Chrome trace event as the probes read it (lh-trace.ts, tasks.ts, import-tasks.ts): the fields
 * of the trace event format they use, once.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's own CPU time in it (µs): without the time it was off the CPU or throttled. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown> & {
    name?: string;
    data?: Record<string, unknown> & { url?: string };
  };
}
