/** One entry of a property's history (spec schema `ValueWithTimestamp`). */
export interface HistoryEntry {
  readonly value: string;
  readonly timestamp: string;
  readonly sourceType: string;
  readonly sourceId?: string;
  readonly updatedByUserId?: number;
}

/** An association as the fake stores it (v4 shape). */
export interface StoredAssociation {
  readonly toId: string;
  readonly typeId: number;
  readonly label: string | null;
}

/** The CRM object types the fake serves, by their API names. */
export type CrmObjectType = 'contacts' | 'companies' | 'deals';

/** A CRM object (contact, company, deal) as the fake stores it. */
export interface StoredObject {
  readonly id: string;
  readonly type: CrmObjectType;
  properties: Record<string, string | null>;
  /** Newest first, like HubSpot. */
  history: Record<string, HistoryEntry[]>;
  associations: Partial<Record<CrmObjectType, StoredAssociation[]>>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt: string | null;
}

/** An owner (spec schema `PublicOwner`). */
export interface StoredOwner {
  readonly id: string;
  readonly email: string | null;
  readonly firstName: string;
  readonly lastName: string;
  readonly userId: number | null;
  readonly userIdIncludingInactive: number;
  readonly type: 'PERSON' | 'QUEUE';
  readonly teams: readonly { id: string; name: string; primary: boolean }[];
  readonly archived: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A pipeline stage (spec schema `PipelineStage`; metadata values are strings). */
export interface StoredStage {
  readonly id: string;
  readonly label: string;
  readonly displayOrder: number;
  readonly archived: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly metadata: { readonly isClosed: 'true' | 'false'; readonly probability: string };
}

/** A deal pipeline (spec schema `Pipeline`). */
export interface StoredPipeline {
  readonly id: string;
  readonly label: string;
  readonly displayOrder: number;
  readonly archived: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly stages: readonly StoredStage[];
}

/** A marketing campaign (spec schema `PublicCampaign`). */
export interface StoredCampaign {
  readonly id: string;
  readonly properties: Record<string, string | null>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A form (marketing v3 forms list). */
export interface StoredForm {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

/** A form submission (legacy form-integrations v1). */
export interface StoredSubmission {
  readonly conversionId: string;
  readonly submittedAt: number;
  readonly values: readonly { name: string; value: string }[];
  readonly pageUrl: string | null;
}

/** A marketing email event (legacy email events v1). */
export interface StoredEmailEvent {
  readonly id: string;
  readonly created: number;
  readonly type: string;
  readonly recipient: string;
  readonly emailCampaignId: number;
  readonly url?: string;
}
