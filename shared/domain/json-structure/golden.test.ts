import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { xmlToJson } from '../../../electron/services/http/xml-json';
import {
  formatStructureTree,
  inferJsonStructure,
  inferLikeStudioPro,
  toRepresentativeSnippet,
} from './index';
import type { JsonStructure } from './index';

// Real responses: the `*.examples.json` of aws-sdk (Polly, DynamoDB, Rekognition, S3), botocore's
// `examples-1.json` (Lambda: aws-sdk has none), and hand-written ones where neither has an output
// (EC2 DescribeInstances, Polly with the newer SupportedEngines list, the S3 XML wire form).
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function byName(structure: JsonStructure, name: string) {
  const element = structure.elements.find((e) => e.name === name);
  if (!element) throw new Error(`no element ${name}`);
  return element;
}

function roundTrips(structure: JsonStructure): void {
  const again = inferLikeStudioPro(toRepresentativeSnippet(structure), {
    studioProVersion: structure.studioProVersion ?? 10,
  });
  const shape = (s: JsonStructure) =>
    s.elements.map((e) =>
      [e.path, e.kind, e.primitiveType, e.name, e.minOccurs, e.maxOccurs].join(' '),
    );
  expect(shape(again)).toEqual(shape(structure));
}

describe('golden AWS responses', () => {
  it('Polly DescribeVoices: _Id, the SupportedEngines array, its SupportedEngine wrapper and Value', () => {
    const structure = inferJsonStructure(
      [fixture('polly-describe-voices.json'), fixture('polly-describe-voices-engines.json')],
      {
        studioProVersion: 10,
        protocol: 'rest-json',
      },
    );
    expect(formatStructureTree(structure)).toMatchInlineSnapshot(`
      "Root  Object 1..1
        Voices  Array 0..1
          Voice  Object 0..*
            Gender  String 0..1 = "Female"
            _Id  String 0..1 = "Emma"
            LanguageCode  String 0..1 = "en-GB"
            LanguageName  String 0..1 = "British English"
            Name  String 0..1 = "Emma"
            SupportedEngines  Array 0..1  [Not in the first item: Studio Pro would miss it; Missing from some objects (optional)]
              SupportedEngine  Wrapper 0..*
                Value  String 1..1 = "neural"
            AdditionalLanguageCodes  Array 0..1  [Not in the first item: Studio Pro would miss it; Missing from some objects (optional)]
              AdditionalLanguageCode  Wrapper 0..*
                Value  String 1..1 = "en-IN"
        NextToken  Unknown 0..1  [nillable; Not in the first item: Studio Pro would miss it; Missing from some objects (optional)]

      Findings:
        warning later-item-keys (Object)|Voices|(Object)|SupportedEngines: SupportedEngines appears only after the first array item or in later samples; Studio Pro reads the first item only and would leave it out. Use the representative snippet.
        warning later-item-keys (Object)|Voices|(Object)|AdditionalLanguageCodes: AdditionalLanguageCodes appears only after the first array item or in later samples; Studio Pro reads the first item only and would leave it out. Use the representative snippet.
        warning later-item-keys (Object)|NextToken: NextToken appears only after the first array item or in later samples; Studio Pro reads the first item only and would leave it out. Use the representative snippet.
        warning unknown-type (Object)|NextToken: NextToken is null in every sample, so its type is Unknown; save a sample with a real value.
        info renamed-reserved (Object)|Voices|(Object)|Id: "Id" is a reserved word in Mendix, so Studio Pro names it _Id. The how-to keeps AWS naming where possible: consider VoiceId instead."
    `);
    expect(byName(structure, '_Id').path).toBe('(Object)|Voices|(Object)|Id');
    expect(byName(structure, 'SupportedEngines').kind).toBe('Array');
    expect(byName(structure, 'SupportedEngine')).toMatchObject({
      kind: 'Wrapper',
      minOccurs: 0,
      maxOccurs: -1,
    });
    expect(byName(structure, 'Voice')).toMatchObject({
      kind: 'Object',
      minOccurs: 0,
      maxOccurs: -1,
    });
    roundTrips(structure);
  });

  it('Lambda ListFunctions: VpcConfig only in the second function is a Studio Pro difference', () => {
    const structure = inferJsonStructure([fixture('lambda-list-functions.json')], {
      studioProVersion: 10,
      protocol: 'rest-json',
    });
    expect(formatStructureTree(structure)).toMatchInlineSnapshot(`
      "Root  Object 1..1
        Functions  Array 0..1
          Function  Object 0..*
            CodeSha256  String 0..1 = "dBG9m8SGdmlEjw/JYXlhhvCrAv5TxvXsbL/RMr0fT/I="
            CodeSize  Integer 0..1 = 294
            Description  String 0..1 = ""
            FunctionArn  String 0..1 = "arn:aws:lambda:us-west-2:123456789012:function:helloworld"
            FunctionName  String 0..1 = "helloworld"
            Handler  String 0..1 = "helloworld.handler"
            LastModified  DateTime 0..1 = "2019-09-23T18:32:33.857+0000"
            MemorySize  Integer 0..1 = 128
            RevisionId  String 0..1 = "1718e831-badf-4253-9518-d0644210af7b"
            Role  String 0..1 = "arn:aws:iam::123456789012:role/service-role/MyTestFunction-role-zgur6bf4"
            Runtime  String 0..1 = "nodejs10.x"
            Timeout  Integer 0..1 = 3
            TracingConfig  Object 0..1
              Mode  String 0..1 = "PassThrough"
            Version  String 0..1 = "$LATEST"
            VpcConfig  Object 0..1  [Not in the first item: Studio Pro would miss it; Missing from some objects (optional)]
              SecurityGroupIds  Array 0..1  [Always empty in the samples]
              SubnetIds  Array 0..1  [Always empty in the samples]
              VpcId  String 0..1 = ""
        NextMarker  String 0..1 = ""

      Findings:
        warning later-item-keys (Object)|Functions|(Object)|VpcConfig: VpcConfig appears only after the first array item or in later samples; Studio Pro reads the first item only and would leave it out. Use the representative snippet.
        warning empty-array (Object)|Functions|(Object)|VpcConfig|SecurityGroupIds: Every sample has this array empty, so nothing is known about its items; save a sample with at least one item.
        warning empty-array (Object)|Functions|(Object)|VpcConfig|SubnetIds: Every sample has this array empty, so nothing is known about its items; save a sample with at least one item."
    `);
    expect(
      structure.findings.filter((f) => f.kind === 'later-item-keys').map((f) => f.path),
    ).toEqual(['(Object)|Functions|(Object)|VpcConfig']);
    roundTrips(structure);
  });

  it('DynamoDB Query (JSON protocol)', () => {
    const structure = inferJsonStructure([fixture('dynamodb-query.json')], {
      studioProVersion: 10,
      protocol: 'json',
    });
    expect(formatStructureTree(structure)).toMatchInlineSnapshot(`
      "Root  Object 1..1
        ConsumedCapacity  Object 0..1
        Count  Integer 0..1 = 2
        Items  Array 0..1
          Item  Object 0..*
            SongTitle  Object 0..1
              S  String 0..1 = "Call Me Today"
        ScannedCount  Integer 0..1 = 2"
    `);
    roundTrips(structure);
  });

  it('EC2 DescribeInstances', () => {
    const structure = inferJsonStructure([fixture('ec2-describe-instances.json')], {
      studioProVersion: 10,
      protocol: 'ec2',
    });
    expect(formatStructureTree(structure)).toMatchInlineSnapshot(`
      "Root  Object 1..1
        Reservations  Array 0..1
          Reservation  Object 0..*
            Groups  Array 0..1  [Always empty in the samples]
            Instances  Array 0..1
              Instance  Object 0..*
                AmiLaunchIndex  Integer 0..1 = 0
                ImageId  String 0..1 = "ami-0abcdef1234567890"
                InstanceId  String 0..1 = "i-1234567890abcdef0"
                InstanceType  String 0..1 = "t2.micro"
                KeyName  String 0..1 = "MyKeyPair"
                LaunchTime  DateTime 0..1 = "2018-05-08T16:46:19.000Z"
                Monitoring  Object 0..1
                  State  String 0..1 = "disabled"
                Placement  Object 0..1
                  AvailabilityZone  String 0..1 = "us-east-1c"
                  GroupName  String 0..1 = ""
                  Tenancy  String 0..1 = "default"
                PrivateDnsName  String 0..1 = "ip-10-0-0-157.ec2.internal"
                PrivateIpAddress  String 0..1 = "10.0.0.157"
                ProductCodes  Array 0..1  [Always empty in the samples]
                PublicDnsName  String 0..1 = "ec2-34-253-223-13.compute-1.amazonaws.com"
                PublicIpAddress  String 0..1 = "34.253.223.13"
                State  Object 0..1
                  Code  Integer 0..1 = 16
                  Name  String 0..1 = "running"
                SubnetId  String 0..1 = "subnet-04a636d18e83cfacb"
                VpcId  String 0..1 = "vpc-1234567890abcdef0"
                Architecture  String 0..1 = "x86_64"
                BlockDeviceMappings  Array 0..1
                  BlockDeviceMapping  Object 0..*
                    DeviceName  String 0..1 = "/dev/xvda"
                    Ebs  Object 0..1
                      AttachTime  DateTime 0..1 = "2018-05-08T16:46:20.000Z"
                      DeleteOnTermination  Boolean 0..1 = true
                      Status  String 0..1 = "attached"
                      VolumeId  String 0..1 = "vol-1234567890abcdef0"
                EbsOptimized  Boolean 0..1 = false
                SecurityGroups  Array 0..1
                  SecurityGroup  Object 0..*
                    GroupName  String 0..1 = "my-sg"
                    GroupId  String 0..1 = "sg-1234567890abcdef0"
                Tags  Array 0..1
                  Tag  Object 0..*
                    Key  String 0..1 = "Name"
                    Value  String 0..1 = "my-instance"
                CpuOptions  Object 0..1
                  CoreCount  Integer 0..1 = 1
                  ThreadsPerCore  Integer 0..1 = 1
            OwnerId  String 0..1 = "123456789012"
            ReservationId  String 0..1 = "r-02a3f596d91211712"

      Findings:
        warning empty-array (Object)|Reservations|(Object)|Groups: Every sample has this array empty, so nothing is known about its items; save a sample with at least one item.
        warning empty-array (Object)|Reservations|(Object)|Instances|(Object)|ProductCodes: Every sample has this array empty, so nothing is known about its items; save a sample with at least one item."
    `);
    roundTrips(structure);
  });

  it('Rekognition DetectLabels: Confidence is Decimal', () => {
    const structure = inferJsonStructure([fixture('rekognition-detect-labels.json')], {
      studioProVersion: 9,
      protocol: 'json',
    });
    expect(formatStructureTree(structure)).toMatchInlineSnapshot(`
      "Root  Object 1..1
        Labels  Array 0..1
          JsonObject  Object 0..*
            Confidence  Decimal 0..1 = 99.25072479248047
            Name  String 0..1 = "People""
    `);
    expect(byName(structure, 'Confidence').primitiveType).toBe('Decimal');
    roundTrips(structure);
  });

  it('S3 ListObjectsV2 through the engine XML → JSON conversion', () => {
    const json = xmlToJson(fixture('s3-list-objects-v2.xml'));
    const structure = inferJsonStructure([json], { studioProVersion: 10, protocol: 'rest-xml' });
    expect(formatStructureTree(structure)).toMatchInlineSnapshot(`
      "Root  Object 1..1
        ListBucketResult  Object 0..1
          Name  String 0..1 = "DOC-EXAMPLE-BUCKET"
          Prefix  String 0..1 = ""
          NextContinuationToken  String 0..1 = "1w41l63U0xa8q7smH50vCxyTQqdxo69O3EmK28Bi5PcROI4wI/EyIJg=="
          KeyCount  String 0..1 = "2"
          MaxKeys  String 0..1 = "2"
          IsTruncated  String 0..1 = "true"
          Contents  Array 0..1
            Content  Object 0..*
              Key  String 0..1 = "happyface.jpg"
              LastModified  DateTime 0..1 = "2014-11-21T19:40:05.000Z"
              ETag  String 0..1 = "\\"70ee1738b6b21e2c8a43f3a5ab0eee71\\""
              Size  String 0..1 = "11"
              StorageClass  String 0..1 = "STANDARD"
          __xmlns  String 0..1 = "http://s3.amazonaws.com/doc/2006-03-01/"

      Findings:
        info renamed-invalid (Object)|ListBucketResult|@_xmlns: "@_xmlns" is not a valid Mendix name; Studio Pro names it __xmlns."
    `);
    roundTrips(structure);
  });
});
