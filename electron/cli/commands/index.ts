import type { CliCommand } from '../command';
import { applyCommand } from './apply';
import { convertCommand } from './convert';
import { importCommand } from './import';
import { modelCommand } from './model';
import { exportCommand } from './export';
import { operationsCommand } from './operations';
import { planCommand } from './plan';
import { runCommand } from './run';
import { sendCommand } from './send';
import { servicesCommand } from './services';
import { structureCommand } from './structure';
import { webCommand } from './web';

/** Every CLI command, in the order `--help` lists them. Add a command by adding its module here. */
export const commands: CliCommand[] = [
  sendCommand,
  servicesCommand,
  operationsCommand,
  structureCommand,
  modelCommand,
  planCommand,
  exportCommand,
  applyCommand,
  importCommand,
  convertCommand,
  runCommand,
  webCommand,
];
