import { describe, expect, it } from 'vitest';
import { Campaign, Touchpoint } from '../../model/marketing';
import { User } from '../../model/people';
import events from './__fixtures__/built-email-events.json';
import owners from './__fixtures__/built-owners.json';
import submission from './__fixtures__/built-submission.json';
import { mapHubSpotCampaign } from './map-hubspot-campaign';
import { mapHubSpotOwner } from './map-hubspot-owner';
import { mapHubSpotEmailEvent, mapHubSpotSubmission } from './map-hubspot-touchpoints';
import { testMappingContext } from './mapping-test-context';

const person = (email: string) =>
  email.toLowerCase() === 'bh@hubspot.com' ? 'hubspot:contacts:151' : null;

describe('owners, campaigns and touchpoints', () => {
  it('maps owners as users: people and queues, userId kept aside', () => {
    const [owner, queue] = owners.results.map((entry) =>
      mapHubSpotOwner(entry as never, testMappingContext()),
    );
    expect(owner).toMatchObject({
      id: 'hubspot:owners:41629779',
      name: 'HubSpot Test Owner',
      email: 'email@hubspot.com',
      kind: 'person',
      active: true,
      custom: { userId: 9586504 },
    });
    expect(queue).toMatchObject({ kind: 'queue', email: null });
    expect(User.safeParse(owner).success).toBe(true);
  });

  it('maps a campaign with dates and money', () => {
    const campaign = mapHubSpotCampaign(
      {
        id: 'e5a9c0b7-24b4-4a9b-9f8d-1c2b3a4d5e6f',
        properties: {
          hs_name: 'Spring webinar',
          hs_start_date: '2026-03-01',
          hs_end_date: null,
          hs_budget_items_sum_amount: '5000',
          hs_currency_code: 'USD',
        },
      },
      testMappingContext(),
    );
    expect(campaign).toMatchObject({
      name: 'Spring webinar',
      startDate: '2026-03-01',
      endDate: null,
      budget: { amount: '5000', currency: 'USD' },
      actualCost: null,
    });
    expect(Campaign.safeParse(campaign).success).toBe(true);
  });

  it('maps a form submission, finding the person by the submitted e-mail', () => {
    const touchpoint = mapHubSpotSubmission(
      submission,
      { id: 'form-1', name: 'Demo request' },
      person,
      testMappingContext(),
    );
    expect(touchpoint).toMatchObject({
      id: 'hubspot:form_submissions:5e3c5f4b-6f16-4a0c-9b9b-7b1f2d3e4c5a',
      type: 'form_submission',
      occurredAt: '2024-02-13T09:59:55.000Z',
      personId: 'hubspot:contacts:151',
      formId: 'form-1',
      title: 'Demo request',
      url: 'https://www.example.com/demo',
    });
    expect(Touchpoint.safeParse(touchpoint).success).toBe(true);
  });

  it('maps e-mail events that are touches and skips delivery plumbing', () => {
    const [click, processed] = events.events.map((event) =>
      mapHubSpotEmailEvent(event, person, testMappingContext()),
    );
    expect(click).toMatchObject({
      type: 'email_click',
      channel: 'email',
      personId: 'hubspot:contacts:151',
      url: 'https://www.example.com/pricing',
      custom: { emailCampaignId: 48771563 },
    });
    expect(processed).toBeNull();
  });
});
