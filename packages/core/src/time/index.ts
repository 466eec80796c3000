export {
  addBusinessHours,
  addBusinessMillis,
  BusinessCalendar,
  BusinessHours,
  type BusinessHoursInput,
  businessCalendar,
  businessDaysBetween,
  businessMillisBetween,
  InvalidBusinessHoursError,
  isBusinessDay,
} from './business-hours';
export { addDays, daysBetween, parseIsoDate } from './calendar-date';
export {
  timeZoneOffset,
  type WallTime,
  wallTime,
  zonedDate,
  zonedDayEnd,
  zonedMidnight,
} from './zoned-midnight';
