import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AuthResolver } from './auth/auth.resolver';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { ReportResolver } from './reports/report.resolver';
import { TemplateResolver } from './templates/template.resolver';
import { UnitResolver } from './units/unit.resolver';

let built: GraphQLSchema | null = null;

export function hubSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: [UnitResolver, AuthResolver, TemplateResolver, CampaignResolver, ReportResolver],
    validate: false,
  });
  return built;
}

/** The SDL kept in schema/schema.graphql; sorted so that it only changes when the API does. */
export function printHubSchema(): string {
  return printSchema(lexicographicSortSchema(hubSchema())) + '\n';
}
