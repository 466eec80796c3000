import type { User } from '../model/people';
import type { Team } from '../model/vocabulary';
import { SAMPLE_SEGMENTS, type SampleSegment } from './constants';
import { type Ctx, EMPTY_CUSTOM, sampleId, sampleSource } from './context';
import { asciiSlug, FIRST_NAMES, LAST_NAMES } from './names';
import { formatUtc, START_MS } from './time';

/** The sample company's own e-mail domain (RFC 2606 `.example`, never a real one). */
export const COMPANY_DOMAIN = 'brightwave.example';

/** The SDR who left: deactivated on this instant, yet routing keeps sending a few leads. */
export const DEACTIVATED_AT = '2025-12-19T22:00:00Z';

/** An SDR and how fast they tend to respond (a multiplier of the team's median delay). */
export interface Sdr {
  user: User;
  speed: number;
}

/** Who works at the sample company. */
export interface Staff {
  marketing: User[];
  /** The routing queue MQLs sit in before a person is assigned. */
  queue: User;
  /** Every SDR, the inactive one first. */
  sdrs: Sdr[];
  inactiveSdr: Sdr;
  deactivatedMs: number;
  /** Account executives by segment. */
  aes: Record<SampleSegment, User[]>;
}

const SEGMENT_CUSTOM: Record<SampleSegment, Record<string, unknown>> = {
  SMB: Object.freeze({ segment: 'SMB' }),
  'Mid-Market': Object.freeze({ segment: 'Mid-Market' }),
  Enterprise: Object.freeze({ segment: 'Enterprise' }),
};

/**
 * Users: marketing owners, SDRs (one of them deactivated in December 2025 but still owning
 * leads), account executives per segment and one routing queue. Rep counts grow with scale so
 * the workload per rep, and with it response times, stays realistic.
 */
export function generateUsers(ctx: Ctx): Staff {
  const { rng } = ctx;
  const reps = Math.max(1, Math.round(ctx.scale));
  const marketers = 4 * Math.max(1, Math.round(Math.sqrt(ctx.scale)));
  const createdAt = formatUtc(START_MS);
  const taken = new Set<string>();

  const add = (
    name: string,
    team: Team | null,
    kind: User['kind'] = 'person',
    custom = EMPTY_CUSTOM,
  ): User => {
    const n = ctx.next('user');
    let handle = name
      .split(' ')
      .map((part) => asciiSlug(part))
      .join('.');
    for (let k = 2; taken.has(handle); k++) handle = `${handle.replace(/\d+$/, '')}${k}`;
    taken.add(handle);
    const user: User = {
      id: sampleId('user', n),
      source: sampleSource('user', n),
      createdAt,
      updatedAt: null,
      deletedAt: null,
      custom,
      email: kind === 'queue' ? null : `${handle}@${COMPANY_DOMAIN}`,
      name,
      active: true,
      kind,
      team,
    };
    ctx.data.users.push(user);
    return user;
  };
  const randomName = () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;

  const marketing = [add('Maya Chen', 'marketing'), add('Leo Park', 'marketing')];
  while (marketing.length < marketers) marketing.push(add(randomName(), 'marketing'));
  const queue = add('MQL Routing Queue', null, 'queue');

  // The inactive SDR comes first so its id is stable across scales: sample:user:000004.
  const deactivatedMs = Date.parse(DEACTIVATED_AT);
  const inactive = add('Jordan Blake', 'sdr');
  inactive.active = false;
  inactive.updatedAt = DEACTIVATED_AT;
  const inactiveSdr: Sdr = { user: inactive, speed: 1.6 };
  const sdrs: Sdr[] = [inactiveSdr];
  for (let i = 0; i < 5 * reps; i++) {
    // Some reps are quick, some slow: per-rep SLA analytics need the spread.
    sdrs.push({ user: add(randomName(), 'sdr'), speed: rng.logNormal(1, 0.5) });
  }

  const aes = {} as Record<SampleSegment, User[]>;
  const perSegment: Record<SampleSegment, number> = { SMB: 2, 'Mid-Market': 3, Enterprise: 3 };
  for (const segment of SAMPLE_SEGMENTS) {
    aes[segment] = [];
    for (let i = 0; i < perSegment[segment] * reps; i++) {
      aes[segment].push(add(randomName(), 'sales', 'person', SEGMENT_CUSTOM[segment]));
    }
  }
  return { marketing, queue, sdrs, inactiveSdr, deactivatedMs, aes };
}
