import { bearerAuth, errorResponses } from '../../schemas/common.js';

export const meSchema = {
  tags: ['profile'],
  summary: 'The signed-in user',
  security: bearerAuth,
  response: {
    200: {
      type: 'object',
      required: ['id', 'email', 'authProvider', 'explanationDepth', 'createdAt'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        email: { type: ['string', 'null'] },
        authProvider: { type: 'string', enum: ['local', 'clerk'] },
        explanationDepth: { type: 'string' },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    ...errorResponses,
  },
} as const;
