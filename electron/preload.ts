import { contextBridge, ipcRenderer } from 'electron';
// The plain name list, not the contract: a sandboxed preload should not carry zod and every schema.
import { operationNameList } from '../shared/ipc/operation-names';
import { channelFor } from './main/channels';

// One function per contract operation and nothing else: the page never gets ipcRenderer itself.
const studio = Object.freeze(
  Object.fromEntries(
    operationNameList.map((name) => [
      name,
      (input: unknown): Promise<unknown> => ipcRenderer.invoke(channelFor(name), input),
    ]),
  ),
);

contextBridge.exposeInMainWorld('studio', studio);
