// The web app's API types are generated from the OpenAPI document the server serves; this fails
// when web/src/types/api.generated.ts no longer matches it (a schema changed without regenerating).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES_PATH, generateWebApiTypes } from '../../scripts/generate-web-api-types.js';

describe('the web API types', () => {
  it('match the OpenAPI document the server serves', { timeout: 180_000 }, async () => {
    const expected = await generateWebApiTypes();
    const committed = readFileSync(GENERATED_TYPES_PATH, 'utf8');
    if (committed !== expected) {
      expect.fail("web/src/types/api.generated.ts differs from the server's OpenAPI document: run npm run gen:api-types and commit the result");
    }
  });
});
