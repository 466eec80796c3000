import type { HubSpotStream, HubSpotSyncContext } from './hubspot-sync-context';
import { CAMPAIGN_PROPERTIES, mapHubSpotCampaign } from './map-hubspot-campaign';
import { mapHubSpotOwner } from './map-hubspot-owner';
import { mapHubSpotPipeline } from './map-hubspot-pipeline';

// Owners, pipelines and campaigns are small and have no modified-since filter: each is read
// whole and emitted as one batch (so a crash redoes at most that one read), keeping in an
// incremental pass only what changed since it began.

function changed(context: HubSpotSyncContext) {
  const since = context.since === null ? Number.NEGATIVE_INFINITY : Date.parse(context.since);
  return (item: { readonly updatedAt?: string; readonly createdAt?: string }) => {
    const at = Date.parse(item.updatedAt ?? item.createdAt ?? '');
    return Number.isNaN(at) || at >= since;
  };
}

/** Owners (active and archived) as users. */
export const ownersStream: HubSpotStream = async function* (context) {
  const owners = (await context.owners()).filter(changed(context));
  const records = owners.map((owner) => mapHubSpotOwner(owner, context.mapping));
  yield { entity: 'users', records, position: null, done: true };
};

/** Deal pipelines with stages. */
export const pipelinesStream: HubSpotStream = async function* (context) {
  const pipelines = (await context.pipelines()).filter(changed(context));
  const records = pipelines.map((pipeline) => mapHubSpotPipeline(pipeline, context.mapping));
  yield { entity: 'pipelines', records, position: null, done: true };
};

/** Marketing campaigns. */
export const campaignsStream: HubSpotStream = async function* (context) {
  const campaigns = (await context.api.campaigns(CAMPAIGN_PROPERTIES)).filter(changed(context));
  const records = campaigns.map((campaign) => mapHubSpotCampaign(campaign, context.mapping));
  yield { entity: 'campaigns', records, position: null, done: true };
};
