import type { HubSpotAssociationResult } from './hubspot-api-types';

/** One associated record, as the mapping needs it. */
export interface AssociationLink {
  readonly id: string;
  /** The first label among the association's types (e.g. a contact's role on a deal). */
  readonly label: string | null;
  readonly typeIds: readonly number[];
}

/**
 * Association type ids that mark the primary company: contact→company `1`, deal→company
 * `5` and `341` (guide §2.3; `AssociationTypes.ts` of the official Node SDK).
 */
export const PRIMARY_COMPANY_TYPE_IDS: readonly number[] = [1, 5, 341];

/**
 * Associations v4 batch-read results by source id. `toObjectId` is typed string in the spec
 * but arrives as a number (guide §2.3), so both are read.
 */
export function linksOf(
  results: readonly HubSpotAssociationResult[],
): Map<string, AssociationLink[]> {
  const byId = new Map<string, AssociationLink[]>();
  for (const result of results) {
    const links = byId.get(result.from.id) ?? [];
    for (const target of result.to) {
      const types = target.associationTypes ?? [];
      links.push({
        id: String(target.toObjectId),
        label:
          types.find((type) => typeof type.label === 'string' && type.label !== '')?.label ?? null,
        typeIds: types.flatMap((type) => (typeof type.typeId === 'number' ? [type.typeId] : [])),
      });
    }
    byId.set(result.from.id, links);
  }
  return byId;
}

/** The primary company among links, else the first one; null when there is none. */
export function primaryCompany(links: readonly AssociationLink[] | undefined): string | null {
  if (!links || links.length === 0) return null;
  const primary = links.find((link) =>
    link.typeIds.some((id) => PRIMARY_COMPANY_TYPE_IDS.includes(id)),
  );
  return (primary ?? links[0])?.id ?? null;
}
