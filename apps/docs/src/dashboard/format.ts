/** Number formats of the dashboard's own text (widgets format their own marks). */
const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const count = new Intl.NumberFormat('en-US');

export const formatMoney = (value: string | number | null): string =>
  value === null ? '—' : money.format(Number(value));
export const formatCount = (value: number | null): string =>
  value === null ? '—' : count.format(value);
