import dealFields from './__fixtures__/v1-get-dealfields.json';
import type { PipedriveField } from './pipedrive-api-types';
import { pipedriveMapping } from './pipedrive-mapping-config';
import type { PipedriveMappingContext } from './pipedrive-mapping-context';

/**
 * A mapping context for mapper tests: the spec's deal fields plus the `channel` field the
 * spec's deal example points at (option 52, whose label is made up), person labels as a
 * company sets them, and one stage.
 */
export function mappingTestContext(): PipedriveMappingContext {
  const deal: PipedriveField[] = [
    ...(dealFields.data as PipedriveField[]),
    {
      key: 'channel',
      name: 'Source channel',
      field_type: 'enum',
      options: [{ id: 52, label: 'Paid search' }],
    },
  ];
  const person: PipedriveField[] = [
    {
      key: 'label_ids',
      name: 'Labels',
      field_type: 'set',
      options: [
        { id: 1, label: 'Hot lead' },
        { id: 2, label: 'VIP' },
        { id: 3, label: 'Customer' },
      ],
    },
  ];
  const organization: PipedriveField[] = [
    {
      key: 'a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e',
      name: 'Website',
      field_type: 'varchar',
      edit_flag: true,
    },
  ];
  return {
    mapping: pipedriveMapping(),
    companyDomain: 'acme',
    fields: {
      deal: new Map(deal.map((field) => [field.key, field])),
      person: new Map(person.map((field) => [field.key, field])),
      organization: new Map(organization.map((field) => [field.key, field])),
    },
    stages: new Map([[1, { name: 'Stage Name', pipelineId: 1 }]]),
    leadLabels: new Map([['f08b42a0-4e75-11ea-9643-03698ef1cfd6', 'Hot']]),
  };
}
