/** AWS-shaped inputs for the structure benchmark, generated in memory (compact JSON, as AWS sends it). */

function instance(k: number): Record<string, unknown> {
  const id = k.toString(16).padStart(17, '0');
  const item: Record<string, unknown> = {
    AmiLaunchIndex: k % 4,
    ImageId: 'ami-0abcdef1234567890',
    InstanceId: `i-${id}`,
    InstanceType: k % 3 === 0 ? 't3.micro' : 'm5.large',
    LaunchTime: '2024-01-01T00:00:00.000Z',
    Monitoring: { State: 'disabled' },
    Placement: { AvailabilityZone: 'us-east-1a', GroupName: '', Tenancy: 'default' },
    PrivateDnsName: `ip-10-0-${k % 250}-${k % 200}.ec2.internal`,
    PrivateIpAddress: `10.0.${k % 250}.${k % 200}`,
    ProductCodes: [],
    State: { Code: 16, Name: 'running' },
    SubnetId: 'subnet-04a636d18e83cfacb',
    VpcId: 'vpc-1234567890abcdef0',
    Architecture: 'x86_64',
    BlockDeviceMappings: [
      {
        DeviceName: '/dev/xvda',
        Ebs: {
          AttachTime: '2024-01-01T00:00:01.000Z',
          DeleteOnTermination: true,
          Status: 'attached',
          VolumeId: `vol-${id}`,
        },
      },
    ],
    EbsOptimized: k % 2 === 0,
    NetworkInterfaces: [
      {
        Attachment: {
          AttachTime: '2024-01-01T00:00:00.000Z',
          AttachmentId: `eni-attach-${id}`,
          DeviceIndex: 0,
          Status: 'attached',
        },
        Description: '',
        Groups: [{ GroupName: 'default', GroupId: 'sg-1234567890abcdef0' }],
        MacAddress: '0e:00:00:00:00:01',
        PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: `10.0.${k % 250}.${k % 200}` }],
        SourceDestCheck: true,
        Status: 'in-use',
      },
    ],
    Tags: [
      { Key: 'Name', Value: `web-${k}` },
      { Key: 'Team', Value: 'connectors' },
    ],
    CpuOptions: { CoreCount: 1, ThreadsPerCore: 2 },
    MetadataOptions: {
      State: 'applied',
      HttpTokens: 'required',
      HttpPutResponseHopLimit: 2,
      HttpEndpoint: 'enabled',
    },
    PlatformDetails: 'Linux/UNIX',
    UsageOperationUpdateTime: '2024-01-01T00:00:00.000Z',
  };
  // Some instances carry keys the others lack, as real fleets do.
  if (k % 7 === 0) item.PublicIpAddress = `34.253.${k % 250}.13`;
  if (k % 11 === 0)
    item.StateReason = { Code: 'Client.UserInitiatedShutdown', Message: 'User initiated shutdown' };
  return item;
}

/** An EC2 DescribeInstances-like response of about `bytes` bytes. */
export function describeInstancesLike(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k += 1) {
    const reservation = JSON.stringify({
      Groups: [],
      Instances: [instance(k)],
      OwnerId: '123456789012',
      ReservationId: `r-${k.toString(16).padStart(17, '0')}`,
    });
    parts.push(reservation);
    size += reservation.length + 1;
  }
  return `{"Reservations":[${parts.join(',')}]}`;
}

/** One object with `count` distinct keys (a wide DynamoDB item, a tag map). */
export function wideObject(count: number): string {
  const members: string[] = [];
  for (let k = 0; k < count; k += 1) members.push(`"Attribute${k}":{"S":"value ${k}"}`);
  return `{"Item":{${members.join(',')}}}`;
}

/** Objects nested `depth` levels deep. */
export function deepObject(depth: number): string {
  return `${'{"Child":'.repeat(depth)}{"Leaf":1}${'}'.repeat(depth)}`;
}

/** `count` array items of a handful of different shapes (a CloudTrail-like event list). */
export function heterogeneousItems(count: number): string {
  const items: string[] = [];
  for (let k = 0; k < count; k += 1) {
    switch (k % 5) {
      case 0:
        items.push(
          `{"EventId":"e-${k}","EventName":"RunInstances","EventTime":"2024-01-01T00:00:00Z","ReadOnly":false}`,
        );
        break;
      case 1:
        items.push(
          `{"EventId":"e-${k}","EventName":"GetObject","Resources":[{"ResourceName":"bucket/key${k}","ResourceType":"AWS::S3::Object"}],"Size":${k * 1000}}`,
        );
        break;
      case 2:
        items.push(`{"EventId":"e-${k}","Username":null,"Score":${k}.5,"Tags":["a","b"]}`);
        break;
      case 3:
        items.push(`{"EventId":"e-${k}","EventTime":"later","Size":${3_000_000_000 + k}}`);
        break;
      default:
        items.push(`{"EventId":"e-${k}","Nested":{"Level1":{"Level2":{"Value":${k}}}}}`);
    }
  }
  return `{"Events":[${items.join(',')}]}`;
}
