import { dataset, deal, person, touch } from './builders';

/**
 * Amplitude's example calculation ("Attribute credit to multiple acquisition touch points",
 * https://help.amplitude.com/hc/en-us/articles/6040784295195-Attribute-credit-to-multiple-acquisition-touch-points):
 *
 * | UTM source | Date       | Event                 |
 * | Google     | 2022-05-01 | Viewed Home Page      |
 * | Facebook   | 2022-05-07 | Viewed Blog Post      |
 * | TikTok     | 2022-05-10 | Viewed Promotion Page |
 * |            | 2022-05-10 | Sign Up               |
 *
 * The sign-up is a $100.00 deal won on 2022-05-10 at 12:00 UTC, so percentages read as
 * dollars. Published credits:
 * - first touch, 30 days: Google 100%; first touch, 7 days: Facebook 100%;
 * - last touch, 7 days: TikTok 100%;
 * - linear, 30 days: 33% each (in cents 3334 / 3333 / 3333 — the left-over cent goes to the
 *   earliest touch, largest-remainder ties to the lower index); linear, 7 days: 50% / 50%;
 * - J-shaped, 30 days: 20 / 20 / 60; J-shaped, 7 days: 30 / 70 ("no middle touch, so the 20%
 *   gets split across the first and last touches");
 * - custom 5-20-75, 30 days: 5 / 20 / 75.
 */
export const amplitudeExample = dataset({
  people: [person('user', '2022-05-01T09:00:00Z')],
  touchpoints: [
    touch('google', 'user', '2022-05-01T09:00:00Z', 'paid_search'),
    touch('facebook', 'user', '2022-05-07T09:00:00Z', 'paid_social'),
    touch('tiktok', 'user', '2022-05-10T09:00:00Z', 'organic_social'),
  ],
  deals: [deal('d1', ['user'], { closedAt: '2022-05-10T12:00:00Z' })],
});
