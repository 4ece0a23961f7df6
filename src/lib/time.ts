/** A date `minutes` after `from`. */
export function addMinutes(from: Date, minutes: number): Date {
  return new Date(from.getTime() + minutes * 60_000);
}

/** A date `hours` before `from`. */
export function hoursBefore(from: Date, hours: number): Date {
  return new Date(from.getTime() - hours * 3_600_000);
}

/** Human "3 h ago"-style age of `then` relative to `now`. */
export function formatAge(then: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - then.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}
