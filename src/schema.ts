import { defaultFieldResolver, GraphQLFieldResolver, GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { HubContext } from './context';
import { Loaders } from './loaders';
import { AuthResolver } from './auth/auth.resolver';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { ProgressResolver } from './progress/progress.resolver';
import { ReportResolver } from './reports/report.resolver';
import { WorkbookResolver } from './excel/workbook.resolver';
import { TemplateResolver } from './templates/template.resolver';
import { UnitResolver } from './units/unit.resolver';
import { UnitReorganisationResolver } from './units/unit-reorganisation.resolver';
import { HolidayResolver } from './deadlines/holiday.resolver';
import { NotificationResolver } from './notifications/notification.resolver';
import { OutboxResolver } from './outbox/outbox.resolver';
import { createPubSub } from '@graphql-yoga/subscription';
import { ExtensionResolver, ReportExtensionsResolver } from './extensions/extension.resolver';
import { ScheduleResolver } from './campaigns/schedule.resolver';
import { ConsolidatedChildResolver, ConsolidatedReportResolver, ConsolidationResolver, PreviousYearResolver } from './consolidation/consolidation.resolver';
import { TargetResolver } from './targets/target.resolver';
import { refuseUnstorableText } from './common/input-guard';

let built: GraphQLSchema | null = null;

/**
 * Two rules wrapped around the resolvers once the schema is built, only where they apply, so that the hundreds
 * of plain fields of an answer keep graphql-js's direct property read (a global middleware would put each of them
 * through an asynchronous call):
 * - every field that takes arguments refuses text that cannot be stored before it runs (refuseUnstorableText);
 * - after each mutation, the request forgets what it had read: a later field or a second mutation in the same
 *   operation sees the stored state, not the cache from before the write.
 */
function guardResolvers(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, HubContext> = field.resolve ?? defaultFieldResolver;
      const checksArgs = field.args.length > 0;
      if (type === mutation) {
        field.resolve = async (source, args, context, info) => {
          if (checksArgs) refuseUnstorableText(args);
          const result = await resolve(source, args, context, info);
          context.em.clear();
          // Fresh loaders for what follows; the campaigns counted at the start no longer vouch (this mutation may have added one).
          context.loaders = new Loaders(context.em, context.loaders.day, context.loaders.facts);
          return result;
        };
      } else if (checksArgs) {
        field.resolve = (source, args, context, info) => {
          refuseUnstorableText(args);
          return resolve(source, args, context, info);
        };
      }
    }
  }
  return schema;
}

export function hubSchema(): GraphQLSchema {
  built ??= guardResolvers(
    buildSchemaSync({
      resolvers: [UnitResolver, UnitReorganisationResolver, AuthResolver, TemplateResolver, CampaignResolver, ProgressResolver, ReportResolver, WorkbookResolver, NotificationResolver, HolidayResolver, ExtensionResolver, ReportExtensionsResolver, ScheduleResolver, OutboxResolver, ConsolidationResolver, ConsolidatedReportResolver, ConsolidatedChildResolver, PreviousYearResolver, TargetResolver],
      validate: false,
      // type-graphql wants a PubSub once a subscription exists. The schema is shared by every hub in a process,
      // so subscriptions read their events from their own hub's bus (services.notificationBus) instead.
      pubSub: createPubSub(),
    }),
  );
  return built;
}

/** The SDL kept in schema/schema.graphql; sorted so that it only changes when the API does. */
export function printHubSchema(): string {
  return printSchema(lexicographicSortSchema(hubSchema())) + '\n';
}
