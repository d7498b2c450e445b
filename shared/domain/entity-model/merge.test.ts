import { describe, expect, it } from 'vitest';
import { defaultModelDecisions } from './decisions';
import { deriveEntityModel } from './derive';
import { mergeEntityModels } from './merge';
import { structureOf } from './testing/structure-of';
import { summarize } from './testing/summarize';

const service = 'Amazon Polly';

describe('mergeEntityModels', () => {
  it('merges same-named compatible entities, reports incompatible ones and keeps names unique', () => {
    const describe1 = deriveEntityModel(
      structureOf({
        Voices: [{ Gender: 'Female', LanguageCode: 'en-GB' }],
        Lexicon: { Name: 'a' },
      }),
      { action: 'DescribeVoices', serviceName: service },
      defaultModelDecisions,
    );
    const list = deriveEntityModel(
      structureOf({ Voices: [{ Gender: 'Male', Engine: 'neural' }], Lexicon: { Name: 3 } }),
      { action: 'ListVoices', serviceName: service },
      defaultModelDecisions,
    );
    const merged = mergeEntityModels([describe1, list]);
    expect(summarize(merged)).toMatchInlineSnapshot(`
      {
        "associations": [
          "Voice_DescribeVoicesResponse: Voice -> DescribeVoicesResponse Reference Default 1-*",
          "DescribeVoicesResponse_Lexicon: DescribeVoicesResponse -> Lexicon Reference Both 1-1",
          "AbstractRequest_BasicClientConfig: AbstractRequest -> BasicClientConfig Reference Both 1-1",
          "Voice_ListVoicesResponse: Voice -> ListVoicesResponse Reference Default 1-*",
          "ListVoicesResponse_Lexicon_2: ListVoicesResponse -> Lexicon_2 Reference Both 1-1",
        ],
        "entities": [
          "DescribeVoicesResponse {  }",
          "Voice { Gender: String, LanguageCode: String, Engine: String }",
          "Lexicon { Name: String }",
          "DescribeVoicesRequest : AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.BasicClientConfig { APITimeOutInMs: Long, EndpointUrl: String }",
          "ListVoicesResponse {  }",
          "Lexicon_2 { Name: Integer }",
          "ListVoicesRequest : AWSAuthentication.AbstractRequest {  }",
        ],
        "findings": [
          "warning merge-conflict ListVoices/response:(Object)|Lexicon",
        ],
      }
    `);
    const names = merged.entities.map((e) => `${e.module ?? ''}.${e.name}`.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(merged.entities.find((e) => e.name === 'Voice')?.sourceIds).toEqual([
      'DescribeVoices/response:(Object)|Voices|(Object)',
      'ListVoices/response:(Object)|Voices|(Object)',
    ]);
  });
});
