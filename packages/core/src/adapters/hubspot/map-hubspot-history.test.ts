import { describe, expect, it } from 'vitest';
import { FieldChange } from '../../model/sales';
import contact from './__fixtures__/built-contact.json';
import observed from './__fixtures__/contact-with-propertiesWithHistory.json';
import { mapHubSpotHistory } from './map-hubspot-history';
import { testMappingContext } from './mapping-test-context';

const actor = (userId: number) => (userId === 9586504 ? 'hubspot:owners:41629779' : null);

describe('mapHubSpotHistory', () => {
  it('turns newest-first entries into changes in time order, with a cleared value as null', () => {
    const changes = mapHubSpotHistory('contacts', contact, actor, testMappingContext());
    expect(
      changes.map(({ field, from, to, at, actorUserId, changeSource }) => ({
        field,
        from,
        to,
        at,
        actorUserId,
        changeSource,
      })),
    ).toEqual([
      {
        field: 'lifecycleStage',
        from: null,
        to: 'lead',
        at: '2024-02-01T10:00:05.000Z',
        actorUserId: null,
        changeSource: 'HEISENBERG',
      },
      {
        field: 'lifecycleStage',
        from: 'lead',
        to: null,
        at: '2024-02-13T09:59:59.000Z',
        actorUserId: 'hubspot:owners:41629779',
        changeSource: 'CRM_UI',
      },
      {
        field: 'lifecycleStage',
        from: null,
        to: 'mql',
        at: '2024-02-13T10:00:00.000Z',
        actorUserId: null,
        changeSource: 'AUTOMATION_PLATFORM',
      },
      {
        field: 'owner',
        from: null,
        to: 'hubspot:owners:41629779',
        at: '2024-02-14T08:00:00.000Z',
        actorUserId: 'hubspot:owners:41629779',
        changeSource: 'CRM_UI',
      },
    ]);
    expect(changes[0]).toMatchObject({
      id: 'hubspot:contacts-history:151:lifecyclestage:1706781605000',
      entity: 'person',
      entityId: 'hubspot:contacts:151',
      provenance: 'property_history',
    });
    for (const change of changes) expect(FieldChange.safeParse(change).success).toBe(true);
  });

  it('ignores properties it does not track (the observed is_verified history)', () => {
    expect(mapHubSpotHistory('contacts', observed, actor, testMappingContext())).toEqual([]);
  });
});
