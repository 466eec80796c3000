import { Channel } from '@closedloop/core';
import { channelLabel, fieldHash } from './pipedrive-ids';

/** A v1 field definition as `/v1/dealFields` etc. answer it (fixture `v1-get-dealfields.json`). */
export interface FakeField {
  readonly id: number;
  readonly key: string;
  readonly name: string;
  readonly field_type: string;
  readonly edit_flag: boolean;
  readonly active_flag: boolean;
  readonly mandatory_flag: boolean;
  readonly options?: readonly { id: number; label: string }[];
}

/** Custom organization fields the fake fills: domain and industry (Pipedrive has neither built in). */
export const ORG_FIELD_KEYS = {
  domain: fieldHash('org:Domain'),
  industry: fieldHash('org:Industry'),
};

/** The marketing channels the dataset uses, as options of the deal `channel` field. */
export const CHANNELS = Channel.options.filter((name) => name !== 'unknown');

let nextId = 1;
function field(
  key: string,
  name: string,
  type: string,
  custom: boolean,
  options?: readonly { id: number; label: string }[],
): FakeField {
  return {
    id: nextId++,
    key,
    name,
    field_type: type,
    edit_flag: custom,
    active_flag: true,
    mandatory_flag: false,
    ...(options ? { options } : {}),
  };
}

/** The field lists of a company holding `dataset`, plus `padding` extra custom deal fields (to exercise paging past 100). */
export function renderFields(lifecycleStages: readonly string[], padding = 110) {
  const deal = [
    field('title', 'Title', 'varchar', false),
    field('value', 'Value', 'monetary', false),
    field('status', 'Status', 'status', false),
    field('stage_id', 'Stage', 'stage', false),
    field('user_id', 'Owner', 'user', false),
    field('expected_close_date', 'Expected close date', 'date', false),
    field('origin', 'Source origin', 'varchar', false),
    field(
      'channel',
      'Source channel',
      'enum',
      false,
      CHANNELS.map((name, index) => ({ id: index + 1, label: channelLabel(name) })),
    ),
    field('channel_id', 'Source channel ID', 'varchar', false),
    ...Array.from({ length: padding }, (_, index) =>
      field(fieldHash(`deal:Extra ${index + 1}`), `Extra ${index + 1}`, 'varchar', true),
    ),
  ];
  const person = [
    field('name', 'Name', 'varchar', false),
    field('email', 'Email', 'varchar', false),
    field(
      'label_ids',
      'Labels',
      'set',
      false,
      lifecycleStages.map((stage, index) => ({ id: index + 1, label: stage })),
    ),
  ];
  const organization = [
    field('name', 'Name', 'varchar', false),
    field(ORG_FIELD_KEYS.domain, 'Domain', 'varchar', true),
    field(ORG_FIELD_KEYS.industry, 'Industry', 'varchar', true),
  ];
  return { deal, person, organization, lead: deal };
}
