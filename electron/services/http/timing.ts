import { performance } from 'node:perf_hooks';
import type { Timing } from '../../../shared/ipc/operations/request';

/** Records when a request's socket reaches each phase. */
export class Marks {
  private readonly start = performance.now();
  private lookup?: number;
  private connect?: number;
  private secure?: number;
  firstByte?: number;
  end?: number;

  watch(socket: NodeJS.EventEmitter): void {
    socket.once('lookup', () => (this.lookup = performance.now()));
    socket.once('connect', () => (this.connect = performance.now()));
    socket.once('secureConnect', () => (this.secure = performance.now()));
  }

  /** Each phase's own duration; `firstByteMs` and `totalMs` count from the start. */
  timing(): Timing {
    const round = (ms: number): number => Math.round(ms * 100) / 100;
    const timing: Timing = { totalMs: round((this.end ?? performance.now()) - this.start) };
    if (this.lookup !== undefined) timing.dnsMs = round(this.lookup - this.start);
    if (this.connect !== undefined)
      timing.connectMs = round(this.connect - (this.lookup ?? this.start));
    if (this.secure !== undefined && this.connect !== undefined)
      timing.tlsMs = round(this.secure - this.connect);
    if (this.firstByte !== undefined) timing.firstByteMs = round(this.firstByte - this.start);
    return timing;
  }
}
