import { CompiledTemplate } from '../templates/template.engine';
import { TemplateDefinition } from '../templates/template.definition';
import { Campaign, LatePolicy } from './campaign.entity';

/** What every workflow step and every shown report needs of its campaign and form: plain, unchanging data. */
export interface CampaignFacts {
  readonly id: number;
  readonly name: string;
  readonly documentNumber: string | null;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly latePolicy: LatePolicy;
  readonly graceHours: number;
  /** The path of the round's top unit ("/" for a national round); a unit's path never changes. */
  readonly rootUnitPath: string;
  /** The first level of the chain (the communes', say): its reports never have reports below them. */
  readonly lowestLevel: string | null;
  readonly template: {
    readonly id: number;
    readonly code: string;
    readonly version: number;
    readonly name: string;
    readonly definition: TemplateDefinition;
    readonly compiled: CompiledTemplate;
  };
}

export function campaignFactsOf(campaign: Campaign): CampaignFacts {
  const t = campaign.template;
  return Object.freeze({
    id: campaign.id,
    name: campaign.name,
    documentNumber: campaign.documentNumber ?? null,
    periodStart: campaign.periodStart,
    periodEnd: campaign.periodEnd,
    latePolicy: campaign.latePolicy,
    graceHours: campaign.graceHours,
    rootUnitPath: campaign.rootUnit?.path ?? '/',
    lowestLevel: [...campaign.levels.getItems()].sort((a, b) => a.rank - b.rank)[0]?.level ?? null,
    template: Object.freeze({ id: t.id, code: t.code, version: t.version, name: t.name, definition: t.definition, compiled: t.compiled }),
  });
}

/** How many campaigns one hub keeps; the oldest read is dropped first. */
const KEPT = 200;

/**
 * The facts of the campaigns one hub has read, kept across requests. A campaign is never edited once opened, and
 * the form version it uses can no longer be changed (TemplateService.update refuses a form in use), so what is
 * kept cannot go stale, on this instance or because of another. Plain frozen data, never an entity: nothing of one
 * request's EntityManager reaches another request.
 */
export class CampaignFactsCache {
  private readonly kept = new Map<number, CampaignFacts>();

  get(id: number): CampaignFacts | undefined {
    return this.kept.get(id);
  }

  /**
   * Campaigns found to have no round of the same form a year earlier, each with how many campaigns there were
   * then: still true while that number is the same (campaigns are only ever added), whichever instance asks.
   */
  private readonly noEarlierRound = new Map<number, number>();

  hasNoEarlierRound(campaignId: number, campaignsSeen: number): boolean {
    return this.noEarlierRound.get(campaignId) === campaignsSeen;
  }

  keepNoEarlierRound(campaignId: number, campaignsSeen: number): void {
    if (!this.noEarlierRound.has(campaignId) && this.noEarlierRound.size >= KEPT) this.noEarlierRound.delete(this.noEarlierRound.keys().next().value!);
    this.noEarlierRound.set(campaignId, campaignsSeen);
  }

  keep(facts: CampaignFacts): void {
    if (!this.kept.has(facts.id) && this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(facts.id, facts);
  }
}
