import { describe, expect, it } from 'vitest';
import {
  defaultModelDecisions,
  mapAutomaticallyConventions,
  withAttributeType,
  withExcluded,
  withName,
} from './decisions';
import { deriveEntityModel } from './derive';
import { structureOf } from './testing/structure-of';
import { summarize } from './testing/summarize';

const pollyResponse = {
  Voices: [
    {
      Gender: 'Female',
      Id: 'Emma',
      LanguageCode: 'en-GB',
      LanguageName: 'British English',
      Name: 'Emma',
      SupportedEngines: ['neural', 'standard'],
    },
  ],
  NextToken: 'abc',
};
const polly = { action: 'DescribeVoices', serviceName: 'Amazon Polly' };

describe('deriveEntityModel', () => {
  it('maps Polly DescribeVoices to the connector conventions', () => {
    const model = deriveEntityModel(structureOf(pollyResponse), polly, defaultModelDecisions);
    expect(summarize(model)).toMatchInlineSnapshot(`
      {
        "associations": [
          "Voice_DescribeVoicesResponse: Voice -> DescribeVoicesResponse Reference Default 1-*",
          "AbstractRequest_BasicClientConfig: AbstractRequest -> BasicClientConfig Reference Both 1-1",
        ],
        "entities": [
          "DescribeVoicesResponse { NextToken: String }",
          "Voice { Gender: String, VoiceId: String, LanguageCode: String, LanguageName: String, Name: String }",
          "DescribeVoicesRequest : AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.BasicClientConfig { APITimeOutInMs: Long, EndpointUrl: String }",
        ],
        "findings": [
          "info reserved-name response:(Object)|Voices|(Object)|Id",
          "info dropped-wrapper response:(Object)|Voices|(Object)|SupportedEngines|(Object)",
        ],
      }
    `);
    expect(model.generalizations).toEqual([
      { child: 'request:(Object)', parent: 'AWSAuthentication.AbstractRequest' },
    ]);
  });

  it('gives Studio Pro names when the conventions are off', () => {
    const decisions = { ...defaultModelDecisions, conventions: mapAutomaticallyConventions };
    const model = deriveEntityModel(structureOf(pollyResponse), polly, decisions);
    expect(summarize(model)).toMatchInlineSnapshot(`
      {
        "associations": [
          "Voice_Root: Voice -> Root Reference Default 1-*",
          "SupportedEngine_Voice: SupportedEngine -> Voice Reference Default 1-*",
          "AbstractRequest_BasicClientConfig: AbstractRequest -> BasicClientConfig Reference Both 1-1",
        ],
        "entities": [
          "Root { NextToken: String }",
          "Voice { Gender: String, _Id: String, LanguageCode: String, LanguageName: String, Name: String }",
          "SupportedEngine { Value: String }",
          "DescribeVoicesRequest : AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.BasicClientConfig { APITimeOutInMs: Long, EndpointUrl: String }",
        ],
        "findings": [],
      }
    `);
  });

  it('applies renames, exclusions and type changes, and associations follow renamed entities', () => {
    let decisions = withName(
      defaultModelDecisions,
      ['response:(Object)|Voices|(Object)'],
      'PollyVoice',
    );
    decisions = withExcluded(decisions, ['response:(Object)|NextToken'], true);
    decisions = withName(decisions, ['response:(Object)|Voices|(Object)|Gender'], 'class');
    const model = deriveEntityModel(structureOf(pollyResponse), polly, decisions);
    expect(model.associations[0]?.name).toBe('PollyVoice_DescribeVoicesResponse');
    expect(model.entities[0]?.attributes).toEqual([]);
    expect(model.excluded.map((x) => x.id)).toContain('response:(Object)|NextToken');
    const voice = model.entities.find((e) => e.name === 'PollyVoice');
    expect(voice?.attributes.map((a) => a.name)).toContain('PollyVoiceId');
    expect(voice?.attributes.map((a) => a.name)).toContain('Gender');
    expect(model.findings.find((f) => f.kind === 'invalid-name')?.message).toMatch(/reserved/);
  });

  it('turns an epoch number into Date and time with a conversion note', () => {
    const structure = structureOf({ CreationTime: 1700000000, Name: 'x' });
    const id = 'response:(Object)|CreationTime';
    const model = deriveEntityModel(
      structure,
      polly,
      withAttributeType(defaultModelDecisions, id, 'DateTime'),
    );
    const attribute = model.entities[0]?.attributes[0];
    expect(attribute?.type).toBe('DateTime');
    expect(attribute?.notes.join(' ')).toMatch(/microflow must convert/);
    const refused = deriveEntityModel(
      structure,
      polly,
      withAttributeType(defaultModelDecisions, 'response:(Object)|Name', 'Boolean'),
    );
    expect(refused.entities[0]?.attributes[1]?.type).toBe('String');
    expect(refused.findings.map((f) => f.kind)).toContain('invalid-type-change');
  });

  it('maps null samples to String with a finding', () => {
    const model = deriveEntityModel(structureOf({ Marker: null }), polly, defaultModelDecisions);
    expect(model.entities[0]?.attributes[0]).toMatchObject({
      name: 'Marker',
      type: 'String',
      length: 0,
    });
    expect(model.findings.map((f) => f.kind)).toEqual(['unknown-type']);
  });

  it('writes documentation drafts in the how-to form', () => {
    const model = deriveEntityModel(structureOf(pollyResponse), polly, defaultModelDecisions);
    expect(model.entities.filter((e) => !e.external).map((e) => e.documentation))
      .toMatchInlineSnapshot(`
      [
        "This entity is the response for the Amazon Polly DescribeVoices action. It has a list of Voice objects (association Voice_DescribeVoicesResponse). Optional attributes: NextToken.",
        "This entity is part of the response for the Amazon Polly DescribeVoices action: a DescribeVoicesResponse has a list of Voice objects (association Voice_DescribeVoicesResponse). Optional attributes: Gender, VoiceId, LanguageCode, LanguageName, Name.",
        "This entity is the request for the Amazon Polly DescribeVoices action. It generalizes AWSAuthentication.AbstractRequest, so its BasicClientConfig sets the timeout and endpoint. It has no attributes of its own.",
      ]
    `);
    expect(model.entities[1]?.attributes[0]?.documentation).toMatchInlineSnapshot(
      `"The Gender of the Voice. Optional; type String (unlimited)."`,
    );
  });
});
