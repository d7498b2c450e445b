export { StructureView } from './StructureView';
export type { StructureViewProps } from './StructureView';
