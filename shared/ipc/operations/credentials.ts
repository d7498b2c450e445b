import { z } from 'zod';
import { defineOperation } from '../define';

export const credentialSourceSchema = z.enum(['static', 'environment', 'profile', 'default-chain']);

/** What the renderer may know about a credential: never a secret key or a session token. */
export const credentialDescriptionSchema = z.object({
  id: z.string(),
  source: credentialSourceSchema,
  label: z.string(),
  profile: z.string().optional(),
  /** `AKIA…WXYZ`: first four and last four characters of the access key id. */
  maskedKeyId: z.string().optional(),
  expiresAt: z.string().optional(),
  /** Profile details worth showing: role_arn, sso, credential_process, mfa. */
  kind: z.string().optional(),
  storage: z.enum(['keychain', 'memory', 'aws-files', 'environment']),
});
export type CredentialDescription = z.infer<typeof credentialDescriptionSchema>;

export const credentialTestResultSchema = z.object({
  ok: z.boolean(),
  account: z.string().optional(),
  arn: z.string().optional(),
  message: z.string().optional(),
  credential: credentialDescriptionSchema.optional(),
});

export const credentialsOperations = {
  'credentials.list': defineOperation(
    z.object({}),
    z.array(credentialDescriptionSchema),
    'Static keys, environment, AWS profiles and the default chain, described without secrets.',
  ),
  'credentials.add': defineOperation(
    z.object({
      label: z.string().min(1).max(100),
      accessKeyId: z
        .string()
        .regex(/^[A-Z0-9]{16,128}$/, 'an access key id is 16 to 128 upper-case letters and digits'),
      secretAccessKey: z.string().min(1).max(1024),
      sessionToken: z.string().max(8192).optional(),
      /** The collection folder this key is stored for: its secret variables may then be filled from it. */
      collection: z.string().min(1).max(4096).optional(),
    }),
    credentialDescriptionSchema,
    'Stores a static key (keychain on the desktop, memory in browser mode).',
  ),
  'credentials.bind': defineOperation(
    z.object({ id: z.string().startsWith('static:'), collection: z.string().min(1).max(4096) }),
    z.object({ bound: z.literal(true) }),
    "Lets a collection's secret variables be filled from this stored key.",
  ),
  'credentials.remove': defineOperation(
    z.object({ id: z.string() }),
    z.object({ removed: z.boolean() }),
    'Forgets a stored static key.',
  ),
  'credentials.test': defineOperation(
    z.object({
      id: z.string(),
      region: z.string().default('us-east-1'),
      endpoint: z.string().url().optional(),
    }),
    credentialTestResultSchema,
    'Resolves the credential and calls STS GetCallerIdentity with it.',
  ),
};
