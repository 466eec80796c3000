export { addDays, daysBetween, parseIsoDate } from './calendar-date';
export {
  timeZoneOffset,
  type WallTime,
  wallTime,
  zonedDate,
  zonedDayEnd,
  zonedMidnight,
} from './zoned-midnight';
