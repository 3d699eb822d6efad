import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { parse as parseYaml } from 'yaml';
import { printHubSchema } from '../src/schema';

const root = join(__dirname, '..');

/**
 * schema/schema.graphql is what clients build against, and test/generated/graphql.ts is what the tests call
 * the API with. Both must be exactly what the code produces now.
 */
describe('API contract files', () => {
  it('schema/schema.graphql is the schema the server serves (run `npm run schema`)', () => {
    expect(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8')).toBe(printHubSchema());
  });

  it('the typed operations are generated from the current schema and operations (run `npm run codegen`)', async () => {
    const config = parseYaml(readFileSync(join(root, 'codegen.yml'), 'utf8'));
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect([output.filename, readFileSync(join(root, output.filename), 'utf8')]).toEqual([output.filename, output.content]);
    }
  });
});
