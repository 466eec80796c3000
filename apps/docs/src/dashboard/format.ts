/** Number formats of the dashboard's own text (widgets format their own marks). */
const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const compactMoney = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
});
const count = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

export const formatMoney = (value: string | number | null): string =>
  value === null ? '—' : money.format(Number(value));
export const formatCompactMoney = (value: string | number | null): string =>
  value === null ? '—' : compactMoney.format(Number(value));
export const formatCount = (value: number | null): string =>
  value === null ? '—' : count.format(value);
export const formatPercent = (value: number | null): string =>
  value === null ? '—' : percent.format(value);
export const formatMinutes = (minutes: number | null): string => {
  if (minutes === null) return '—';
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  return hours < 24 ? `${hours.toFixed(1)} h` : `${(hours / 24).toFixed(1)} d`;
};
