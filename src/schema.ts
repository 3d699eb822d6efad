import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, MiddlewareFn } from 'type-graphql';
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
import { ConsolidationResolver, PreviousYearResolver } from './consolidation/consolidation.resolver';
import { TargetResolver } from './targets/target.resolver';
import { refuseUnstorableText } from './common/input-guard';

let built: GraphQLSchema | null = null;

/**
 * After each mutation, the request forgets what it had read: a later field or a second mutation in the same
 * operation sees the stored state, not the cache from before the write.
 */
const freshReadsAfterWrites: MiddlewareFn<HubContext> = async ({ info, context }, next) => {
  const result = await next();
  if (info.parentType.name === 'Mutation' && info.path.prev === undefined) {
    context.em.clear();
    context.loaders = new Loaders(context.em, context.loaders.day);
  }
  return result;
};

export function hubSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: [UnitResolver, UnitReorganisationResolver, AuthResolver, TemplateResolver, CampaignResolver, ProgressResolver, ReportResolver, WorkbookResolver, NotificationResolver, HolidayResolver, ExtensionResolver, ReportExtensionsResolver, ScheduleResolver, OutboxResolver, ConsolidationResolver, PreviousYearResolver, TargetResolver],
    validate: false,
    // Arguments are checked before anything reads or writes them; fresh reads wrap what then runs.
    globalMiddlewares: [refuseUnstorableText, freshReadsAfterWrites],
    // type-graphql wants a PubSub once a subscription exists. The schema is shared by every hub in a process,
    // so subscriptions read their events from their own hub's bus (services.notificationBus) instead.
    pubSub: createPubSub(),
  });
  return built;
}

/** The SDL kept in schema/schema.graphql; sorted so that it only changes when the API does. */
export function printHubSchema(): string {
  return printSchema(lexicographicSortSchema(hubSchema())) + '\n';
}
