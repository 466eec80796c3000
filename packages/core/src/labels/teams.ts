import type { Team } from '../model/vocabulary';

/** English names of the teams (`sdr` → "SDR"). */
export const TEAM_LABELS: Readonly<Record<Team, string>> = {
  marketing: 'Marketing',
  sdr: 'SDR',
  sales: 'Sales',
};
