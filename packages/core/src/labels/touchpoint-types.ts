import type { TouchpointType } from '../model/vocabulary';

/** English names of the touchpoint types (`form_submission` → "Form submission"). */
export const TOUCHPOINT_TYPE_LABELS: Readonly<Record<TouchpointType, string>> = {
  form_submission: 'Form submission',
  email_sent: 'Email sent',
  email_delivered: 'Email delivered',
  email_open: 'Email open',
  email_click: 'Email click',
  email_bounce: 'Email bounce',
  email_unsubscribe: 'Email unsubscribe',
  page_view: 'Page view',
  ad_click: 'Ad click',
  social_click: 'Social click',
  event_registration: 'Event registration',
  event_attendance: 'Event attendance',
  webinar_attendance: 'Webinar attendance',
  content_download: 'Content download',
  chat: 'Chat',
  meeting_booked: 'Meeting booked',
  campaign_response: 'Campaign response',
  self_reported: 'Self-reported',
  other: 'Other',
};
