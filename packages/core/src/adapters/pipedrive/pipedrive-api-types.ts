// Response shapes of the Pipedrive endpoints the adapter reads (guide §4.4; fixtures in
// `__fixtures__`, from the v1/v2 OpenAPI specs). Only the fields the mappers use are typed;
// everything may be null in the wild.

/** The envelope of every Pipedrive response. */
export interface PipedriveEnvelope<T> {
  readonly success: boolean;
  readonly data: T;
  readonly additional_data?: {
    readonly next_cursor?: string | null;
    readonly start?: number;
    readonly more_items_in_collection?: boolean;
    readonly pagination?: {
      readonly start?: number;
      readonly limit?: number;
      readonly more_items_in_collection?: boolean;
      readonly next_start?: number;
    };
  } | null;
}

/** A v2 deal (`GET /api/v2/deals`). */
export interface PipedriveDeal {
  readonly id: number;
  readonly title?: string | null;
  readonly owner_id?: number | null;
  readonly person_id?: number | null;
  readonly org_id?: number | null;
  readonly pipeline_id?: number | null;
  readonly stage_id?: number | null;
  readonly value?: number | null;
  readonly currency?: string | null;
  readonly add_time?: string | null;
  readonly update_time?: string | null;
  readonly close_time?: string | null;
  readonly won_time?: string | null;
  readonly lost_time?: string | null;
  readonly status?: string | null;
  readonly lost_reason?: string | null;
  readonly expected_close_date?: string | null;
  readonly is_deleted?: boolean | null;
  readonly label_ids?: readonly number[] | null;
  readonly origin?: string | null;
  readonly origin_id?: string | null;
  readonly channel?: number | null;
  readonly channel_id?: string | null;
  readonly custom_fields?: Readonly<Record<string, unknown>> | null;
}

/** A v2 person. */
export interface PipedrivePerson {
  readonly id: number;
  readonly name?: string | null;
  readonly first_name?: string | null;
  readonly last_name?: string | null;
  readonly owner_id?: number | null;
  readonly org_id?: number | null;
  readonly add_time?: string | null;
  readonly update_time?: string | null;
  readonly emails?: readonly { value?: string | null; primary?: boolean | null }[] | null;
  readonly label_ids?: readonly number[] | null;
  readonly job_title?: string | null;
  readonly custom_fields?: Readonly<Record<string, unknown>> | null;
}

/** A v2 organization. */
export interface PipedriveOrganization {
  readonly id: number;
  readonly name?: string | null;
  readonly owner_id?: number | null;
  readonly add_time?: string | null;
  readonly update_time?: string | null;
  readonly label_ids?: readonly number[] | null;
  readonly custom_fields?: Readonly<Record<string, unknown>> | null;
}

/** A v2 activity. */
export interface PipedriveActivity {
  readonly id: number;
  readonly subject?: string | null;
  readonly type?: string | null;
  readonly owner_id?: number | null;
  readonly deal_id?: number | null;
  readonly lead_id?: string | null;
  readonly person_id?: number | null;
  readonly org_id?: number | null;
  readonly add_time?: string | null;
  readonly update_time?: string | null;
  readonly due_date?: string | null;
  readonly due_time?: string | null;
  readonly done?: boolean | null;
  readonly marked_as_done_time?: string | null;
  readonly participants?: readonly { person_id?: number | null; primary?: boolean | null }[] | null;
}

/** A v2 pipeline. */
export interface PipedrivePipeline {
  readonly id: number;
  readonly name?: string | null;
  readonly order_nr?: number | null;
  readonly is_deleted?: boolean | null;
  readonly add_time?: string | null;
  readonly update_time?: string | null;
}

/** A v2 stage. */
export interface PipedriveStage {
  readonly id: number;
  readonly name?: string | null;
  readonly order_nr?: number | null;
  readonly pipeline_id?: number | null;
  readonly deal_probability?: number | null;
  readonly is_deleted?: boolean | null;
}

/** A v1 lead (uuid id; ISO timestamps). */
export interface PipedriveLead {
  readonly id: string;
  readonly title?: string | null;
  readonly owner_id?: number | null;
  readonly label_ids?: readonly string[] | null;
  readonly person_id?: number | null;
  readonly organization_id?: number | null;
  readonly source_name?: string | null;
  readonly origin?: string | null;
  readonly channel?: number | null;
  readonly channel_id?: string | null;
  readonly is_archived?: boolean | null;
  readonly value?: { readonly amount?: number | null; readonly currency?: string | null } | null;
  readonly add_time?: string | null;
  readonly update_time?: string | null;
}

/** A v1 lead label. */
export interface PipedriveLeadLabel {
  readonly id: string;
  readonly name: string;
  readonly color?: string | null;
}

/** A v1 user. */
export interface PipedriveUser {
  readonly id: number;
  readonly name?: string | null;
  readonly email?: string | null;
  readonly active_flag?: boolean | null;
  readonly is_deleted?: boolean | null;
  readonly created?: string | null;
  readonly modified?: string | null;
}

/** A v1 field definition (`/v1/dealFields` etc.): custom keys are 40-hex hashes. */
export interface PipedriveField {
  readonly key: string;
  readonly name: string;
  readonly field_type?: string | null;
  readonly edit_flag?: boolean | null;
  readonly options?: readonly { id: number | string; label: string }[] | null;
}

/** One v1 deal changelog entry (`GET /v1/deals/{id}/changelog`). */
export interface PipedriveChangelogEntry {
  readonly field_key: string;
  readonly old_value?: unknown;
  readonly new_value?: unknown;
  readonly actor_user_id?: number | null;
  /** `YYYY-MM-DD HH:MM:SS`, UTC. */
  readonly time: string;
  readonly change_source?: string | null;
}
