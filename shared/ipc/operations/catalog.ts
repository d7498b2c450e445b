import { z } from 'zod';
import { defineOperation } from '../define';

export const protocolSchema = z.enum(['json', 'rest-json', 'rest-xml', 'query', 'ec2']);
export type Protocol = z.infer<typeof protocolSchema>;

export const serviceSummarySchema = z.object({
  id: z.string(),
  fullName: z.string(),
  serviceId: z.string(),
  apiVersion: z.string(),
  endpointPrefix: z.string(),
  signingName: z.string(),
  protocol: protocolSchema,
  jsonVersion: z.string().optional(),
  targetPrefix: z.string().optional(),
  globalEndpoint: z.string().optional(),
  signatureVersion: z.string().optional(),
  awsQueryCompatible: z.boolean().optional(),
  operationCount: z.number().int(),
});
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

export const operationSummarySchema = z.object({
  name: z.string(),
  method: z.string(),
  uri: z.string(),
  hostPrefix: z.string().optional(),
  authType: z.string().optional(),
  deprecated: z.boolean().optional(),
  body: z.enum(['structured', 'blob']).optional(),
  requiredQuery: z.array(z.string()).optional(),
  requiredHeaders: z.array(z.string()).optional(),
});
export type OperationSummary = z.infer<typeof operationSummarySchema>;

export const regionSchema = z.object({
  id: z.string(),
  name: z.string(),
  partition: z.string(),
  dnsSuffix: z.string(),
});
export type RegionInfo = z.infer<typeof regionSchema>;

/** What choosing an operation fills in on the request form. */
export const operationTemplateSchema = z.object({
  method: z.string(),
  path: z.string(),
  query: z.array(z.tuple([z.string(), z.string().nullable()])),
  headers: z.array(z.tuple([z.string(), z.string()])),
  body: z.string().optional(),
  labels: z.array(z.string()),
  hostPrefix: z.string().optional(),
});

export const catalogOperations = {
  'catalog.services': defineOperation(
    z.object({ search: z.string().optional() }),
    z.object({
      sdkVersion: z.string(),
      frozenNote: z.string(),
      services: z.array(serviceSummarySchema),
    }),
    'AWS services from the catalog frozen at the aws-sdk v2 models.',
  ),
  'catalog.operations': defineOperation(
    z.object({ service: z.string(), search: z.string().optional() }),
    z.array(operationSummarySchema),
    'The operations of one service.',
  ),
  'catalog.template': defineOperation(
    z.object({ service: z.string(), operation: z.string() }),
    operationTemplateSchema,
    'Method, path template, target header, content type and body skeleton for an operation.',
  ),
  'catalog.regions': defineOperation(
    z.object({}),
    z.array(regionSchema),
    'Regions with partitions and display names.',
  ),
};
