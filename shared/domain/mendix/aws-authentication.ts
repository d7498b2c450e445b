/**
 * The parts of Mendix's AWS Authentication module (Marketplace component 120333) that a generated
 * connector uses: the one place plan steps, documentation, the bundle and the Model SDK script take
 * module, entity, member and action names from.
 *
 * Source: Mendix documentation, "AWS Authentication" (docs.mendix.com/appstore/modules/aws/aws-authentication/),
 * sections "Usage", "Implementing Signature Version 4 Headers" (Domain Model, GetSigV4Headers
 * Microflow Action), "Customizing HTTP Client Configuration" and "Validating Credentials", and
 * "Build an AWS Connector" (docs.mendix.com/appstore/modules/aws/build-aws-connector/).
 * `docs/rules/aws-authentication.md` lists each name with the section it comes from, and says which
 * names the public pages do not spell out.
 */
export const awsAuthentication = {
  module: 'AWSAuthentication',
  /** "Build an AWS Connector", Initiating the Project: version 3.0 or higher (AbstractRequest, BasicClientConfig). */
  minimumVersion: '3.0.0',
  entities: {
    /** Returned by GetStaticCredentials; the input of GetSigV4Headers. */
    credentials: 'AWSAuthentication.Credentials',
    /** Returned by GetTemporaryCredentials; a specialization of Credentials with the session token. */
    temporaryCredentials: 'AWSAuthentication.TemporaryCredentials',
    sigV4Builder: 'AWSAuthentication.SigV4Builder',
    sigV4Parameter: 'AWSAuthentication.SigV4Parameter',
    sigV4Headers: 'AWSAuthentication.SigV4Headers',
    abstractRequest: 'AWSAuthentication.AbstractRequest',
    basicClientConfig: 'AWSAuthentication.BasicClientConfig',
  },
  /** Attributes of `SigV4Builder` ("Domain Model" table). */
  sigV4Builder: {
    serviceName: 'ServiceName',
    httpMethod: 'HTTPMethod',
    uriPrefix: 'URIPrefix',
    region: 'Region',
    path: 'Path',
    requestBody: 'RequestBody',
    endpointUrl: 'EndpointURL',
    subDomain: 'SubDomain',
  },
  /**
   * Attributes of `SigV4Parameter`, the key-value pairs of the header and query lists. The public
   * page says only "key-value pairs"; `Key`/`Value` are the module's names as issue 12 read them.
   */
  sigV4Parameter: {
    key: 'Key',
    value: 'Value',
  },
  /**
   * Attributes of `SigV4Headers`, the result of GetSigV4Headers (names from the module's domain
   * model; the public page describes the entity without listing them). There is no token member.
   */
  sigV4Headers: {
    endpointUrl: 'EndpointUrl',
    authorization: 'Header_Authorization',
    host: 'Header_Host',
    xAmzDate: 'Header_X_Amz_Date',
    xAmzContentSha256: 'Header_X_Amz_Content_Sha256',
  },
  /** Attributes of `TemporaryCredentials` ("Using Credentials Generated Outside of Studio Pro"). */
  temporaryCredentials: {
    accessKeyId: 'AccessKeyId',
    token: 'Token',
    expiration: 'Expiration',
  },
  /** Attributes of `BasicClientConfig` ("Domain Model Entities" of the client configuration). */
  basicClientConfig: {
    timeoutInMs: 'APITimeOutInMs',
    endpointUrl: 'EndpointUrl',
  },
  /** The association every request entity inherits from `AbstractRequest` to its client configuration. */
  associations: {
    abstractRequestBasicClientConfig: 'AWSAuthentication.AbstractRequest_BasicClientConfig',
  },
  actions: {
    getStaticCredentials: 'AWSAuthentication.GetStaticCredentials',
    getTemporaryCredentials: 'AWSAuthentication.GetTemporaryCredentials',
    getSigV4Headers: 'AWSAuthentication.GetSigV4Headers',
    validateCredentials: 'AWSAuthentication.ValidateCredentials',
  },
  /** Toolbox captions as the documentation writes them ("Validating Credentials" calls it `Validate Credentials`). */
  actionCaptions: {
    getStaticCredentials: 'GetStaticCredentials',
    getTemporaryCredentials: 'GetTemporaryCredentials',
    getSigV4Headers: 'GetSigV4Headers',
    validateCredentials: 'Validate Credentials',
  },
  /** Parameters of the GetSigV4Headers action ("GetSigV4Headers Microflow Action"). */
  getSigV4HeadersParameters: {
    builder: 'SigV4Builder',
    credentials: 'Credentials',
    headers: 'SigV4HeaderParameterList',
    query: 'SigV4QueryParameterList',
  },
  /** The parameter of GetTemporaryCredentials ("Using the GetTemporaryCredentials Microflow in Studio Pro"). */
  getTemporaryCredentialsParameters: {
    region: 'AWSRegion',
  },
  enumerations: {
    region: 'AWSAuthentication.ENUM_Region',
    httpMethod: 'AWSAuthentication.ENUM_HTTPMethod',
  },
  /** Constants of static credentials ("Implementing Static Credentials"). */
  constants: {
    accessKey: 'AWSAuthentication.AccessKey',
    secretAccessKey: 'AWSAuthentication.SecretAccessKey',
  },
} as const;

/** Strips the module: `AWSAuthentication.GetSigV4Headers` → `GetSigV4Headers`. */
export function unqualified(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}
