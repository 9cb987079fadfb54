// The auth API contract: request and response schemas.
import { errorResponses } from '../../schemas/common.js';

const user = {
  type: 'object',
  required: ['id', 'email', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    email: { type: ['string', 'null'] },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const credentials = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: {
    email: { type: 'string', format: 'email', maxLength: 254 },
    password: { type: 'string', minLength: 8, maxLength: 256 },
  },
} as const;

const session = {
  type: 'object',
  required: ['user', 'accessToken', 'refreshToken'],
  properties: { user, accessToken: { type: 'string' }, refreshToken: { type: 'string' } },
} as const;

const refreshBody = {
  type: 'object',
  required: ['refreshToken'],
  additionalProperties: false,
  properties: { refreshToken: { type: 'string', minLength: 1, maxLength: 512 } },
} as const;

export const registerSchema = {
  tags: ['auth'],
  summary: 'Create a local account (a few per client address an hour; common passwords are refused with 400 WEAK_PASSWORD)',
  body: credentials,
  response: { 201: session, 409: { $ref: 'ErrorBody#' }, ...errorResponses },
} as const;

export const loginSchema = {
  tags: ['auth'],
  summary: 'Sign in; repeated failures from one address slow that address down (429 LOGIN_THROTTLED with Retry-After)',
  body: { ...credentials, properties: { ...credentials.properties, password: { type: 'string', minLength: 1, maxLength: 256 } } },
  response: { 200: session, ...errorResponses },
} as const;

export const refreshSchema = {
  tags: ['auth'],
  summary: 'Trade a refresh token for new tokens (the old one stops working)',
  body: refreshBody,
  response: {
    200: {
      type: 'object',
      required: ['accessToken', 'refreshToken'],
      properties: { accessToken: { type: 'string' }, refreshToken: { type: 'string' } },
    },
    ...errorResponses,
  },
} as const;

export const logoutSchema = {
  tags: ['auth'],
  summary: 'Revoke a refresh token and its family; the access tokens issued so far stop working at once',
  body: refreshBody,
  response: { 204: { type: 'null' }, ...errorResponses },
} as const;

export interface Credentials {
  email: string;
  password: string;
}
export interface RefreshBody {
  refreshToken: string;
}
