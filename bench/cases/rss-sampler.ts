import { Worker } from 'node:worker_threads';

/**
 * Samples the process RSS from another thread, so a synchronous run's peak is seen. It polls only
 * between `start` and `stop`, so timed runs do not share the CPU with it.
 */
export class RssSampler {
  private readonly worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let max = 0;
     let timer;
     parentPort.on('message', (m) => {
       if (m === 'close') { clearInterval(timer); parentPort.close(); return; }
       if (m === 'start') {
         max = process.memoryUsage.rss();
         timer = setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > max) max = rss; }, 1);
       }
       if (m === 'stop') clearInterval(timer);
       parentPort.postMessage(max);
     });`,
    { eval: true },
  );

  /** Starts polling; resolves to the RSS at the start. */
  start(): Promise<number> {
    return this.ask('start');
  }

  /** Stops polling; resolves to the highest RSS seen since `start`. */
  stop(): Promise<number> {
    return this.ask('stop');
  }

  async close(): Promise<void> {
    this.worker.postMessage('close');
    await this.worker.terminate();
  }

  private ask(message: 'start' | 'stop'): Promise<number> {
    return new Promise((resolve) => {
      this.worker.once('message', (value: number) => resolve(value));
      this.worker.postMessage(message);
    });
  }
}
