import { buildServiceShapes } from '../../build/generate-shapes.mjs';
import { operationModel } from '../../shared/aws/shapes';
import type { OperationModel, ServiceShapes, ShapeRef } from '../../shared/aws/shapes';

/**
 * The model for the model-complete rows: EC2 DescribeInstances' output shape (aws-sdk v2), read the
 * way a JSON client shows it (member names as keys, as the EC2-like fixtures are written), so the
 * model and the samples meet element for element as they do for a JSON-protocol service. The
 * overlay's cost grows with the model, not with the body: the ratio to sample-only is the figure.
 */
export function describeInstancesModel(): OperationModel {
  const shapes = buildServiceShapes('ec2') as ServiceShapes;
  const stripNames = (ref: ShapeRef): ShapeRef => {
    const { locationName: _name, queryName: _query, ...rest } = ref;
    const out: ShapeRef = { ...rest };
    if (ref.members)
      out.members = Object.fromEntries(
        Object.entries(ref.members).map(([key, member]) => [key, stripNames(member)]),
      );
    if (ref.member) out.member = stripNames(ref.member);
    return out;
  };
  const model = operationModel(
    {
      ...shapes,
      protocol: 'json',
      shapes: Object.fromEntries(Object.entries(shapes.shapes).map(([k, v]) => [k, stripNames(v)])),
      operations: {
        DescribeInstances: {
          output: stripNames(shapes.operations.DescribeInstances?.output ?? {}),
        },
      },
    },
    'DescribeInstances',
    'output',
  );
  if (!model) throw new Error('No DescribeInstances output model in the ec2 shapes.');
  return model;
}
