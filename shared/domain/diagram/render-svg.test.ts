import { describe, expect, it } from 'vitest';
import { inferJsonStructure } from '../json-structure';
import { defaultModelDecisions } from '../entity-model/decisions';
import { deriveEntityModel } from '../entity-model/derive';
import { layoutEntityModel } from './layout';
import { renderDiagramSvg } from './render-svg';
import type { DiagramLayout } from './types';

const hostile = '"><script>alert(1)</script><x a=\'';

function oneNode(name: string): DiagramLayout {
  return {
    title: 'Test diagram',
    width: 200,
    height: 100,
    nodes: [
      {
        id: `id-${name}`,
        name,
        external: false,
        generalization: 'AWSAuthentication.AbstractRequest',
        attributes: [{ id: 'a', name, type: 'String (unlimited)', severity: 'warning' }],
        findings: [{ severity: 'warning', message: name }],
        documentation: name,
        x: 20,
        y: 20,
        width: 160,
        height: 70,
      },
    ],
    edges: [],
  };
}

describe('renderDiagramSvg', () => {
  it('draws an entity box like Studio Pro: header, generalization label, typed attributes, finding badge', () => {
    const svg = renderDiagramSvg(oneNode('Voice'));
    const body = svg.slice(svg.indexOf('<g class="cs-nodes">'));
    expect(body).toMatchInlineSnapshot(
      `"<g class="cs-nodes"><g class="cs-entity cs-flagged" data-entity-id="id-Voice" transform="translate(20,20)"><title>Voice</title><rect class="cs-box" width="160" height="70" rx="3"/><rect class="cs-header" x="1" y="1" width="158" height="47"/><text class="cs-name" x="80" y="20" text-anchor="middle">Voice</text><text class="cs-second" x="80" y="37" text-anchor="middle">AWSAuthentication.AbstractRequest</text><line x1="0" y1="48" x2="160" y2="48" stroke="#264ae5" stroke-width="0.6"/><text class="cs-attr cs-flag-warning" x="8" y="65">Voice</text><text class="cs-type" x="152" y="65" text-anchor="end">String (unlimited)</text><g class="cs-badge"><title>warning: Voice</title><circle class="cs-badge-warning" cx="150" cy="10" r="7"/><text class="cs-badge-text" x="150" y="13.5" text-anchor="middle">!</text></g></g></g><style>.cs-entity rect.cs-box{fill:#ffffff;stroke:#264ae5;stroke-width:1.2}.cs-entity rect.cs-header{fill:#e6ecfd;stroke:none}.cs-entity.cs-external rect.cs-box{fill:#f6f6f6;stroke:#8a8a8a;stroke-dasharray:5 3}.cs-entity.cs-external rect.cs-header{fill:#ececec}.cs-entity .cs-name{font-weight:600;fill:#0a1325}.cs-entity .cs-second{font-size:10px;fill:#555d6b}.cs-entity .cs-attr{fill:#0a1325}.cs-entity .cs-type{fill:#555d6b}.cs-entity .cs-none{fill:#8a8a8a;font-style:italic}.cs-badge-error{fill:#d0021b}.cs-badge-warning{fill:#e8a200}.cs-badge-info{fill:#3b7ddd}.cs-badge-text{fill:#ffffff;font-size:10px;font-weight:700}.cs-attr.cs-flag-error,.cs-attr.cs-flag-warning{text-decoration:underline wavy}.cs-attr.cs-flag-error{fill:#d0021b}.cs-attr.cs-flag-warning{fill:#9a6a00}.cs-edge path.cs-line{fill:none;stroke:#4a5568;stroke-width:1.2}.cs-edge path.cs-hit{fill:none;stroke:transparent;stroke-width:10}.cs-edge.cs-generalization path.cs-line{stroke-dasharray:none}.cs-edge text{fill:#2d3748;font-size:11px}.cs-edge.cs-flag-warning text.cs-edge-name,.cs-edge.cs-flag-error text.cs-edge-name{fill:#d0021b}.cs-highlight rect.cs-box{stroke:#e8590c;stroke-width:2.5}.cs-edge.cs-highlight path.cs-line{stroke:#e8590c;stroke-width:2.5}.cs-selected rect.cs-box{stroke:#0b8043;stroke-width:3}</style></svg>"`,
    );
  });

  it('escapes hostile names everywhere', () => {
    const svg = renderDiagramSvg(oneNode(hostile), { title: hostile });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<x ');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&quot;&gt;');
    expect(svg).toContain('&#39;');
  });

  it('draws Polly DescribeVoices the same every time', async () => {
    const structure = inferJsonStructure(
      [
        '{"Voices":[{"Gender":"Female","Id":"Emma","LanguageCode":"en-GB","LanguageName":"British English","Name":"Emma","SupportedEngines":["neural"]}]}',
      ],
      { studioProVersion: 10, protocol: 'rest-json' },
    );
    const model = deriveEntityModel(
      structure,
      { action: 'DescribeVoices', serviceName: 'Amazon Polly' },
      defaultModelDecisions,
    );
    const svg = renderDiagramSvg(await layoutEntityModel(model));
    expect(svg).toMatchSnapshot();
    expect(svg).toContain('>Voice_DescribeVoicesResponse</text>');
    expect(svg).toContain('marker-start="url(#cs-generalization-arrow)"');
    expect(renderDiagramSvg(await layoutEntityModel(model))).toBe(svg);
  });
});
