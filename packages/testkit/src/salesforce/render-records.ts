import type { Dataset } from '@closedloop/core';
import type { RenderTools } from './render-related';
import { sfDate, sfNumber } from './salesforce-format';
import type { SalesforceRow } from './soql-eval';

/**
 * The org's one stage picklist: the stages of every pipeline, first by name wins (Salesforce
 * keeps one `OpportunityStage` list; sales processes only choose subsets). Stage ids of the
 * dataset map to the picklist value (`ApiName`) in `names`.
 */
export function renderStages(
  pipelines: Dataset['pipelines'],
  tools: RenderTools,
  names: Map<string, string>,
): SalesforceRow[] {
  const rows = new Map<string, SalesforceRow>();
  for (const pipeline of pipelines) {
    for (const stage of pipeline.stages) {
      names.set(stage.id, stage.name);
      if (rows.has(stage.name)) continue;
      rows.set(stage.name, {
        Id: tools.mint('OpportunityStage'),
        ApiName: stage.name,
        MasterLabel: stage.name,
        IsActive: !stage.archived,
        IsClosed: stage.category === 'won' || stage.category === 'lost',
        IsWon: stage.category === 'won',
        DefaultProbability: stage.probability === null ? null : Math.round(stage.probability * 100),
        ForecastCategoryName:
          stage.category === 'won' ? 'Closed' : stage.category === 'lost' ? 'Omitted' : 'Pipeline',
        SortOrder: rows.size + 1,
        CreatedDate: pipeline.createdAt ?? tools.now,
        SystemModstamp: pipeline.createdAt ?? tools.now,
      });
    }
  }
  return [...rows.values()];
}

/** A person as a Lead or a Contact row. */
export function renderPerson(
  person: Dataset['people'][number],
  id: string,
  tools: RenderTools,
): { object: 'Lead' | 'Contact'; row: SalesforceRow } {
  const email = (person.emails.find((entry) => entry.primary) ?? person.emails[0])?.value ?? null;
  const channel = person.attribution.original?.channel;
  const common = {
    Id: id,
    FirstName: person.firstName,
    LastName: person.lastName ?? '[not provided]',
    Name: [person.firstName, person.lastName].filter(Boolean).join(' '),
    Email: email,
    Title: person.title,
    OwnerId: tools.id('users', person.ownerId),
    LeadSource: channel ? tools.leadSource(channel) : null,
    [tools.lifecycleField]: person.lifecycleStage,
    CreatedDate: person.createdAt ?? tools.now,
    LastModifiedDate: person.updatedAt ?? person.createdAt ?? tools.now,
    SystemModstamp: person.updatedAt ?? person.createdAt ?? tools.now,
    IsDeleted: false,
  };
  if (person.kind === 'contact')
    return {
      object: 'Contact',
      row: { ...common, AccountId: tools.id('accounts', person.accountId) },
    };
  const conversion = person.conversion;
  return {
    object: 'Lead',
    row: {
      ...common,
      Company: person.companyName ?? '[not provided]',
      Status: person.leadStatus ?? 'Open - Not Contacted',
      Rating: null,
      Industry: null,
      IsConverted: conversion !== null,
      ConvertedDate: conversion ? sfDate(conversion.convertedAt) : null,
      ConvertedAccountId: tools.id('accounts', conversion?.accountId),
      ConvertedContactId: tools.id('people', conversion?.contactId),
      ConvertedOpportunityId: tools.id('deals', conversion?.dealId),
    },
  };
}

/** A deal as an Opportunity row; `LastStageChangeDate` carries the close instant. */
export function renderDeal(
  deal: Dataset['deals'][number],
  id: string,
  tools: RenderTools,
): SalesforceRow {
  const closed = deal.status !== 'open';
  return {
    Id: id,
    Name: deal.name ?? id,
    AccountId: tools.id('accounts', deal.accountId),
    OwnerId: tools.id('users', deal.ownerId),
    StageName: tools.stageName(deal.stageId) ?? deal.rawStage,
    Amount: sfNumber(deal.amount?.amount),
    CurrencyIsoCode: deal.amount?.currency ?? null,
    CloseDate: sfDate(deal.closeDate),
    IsClosed: closed,
    IsWon: deal.status === 'won',
    Probability: deal.status === 'won' ? 100 : deal.status === 'lost' ? 0 : null,
    ForecastCategoryName: closed ? (deal.status === 'won' ? 'Closed' : 'Omitted') : 'Pipeline',
    LeadSource: deal.originalSource ? tools.leadSource(deal.originalSource.channel) : null,
    CampaignId: tools.id('campaigns', deal.primaryCampaignId),
    LastStageChangeDate: closed ? deal.closedAt : null,
    Type: null,
    CreatedDate: deal.createdAt ?? tools.now,
    LastModifiedDate: deal.updatedAt ?? deal.createdAt ?? tools.now,
    SystemModstamp: deal.updatedAt ?? deal.createdAt ?? tools.now,
    IsDeleted: false,
  };
}
