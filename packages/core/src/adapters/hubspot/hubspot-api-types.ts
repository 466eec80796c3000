/**
 * HubSpot response shapes the adapter reads, from the published OpenAPI schemas (guide §2;
 * `openapi-schemas-excerpt.json`). Values are typed as HubSpot actually sends them:
 * properties are strings *or null* (hubspot-api-nodejs#323), `toObjectId` a number or a
 * string (guide §2.3).
 */

/** A property value: always a string on the wire, or null when unset. */
export type HubSpotValue = string | null | undefined;

/** One history entry (spec `ValueWithTimestamp`). */
export interface HubSpotHistoryEntry {
  readonly value: string;
  readonly timestamp: string;
  readonly sourceType?: string;
  readonly sourceId?: string;
  readonly sourceLabel?: string;
  readonly updatedByUserId?: number;
}

/** A CRM object (spec `SimplePublicObjectWithAssociations`). */
export interface HubSpotObject {
  readonly id: string;
  readonly properties: Readonly<Record<string, HubSpotValue>>;
  readonly propertiesWithHistory?: Readonly<Record<string, readonly HubSpotHistoryEntry[]>>;
  readonly createdAt?: string;
  readonly updatedAt?: string;
  readonly archived?: boolean;
  readonly archivedAt?: string;
}

/** `paging` of cursor lists; absent on the last page. */
export interface HubSpotPaging {
  readonly next?: { readonly after: string; readonly link?: string };
}

/** A page of a list or search response. */
export interface HubSpotPage<T> {
  readonly results: readonly T[];
  readonly paging?: HubSpotPaging;
  readonly total?: number;
}

/** One result of an associations v4 batch read. */
export interface HubSpotAssociationResult {
  readonly from: { readonly id: string };
  readonly to: readonly {
    readonly toObjectId: string | number;
    readonly associationTypes?: readonly {
      readonly typeId?: number;
      readonly label?: string | null;
      readonly category?: string;
    }[];
  }[];
  readonly paging?: HubSpotPaging;
}

/** An owner (spec `PublicOwner`); `id` is what records reference, `userId` what history names. */
export interface HubSpotOwner {
  readonly id: string;
  readonly email?: string | null;
  readonly firstName?: string | null;
  readonly lastName?: string | null;
  readonly userId?: number | null;
  readonly type?: 'PERSON' | 'QUEUE';
  readonly archived?: boolean;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

/** A pipeline stage (spec `PipelineStage`): metadata values are strings. */
export interface HubSpotStage {
  readonly id: string;
  readonly label: string;
  readonly displayOrder?: number;
  readonly archived?: boolean;
  readonly metadata?: { readonly isClosed?: string; readonly probability?: string };
}

/** A pipeline (spec `Pipeline`). */
export interface HubSpotPipeline {
  readonly id: string;
  readonly label: string;
  readonly displayOrder?: number;
  readonly archived?: boolean;
  readonly createdAt?: string;
  readonly updatedAt?: string;
  readonly stages: readonly HubSpotStage[];
}

/** A marketing campaign (spec `PublicCampaign`). */
export interface HubSpotCampaign {
  readonly id: string;
  readonly properties: Readonly<Record<string, HubSpotValue>>;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

/** A form (marketing forms v3). */
export interface HubSpotForm {
  readonly id: string;
  readonly name?: string;
}

/** A form submission (legacy form-integrations v1). */
export interface HubSpotSubmission {
  readonly conversionId: string;
  readonly submittedAt: number;
  readonly values?: readonly { readonly name: string; readonly value: string }[];
  readonly pageUrl?: string | null;
}

/** A marketing email event (legacy email events v1). */
export interface HubSpotEmailEvent {
  readonly id: string;
  readonly created: number;
  readonly type: string;
  readonly recipient?: string;
  readonly emailCampaignId?: number;
  readonly url?: string;
}

/** A page of legacy email events. */
export interface HubSpotEmailEventPage {
  readonly hasMore?: boolean;
  readonly offset?: string;
  readonly events: readonly HubSpotEmailEvent[];
}
