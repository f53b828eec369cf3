/** "2 December 2026 at 14:05" in the user's time zone (UTC when the zone is unknown). */
export function formatSessionDate(iso: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short" };
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(new Date(iso));
  }
}
