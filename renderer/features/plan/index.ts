export { PlanView } from './PlanView';
export type { PlanViewProps } from './PlanView';
export { offerDownload } from './download-bundle';
