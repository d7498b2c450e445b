import type { FindingSeverity } from '../json-structure/types';

export interface DiagramPoint {
  x: number;
  y: number;
}

export interface DiagramAttributeLine {
  id: string;
  name: string;
  /** The type as Studio Pro labels it (`String (unlimited)`, `Date and time`). */
  type: string;
  severity?: FindingSeverity;
}

export interface DiagramFinding {
  severity: FindingSeverity;
  message: string;
}

export interface DiagramNode {
  id: string;
  name: string;
  /** Module of an external entity, drawn dashed and labelled with it. */
  module?: string;
  external: boolean;
  /** The generalization label, e.g. `AWSAuthentication.AbstractRequest`. */
  generalization?: string;
  attributes: DiagramAttributeLine[];
  findings: DiagramFinding[];
  documentation: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramEdge {
  id: string;
  kind: 'association' | 'generalization';
  name: string;
  /** Drawn from `from` to `to`: the container (or the generalized entity) to the item (or the specialization). */
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  points: DiagramPoint[];
  /** Centre of the name label. */
  labelAt: DiagramPoint;
  severity?: FindingSeverity;
}

/** A laid-out entity diagram: everything the SVG renderer needs, nothing else. */
export interface DiagramLayout {
  /** Accessible title: `Amazon Polly DescribeVoices entity diagram`. */
  title: string;
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}
