import type { Dataset } from '@closedloop/core';

/**
 * What a Pipedrive company can hold of a dataset, for comparing a round trip through the
 * fake: stages are all open (won/lost is the deal's status, guide §4.4), a deal links one
 * person (`person_id`), a deal without an amount has value 0, and one without a currency the company's (USD here), and
 * organizations have no parents in the v2 API. Campaigns, memberships, touchpoints, goals
 * and person/account history have no place in Pipedrive and are not served at all.
 */
export function pipedriveRepresentable(dataset: Dataset): Dataset {
  return {
    ...dataset,
    pipelines: dataset.pipelines.map((pipeline) => ({
      ...pipeline,
      stages: pipeline.stages.filter(
        (stage) => stage.category !== 'won' && stage.category !== 'lost',
      ),
    })),
    deals: dataset.deals.map((deal) => {
      const contact = deal.contacts.find((candidate) => candidate.primary) ?? deal.contacts[0];
      return {
        ...deal,
        contacts: contact ? [{ ...contact, primary: true }] : [],
        amount: { amount: deal.amount?.amount ?? '0', currency: deal.amount?.currency ?? 'USD' },
      };
    }),
    accounts: dataset.accounts.map((account) => ({ ...account, parentAccountId: null })),
  };
}
