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
 * but arrives as a number (guide §2.3), so both are read. A result without a `to` list, or a
 * target without `toObjectId`, gives no link; its source id goes onto `missing` so the sync
 * can say so (a result without `from` cannot be placed and is skipped).
 */
export function linksOf(
  results: readonly HubSpotAssociationResult[],
  missing: string[] = [],
): Map<string, AssociationLink[]> {
  const byId = new Map<string, AssociationLink[]>();
  for (const result of results) {
    const fromId = result?.from?.id;
    if (fromId === undefined || fromId === null || fromId === '') continue;
    const from = String(fromId);
    const links = byId.get(from) ?? [];
    const targets = Array.isArray(result.to) ? result.to : null;
    if (targets === null || targets.some((target) => target?.toObjectId == null))
      missing.push(from);
    for (const target of targets ?? []) {
      if (target?.toObjectId == null || target.toObjectId === '') continue;
      const types: NonNullable<HubSpotAssociationResult['to'][number]['associationTypes']> =
        Array.isArray(target.associationTypes) ? target.associationTypes : [];
      links.push({
        id: String(target.toObjectId),
        label:
          types.find((type) => typeof type?.label === 'string' && type.label !== '')?.label ?? null,
        typeIds: types.flatMap((type) => (typeof type?.typeId === 'number' ? [type.typeId] : [])),
      });
    }
    byId.set(from, links);
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
