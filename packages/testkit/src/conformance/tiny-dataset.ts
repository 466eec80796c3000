import { type Dataset, type DatasetInput, parseDataset } from '@closedloop/core';

const source = (objectType: string, remoteId: string) => ({
  provider: 'manual' as const,
  objectType,
  remoteId,
});
const at = (day: number, hour = 9) =>
  `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
const base = (id: string, objectType: string, day: number) => ({
  id,
  source: source(objectType, id),
  createdAt: at(day),
  updatedAt: at(day, 17),
});

const people = [
  ['p1', 'Ada', 'Lovelace', 'ada@analytical.example', 'a1', 'customer', 'Qualified', 'paid_search'],
  ['p2', 'Grace', 'Hopper', 'grace@cobol.example', 'a1', 'sql', 'Connected', 'organic_search'],
  ['p3', 'Alan', 'Turing', 'alan@bletchley.example', 'a2', 'mql', 'New', 'email'],
  [
    'p4',
    'Katherine',
    'Johnson',
    'katherine@nasa.example',
    'a2',
    'opportunity',
    'Connected',
    'referral',
  ],
  ['p5', 'Edsger', 'Dijkstra', 'edsger@eindhoven.example', 'a3', 'lead', null, 'organic_social'],
  ['p6', 'Barbara', 'Liskov', 'barbara@mit.example', 'a3', 'sal', 'Attempting', 'paid_social'],
  ['p7', 'Donald', 'Knuth', 'don@stanford.example', null, 'subscriber', null, 'direct'],
] as const;

const input: Partial<DatasetInput> = {
  users: [
    { ...base('u1', 'user', 1), email: 'ann@seller.example', name: 'Ann Seller', team: 'sales' },
    { ...base('u2', 'user', 1), email: 'sam@sdr.example', name: 'Sam Dev', team: 'sdr' },
    { ...base('u3', 'user', 1), email: null, name: 'Inbound queue', kind: 'queue' },
  ],
  accounts: [
    {
      ...base('a1', 'account', 2),
      name: 'Analytical Engines',
      domain: 'analytical.example',
      industry: 'Computing',
      employeeCount: 40,
      ownerId: 'u1',
    },
    {
      ...base('a2', 'account', 2),
      name: 'Bletchley Park',
      domain: 'bletchley.example',
      industry: 'Government',
      employeeCount: 900,
      ownerId: 'u1',
    },
    {
      ...base('a3', 'account', 3),
      name: 'Eindhoven Labs',
      domain: 'eindhoven.example',
      ownerId: 'u2',
    },
  ],
  people: people.map(
    ([id, firstName, lastName, email, accountId, stage, leadStatus, channel], index) => ({
      ...base(id, 'contact', 4 + index),
      kind: 'contact' as const,
      emails: [{ value: email, primary: true }],
      firstName,
      lastName,
      title: index % 2 === 0 ? 'Head of Data' : null,
      accountId,
      ownerId: index < 4 ? 'u2' : null,
      lifecycleStage: stage,
      leadStatus,
      stageDates: { [stage]: at(10 + index) },
      attribution: { original: { channel, at: at(4 + index, 8) }, latest: null },
    }),
  ),
  pipelines: [
    {
      ...base('pl1', 'pipeline', 1),
      name: 'Sales pipeline',
      stages: [
        { id: 'discovery', name: 'Discovery', order: 0, probability: 0.2, category: 'open' },
        { id: 'proposal', name: 'Proposal', order: 1, probability: 0.6, category: 'open' },
        { id: 'won', name: 'Closed won', order: 2, probability: 1, category: 'won' },
        { id: 'lost', name: 'Closed lost', order: 3, probability: 0, category: 'lost' },
      ],
    },
  ],
  deals: [
    {
      ...base('d1', 'deal', 12),
      name: 'Engines renewal',
      amount: { amount: '48000.00', currency: 'USD' },
      status: 'won',
      closeDate: '2026-03-20',
      closedAt: '2026-03-20T15:00:00Z',
      pipelineId: 'pl1',
      stageId: 'won',
      ownerId: 'u1',
      accountId: 'a1',
      contacts: [
        { personId: 'p1', role: 'Decision Maker', primary: true },
        { personId: 'p2', role: 'Champion' },
      ],
    },
    {
      ...base('d2', 'deal', 14),
      name: 'Bletchley pilot',
      amount: { amount: '12500.50', currency: 'GBP' },
      status: 'open',
      closeDate: '2026-05-01',
      pipelineId: 'pl1',
      stageId: 'proposal',
      ownerId: 'u1',
      accountId: 'a2',
      contacts: [{ personId: 'p4', role: 'Economic Buyer', primary: true }],
    },
    {
      ...base('d3', 'deal', 15),
      name: 'Eindhoven expansion',
      amount: { amount: '9000', currency: 'EUR' },
      status: 'lost',
      closeDate: '2026-03-25',
      closedAt: '2026-03-25T11:00:00Z',
      lostReason: 'No budget',
      pipelineId: 'pl1',
      stageId: 'lost',
      ownerId: 'u1',
      accountId: 'a3',
    },
    {
      ...base('d4', 'deal', 16),
      name: 'Second engine',
      amount: null,
      status: 'open',
      pipelineId: 'pl1',
      stageId: 'discovery',
      ownerId: 'u1',
      accountId: 'a1',
    },
  ],
  campaigns: [
    {
      ...base('c1', 'campaign', 1),
      name: 'Spring webinar',
      channel: 'webinar',
      type: 'Webinar',
      status: 'active',
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      budget: { amount: '5000', currency: 'USD' },
    },
    { ...base('c2', 'campaign', 1), name: 'Nurture emails', channel: 'email', status: 'active' },
  ],
  touchpoints: [
    {
      ...base('t1', 'touchpoint', 4),
      type: 'form_submission',
      occurredAt: '2026-03-04T08:30:00Z',
      personId: 'p1',
      formId: 'demo-request',
      title: 'Request a demo',
      url: 'https://brightwave.example/demo',
    },
    {
      ...base('t2', 'touchpoint', 5),
      type: 'form_submission',
      occurredAt: '2026-03-05T10:00:00-05:00',
      personId: 'p2',
      formId: 'demo-request',
      title: 'Request a demo',
    },
    {
      ...base('t3', 'touchpoint', 6),
      type: 'form_submission',
      occurredAt: '2026-03-06T12:15:00Z',
      personId: 'p3',
      formId: 'ebook',
      title: 'Data ebook',
    },
    {
      ...base('t4', 'touchpoint', 6),
      type: 'email_open',
      occurredAt: '2026-03-06T14:00:00Z',
      personId: 'p3',
      campaignId: 'c2',
      channel: 'email',
    },
    {
      ...base('t5', 'touchpoint', 7),
      type: 'email_click',
      occurredAt: '2026-03-07T14:05:00Z',
      personId: 'p4',
      campaignId: 'c2',
      channel: 'email',
      url: 'https://brightwave.example/blog',
    },
    {
      ...base('t6', 'touchpoint', 7),
      type: 'email_delivered',
      occurredAt: '2026-03-07T13:59:00Z',
      personId: 'p5',
      channel: 'email',
    },
    {
      ...base('t7', 'touchpoint', 8),
      type: 'page_view',
      occurredAt: '2026-03-08T09:00:00Z',
      personId: 'p6',
      url: 'https://brightwave.example/pricing',
    },
  ],
  changes: [
    {
      id: 'ch1',
      entity: 'person',
      entityId: 'p1',
      field: 'lifecycleStage',
      from: null,
      to: 'lead',
      at: '2026-03-04T08:31:00Z',
      changeSource: 'FORM',
    },
    {
      id: 'ch2',
      entity: 'person',
      entityId: 'p1',
      field: 'lifecycleStage',
      from: 'lead',
      to: 'mql',
      at: '2026-03-05T09:00:00Z',
      changeSource: 'AUTOMATION_PLATFORM',
    },
    {
      id: 'ch3',
      entity: 'person',
      entityId: 'p1',
      field: 'lifecycleStage',
      from: 'mql',
      to: 'customer',
      at: '2026-03-20T15:00:00Z',
      actorUserId: 'u1',
    },
    {
      id: 'ch4',
      entity: 'person',
      entityId: 'p3',
      field: 'leadStatus',
      from: null,
      to: 'New',
      at: '2026-03-06T12:16:00Z',
    },
    {
      id: 'ch5',
      entity: 'deal',
      entityId: 'd1',
      field: 'dealStage',
      from: null,
      to: 'discovery',
      at: '2026-03-12T09:00:00Z',
    },
    {
      id: 'ch6',
      entity: 'deal',
      entityId: 'd1',
      field: 'dealStage',
      from: 'discovery',
      to: 'won',
      at: '2026-03-20T15:00:00Z',
      actorUserId: 'u1',
    },
  ],
};

/**
 * A small, hand-built B2B dataset (3 users incl. a queue, 3 accounts, 7 people across the
 * lifecycle, 1 pipeline, 4 deals won/lost/open incl. a null amount, 2 campaigns, form and
 * e-mail touchpoints in several time zones, lifecycle, lead-status and deal-stage history):
 * enough to cover paging with small page sizes, fast enough for every fault scenario.
 * @throws {Error} if the data model rejects any of it (a bug in this file).
 */
export function tinyCrmDataset(): Dataset {
  const { dataset, rejected } = parseDataset(input);
  if (rejected.length > 0)
    throw new Error(`tinyCrmDataset: ${rejected.map((record) => record.reason).join('; ')}`);
  return dataset;
}
