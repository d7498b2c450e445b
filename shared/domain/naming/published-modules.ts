/**
 * Module names of Mendix's platform-supported AWS connectors where they differ from the service's
 * full name in UpperCamelCase, by the AWS full name of the service. Source: the "Configuration"
 * section of each connector's page in mendix/docs (marketplace/platform-supported-content/modules/aws:
 * "you can find it in the App Explorer, in the **...** section"). Names that follow the rule
 * (AmazonPollyConnector, AWSLambdaConnector, AmazonDynamoDBConnector, AmazonTextractConnector,
 * AmazonRekognitionConnector, AmazonLocationServiceConnector, AWSIoTSiteWiseConnector) need no entry.
 */
export const publishedModuleNames: Readonly<Record<string, string>> = {
  'Amazon Simple Storage Service': 'AmazonS3Connector',
  'Amazon Simple Queue Service': 'AmazonSQSConnector',
  'Amazon Simple Notification Service': 'AmazonSNSConnector',
  'Amazon Bedrock Runtime': 'AmazonBedrockConnector',
  'AWS IoT TwinMaker': 'AWSTwinMakerConnector',
};
