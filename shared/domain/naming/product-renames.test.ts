import { describe, expect, it } from 'vitest';
import { connectorOf } from '../plan/fixtures.test-helper';
import { toSentRequest } from '../plan/sent-request';
import { checkConnector } from './check-connector';

function findingsOf(service: string, operation: string, sample: unknown) {
  const { plan, model } = connectorOf({
    request: toSentRequest({ service, region: 'us-east-1', method: 'POST', path: '/', operation }),
    samples: [JSON.stringify(sample)],
  });
  return { model, findings: checkConnector(plan, model) };
}

const about = (findings: ReturnType<typeof findingsOf>['findings'], name: string) =>
  findings.filter((f) => f.element.name === name).map((f) => `${f.rule} ${f.message}`);

describe('naming checks agree with the names the product gives', () => {
  it('keeps Studio Pro’s _Owner escape and names its ID attribute OwnerID', () => {
    const { model, findings } = findingsOf('s3', 'ListBuckets', {
      ListAllMyBucketsResult: {
        '@_xmlns': 'http://s3.amazonaws.com/doc/2006-03-01/',
        Owner: { ID: 'abc', DisplayName: 'me' },
      },
    });
    const owner = model.entities.find((e) => e.name === '_Owner');
    expect(owner?.attributes.map((a) => a.name)).toEqual(['OwnerID', 'DisplayName']);
    expect(about(findings, '_Owner')).toEqual([]);
  });

  it('does not call AWS’s own LineItem an automatic item name', () => {
    const { findings } = findingsOf('textract', 'AnalyzeExpense', {
      ExpenseDocuments: [
        { LineItemGroups: [{ LineItems: [{ LineItemExpenseFields: [{ Type: 'ITEM' }] }] }] },
      ],
    });
    expect(about(findings, 'LineItem')).toEqual([]);
  });

  it('does not singularise a single object AWS names in the plural (Eyeglasses)', () => {
    const { findings } = findingsOf('rekognition', 'DetectFaces', {
      FaceDetails: [{ Eyeglasses: { Value: false, Confidence: 99.1 } }],
    });
    expect(about(findings, 'Eyeglasses')).toEqual([]);
  });

  it('flags Geometry_2 and BoundingBox_2 as identical to Geometry and BoundingBox', () => {
    const box = (left: number) => ({
      BoundingBox: { Width: 0.1, Height: 0.1, Left: left, Top: 0.1 },
    });
    const { findings } = findingsOf('textract', 'AnalyzeExpense', {
      ExpenseDocuments: [
        {
          SummaryFields: [
            {
              LabelDetection: { Text: 'Total', Geometry: box(0.1) },
              ValueDetection: { Text: '12.00', Geometry: box(0.5) },
            },
          ],
        },
      ],
    });
    expect(about(findings, 'Geometry_2')[0]).toMatch(/^C06 "Geometry_2" is identical to Geometry/);
    expect(about(findings, 'BoundingBox_2')[0]).toMatch(
      /^C06 "BoundingBox_2" is identical to BoundingBox/,
    );
  });
});
