import { describe, expect, it } from 'vitest';
import { defaultModelDecisions } from '../entity-model/decisions';
import { deriveEntityModel } from '../entity-model/derive';
import { structureOf } from '../entity-model/testing/structure-of';
import { toMermaidClassDiagram } from './mermaid';

describe('toMermaidClassDiagram', () => {
  it('writes entities, associations with multiplicities and the generalization', () => {
    const model = deriveEntityModel(
      structureOf({ Voices: [{ Id: 'Emma', Details: { Rate: 1.5 } }] }),
      { action: 'DescribeVoices', serviceName: 'Amazon Polly' },
      defaultModelDecisions,
    );
    expect(toMermaidClassDiagram(model)).toMatchInlineSnapshot(`
      "classDiagram
        class DescribeVoicesResponse {
        }
        class Voice {
          +String VoiceId
        }
        class Details {
          +Decimal Rate
        }
        class DescribeVoicesRequest {
        }
        class AbstractRequest {
          <<AWSAuthentication>>
        }
        class BasicClientConfig {
          <<AWSAuthentication>>
          +Long APITimeOutInMs
          +String EndpointUrl
        }
        DescribeVoicesResponse "1" -- "*" Voice : Voice_DescribeVoicesResponse
        Voice "1" -- "1" Details : Voice_Details
        AbstractRequest "1" -- "1" BasicClientConfig : AbstractRequest_BasicClientConfig
        AbstractRequest <|-- DescribeVoicesRequest
      "
    `);
  });

  it('keeps hostile names from breaking out of the syntax', () => {
    const model = deriveEntityModel(
      structureOf({ a: 1 }),
      { action: 'X', serviceName: 'S' },
      defaultModelDecisions,
    );
    const first = model.entities[0];
    if (first) first.name = 'A {\n} <script>';
    const text = toMermaidClassDiagram(model);
    expect(text).toContain('class A______script_ {');
    expect(text).not.toContain('<script>');
  });
});
