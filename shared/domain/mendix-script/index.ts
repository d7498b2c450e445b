export { buildScriptSpec } from './build-spec';
export {
  mendixScriptFiles,
  renderApplyScript,
  renderScriptPackageJson,
  renderScriptReadme,
  scriptDependencies,
} from './render-script';
export type { ConnectorScriptSpec } from './spec';
