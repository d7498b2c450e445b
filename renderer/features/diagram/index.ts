export { EntityDiagramView } from './EntityDiagramView';
export type { EntityDiagramViewProps } from './EntityDiagramView';
export { createWorkerLayout, defaultLayout } from './layout-client';
export type { LayoutFunction } from './layout-client';
