export { signRequest } from './sign-request';
export { presignRequest, presignUrl } from './presign-url';
export {
  redactCredentials,
  redactHeaders,
  SECRET_KEY_PLACEHOLDER,
  SESSION_TOKEN_PLACEHOLDER,
} from './redact';
export { hostHeaderValue } from './prepare';
export { encodeStrict, encodeS3Path } from './uri-encoding';
export type {
  PresignedRequest,
  PresignOptions,
  SignedRequest,
  SigningCredentials,
  SigningOptions,
  WireRequest,
} from './types';
