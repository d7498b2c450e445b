export { exportBundle } from './export-bundle';
export type { BundleFile, ConnectorBundleInput } from './export-bundle';
export { toOpenApiYaml } from './openapi';
export { renderReadme, readmeHeadings } from './readme';
export { mappingPlans } from './mappings';
export type { MappingPlan, MappingEntry } from './mappings';
export { namingReport, namingReportMarkdown } from './naming-report';
export { canonicalJson, utf8Length } from './canonical-json';
