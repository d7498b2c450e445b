// The structure worker: gathers one job's samples from the host, infers (or converts XML to JSON)
// off the host's main thread, posts progress and the outcome.
import { parentPort } from 'node:worker_threads';
import { inferJsonStructure } from '../../../shared/domain/json-structure/index';
import { xmlToJson } from '../http/xml-json';
import { failureMessage, overallProgress } from './worker-protocol';
import type { HostMessage, WorkerJobInput, WorkerMessage } from './worker-protocol';

function infer(input: WorkerJobInput, post: (message: WorkerMessage) => void): void {
  try {
    const onProgress = overallProgress(
      input.samples.map((text) => text.length),
      (fraction) => post({ type: 'progress', fraction }),
    );
    post({
      type: 'result',
      structure: inferJsonStructure(input.samples, { ...input.options, onProgress }),
    });
  } catch (error) {
    post(failureMessage(error));
  }
}

const port = parentPort;
if (port) {
  const parts: string[][] = [];
  port.on('message', (message: HostMessage) => {
    if (message.type === 'chunk') {
      (parts[message.sample] ??= []).push(message.text);
      return;
    }
    if (message.type === 'xml') {
      const text = (parts[0] ?? []).join('');
      parts.length = 0;
      try {
        port.postMessage({ type: 'xml-result', json: xmlToJson(text) } satisfies WorkerMessage);
      } catch (error) {
        port.postMessage(failureMessage(error));
      }
      return;
    }
    const samples = Array.from({ length: message.sampleCount }, (_, index) =>
      (parts[index] ?? []).join(''),
    );
    parts.length = 0;
    infer({ samples, options: message.options }, (reply) => port.postMessage(reply));
  });
}
