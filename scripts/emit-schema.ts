import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printHubSchema } from '../src/schema';

const target = join(process.cwd(), 'schema', 'schema.graphql');
writeFileSync(target, printHubSchema());
console.log(`Schema written to schema/schema.graphql`);
