const yearSegment = /^(19|20)\d\d$/;
/** Segments that number or stage a topic rather than name its subject. */
const markers = new Set(["TWO", "SINGLE", "STAGE", "RIA", "IA", "CSA", "TOPIC", "OPEN"]);

/**
 * The destination of a topic code: the segments before the year (programme part, joint undertaking)
 * and the words after it, without numbers and stage or action marks. Work programmes number their
 * calls differently (`HORIZON-CL5-2021-D3-01-05`, `HORIZON-CL5-2027-07-D3-28`) but keep the
 * destination's code, so both give `HORIZON-CL5-D3`. Null for a code without a year.
 */
export function destinationOf(code: string): string | null {
  const segments = code.toUpperCase().split("-");
  const year = segments.findIndex((segment) => yearSegment.test(segment));
  if (year < 1) return null;
  const words = segments.slice(year + 1).filter((segment) => /[A-Z]/.test(segment) && !markers.has(segment));
  return [...segments.slice(0, year), ...words].join("-");
}

/**
 * The call family of a topic code, as the partner finder compares them: its destination
 * ({@link destinationOf}), which projects of one work programme destination share year after year
 * and with the open calls of the graph (`HORIZON-MISS-2022-CIT-01-01` is `HORIZON-MISS-CIT`); for a
 * code without a year, its first three segments.
 */
export function familyOf(code: string): string {
  return (
    destinationOf(code) ??
    code
      .toUpperCase()
      .split("-")
      .filter((segment) => segment !== "")
      .slice(0, 3)
      .join("-")
  );
}
