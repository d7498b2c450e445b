import { escapeXml, num } from './escape';
import { clip, headerHeight, metrics } from './metrics';
import { diagramStyle } from './svg-style';
import type { DiagramEdge, DiagramLayout, DiagramNode, DiagramPoint } from './types';

export interface SvgOptions {
  /** Accessible title of the drawing; the layout's title by default. */
  title?: string;
}

function badge(node: DiagramNode): string {
  const worst =
    node.findings.find((f) => f.severity === 'error') ??
    node.findings.find((f) => f.severity === 'warning') ??
    node.findings[0];
  if (!worst) return '';
  const tip = node.findings.map((f) => `${f.severity}: ${f.message}`).join('\n');
  const x = num(node.width - 10);
  return `<g class="cs-badge"><title>${escapeXml(tip)}</title><circle class="cs-badge-${worst.severity}" cx="${x}" cy="10" r="7"/><text class="cs-badge-text" x="${x}" y="13.5" text-anchor="middle">!</text></g>`;
}

function attributeRows(node: DiagramNode, top: number): string {
  if (node.attributes.length === 0) {
    return `<text class="cs-none" x="${metrics.padding}" y="${num(top + 13)}">(no attributes)</text>`;
  }
  return node.attributes
    .map((attribute, i) => {
      const y = num(top + i * metrics.attributeLine + 13);
      const flag = attribute.severity ? ` cs-flag-${attribute.severity}` : '';
      return (
        `<text class="cs-attr${flag}" x="${metrics.padding}" y="${y}">${escapeXml(clip(attribute.name))}</text>` +
        `<text class="cs-type" x="${num(node.width - metrics.padding)}" y="${y}" text-anchor="end">${escapeXml(clip(attribute.type))}</text>`
      );
    })
    .join('');
}

function drawNode(node: DiagramNode): string {
  const second = node.generalization;
  const header = headerHeight(second !== undefined);
  const classes = `cs-entity${node.external ? ' cs-external' : ''}${node.findings.length > 0 ? ' cs-flagged' : ''}`;
  const tooltip = node.documentation ? `<title>${escapeXml(node.documentation)}</title>` : '';
  return (
    `<g class="${classes}" data-entity-id="${escapeXml(node.id)}" transform="translate(${num(node.x)},${num(node.y)})">${tooltip}` +
    `<rect class="cs-box" width="${num(node.width)}" height="${num(node.height)}" rx="3"/>` +
    `<rect class="cs-header" x="1" y="1" width="${num(node.width - 2)}" height="${num(header - 1)}"/>` +
    `<text class="cs-name" x="${num(node.width / 2)}" y="${metrics.padding + 12}" text-anchor="middle">${escapeXml(clip(node.name))}</text>` +
    (second
      ? `<text class="cs-second" x="${num(node.width / 2)}" y="${metrics.padding + 29}" text-anchor="middle">${escapeXml(clip(second))}</text>`
      : '') +
    `<line x1="0" y1="${num(header)}" x2="${num(node.width)}" y2="${num(header)}" stroke="#264ae5" stroke-width="0.6"/>` +
    attributeRows(node, header + metrics.padding / 2) +
    badge(node) +
    `</g>`
  );
}

/** A point a little way along the segment from `a` towards `b`, offset sideways for a label. */
function near(a: DiagramPoint, b: DiagramPoint): DiagramPoint {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: a.x + (dx / length) * 12 + 8, y: a.y + (dy / length) * 12 + 4 };
}

function drawEdge(edge: DiagramEdge): string {
  const [first, second] = edge.points;
  if (!first || !second) return '';
  const last = edge.points[edge.points.length - 1] ?? second;
  const beforeLast = edge.points[edge.points.length - 2] ?? first;
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(' ');
  const kind = edge.kind === 'generalization' ? 'cs-generalization' : 'cs-association';
  const flag = edge.severity ? ` cs-flag-${edge.severity}` : '';
  const marker =
    edge.kind === 'generalization' ? ' marker-start="url(#cs-generalization-arrow)"' : '';
  const label = (text: string, at: DiagramPoint, cls: string) =>
    text ? `<text class="${cls}" x="${num(at.x)}" y="${num(at.y)}">${escapeXml(text)}</text>` : '';
  const name = edge.name
    ? `<text class="cs-edge-name" x="${num(edge.labelAt.x)}" y="${num(edge.labelAt.y + 4)}" text-anchor="middle">${escapeXml(clip(edge.name))}</text>`
    : '';
  return (
    `<g class="cs-edge ${kind}${flag}" data-association-id="${escapeXml(edge.id)}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}">` +
    `<path class="cs-hit" d="${d}"/><path class="cs-line" d="${d}"${marker}/>` +
    name +
    label(edge.fromLabel, near(first, second), 'cs-multiplicity') +
    label(edge.toLabel, near(last, beforeLast), 'cs-multiplicity') +
    `</g>`
  );
}

/**
 * Draws a laid-out entity diagram as a standalone SVG document. The one renderer for the screen
 * and the exported file; every string is XML-escaped.
 */
export function renderDiagramSvg(layout: DiagramLayout, options: SvgOptions = {}): string {
  const title = options.title ?? layout.title;
  const { width, height } = layout;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="Segoe UI, Helvetica, Arial, sans-serif" font-size="${metrics.fontSize}" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>` +
    `<defs><marker id="cs-generalization-arrow" viewBox="0 0 12 12" refX="12" refY="6" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto-start-reverse">` +
    `<path d="M0,0 L12,6 L0,12 Z" fill="#ffffff" stroke="#4a5568"/></marker></defs>` +
    `<rect width="${width}" height="${height}" fill="#fbfcfe"/>` +
    `<g class="cs-edges">${layout.edges.map(drawEdge).join('')}</g>` +
    `<g class="cs-nodes">${layout.nodes.map(drawNode).join('')}</g>` +
    // Last: CSS applies wherever it sits, and some HTML parsers (happy-dom) drop what follows an SVG <style>.
    `<style>${diagramStyle}</style>` +
    `</svg>`
  );
}
