const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 18-character form of a 15-character id: three checksum characters, one per five
 * characters, whose bits say which of them are upper case (case-insensitive clients rely on it).
 */
export function to18(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let index = 0; index < 5; index++) {
      const character = id15[chunk * 5 + index] ?? '';
      if (character >= 'A' && character <= 'Z') bits |= 1 << index;
    }
    suffix += SUFFIX[bits];
  }
  return id15 + suffix;
}

/** Key prefixes (guide §9.3). */
export const KEY_PREFIXES: Readonly<Record<string, string>> = {
  Lead: '00Q',
  Contact: '003',
  Account: '001',
  Opportunity: '006',
  OpportunityContactRole: '00K',
  OpportunityStage: '01J',
  Campaign: '701',
  CampaignMember: '00v',
  User: '005',
  Group: '00G',
  LeadHistory: '017',
  ContactHistory: '017',
  OpportunityFieldHistory: '017',
  Task: '00T',
  Event: '00U',
};

/**
 * Ids in creation order per object: prefix, a pod-like `5g0000`, and a base-62 counter whose
 * digits sort in ASCII order, so `Id > '…'` pages in creation order as on a real org.
 */
export class IdMint {
  readonly #next = new Map<string, number>();

  next(object: string): string {
    const prefix = KEY_PREFIXES[object] ?? 'a00';
    const count = (this.#next.get(prefix) ?? 0) + 1;
    this.#next.set(prefix, count);
    let digits = '';
    for (let value = count; digits.length < 6; value = Math.floor(value / 62))
      digits = (BASE62[value % 62] as string) + digits;
    return to18(`${prefix}5g0000${digits}`);
  }
}

/** The org id the fake reports. */
export const FAKE_ORG_ID = to18('00D5g000004XyZq');
