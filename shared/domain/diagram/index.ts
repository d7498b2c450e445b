export type * from './types';
export { layoutEntityModel } from './layout';
export { renderDiagramSvg } from './render-svg';
export type { SvgOptions } from './render-svg';
export { toMermaidClassDiagram } from './mermaid';
export { escapeXml } from './escape';
