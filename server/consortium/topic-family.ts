const yearSegment = /^(19|20)\d\d$/;

/**
 * The call family of a topic code: its programme part and destination without the year and the
 * call's running numbers (`HORIZON-CL5-2021-D3-01-01` and `HORIZON-CL5-2024-D3-02-07` are both
 * `HORIZON-CL5-D3`; `HORIZON-MISS-2022-CIT-01-01` is `HORIZON-MISS-CIT`). Projects of one family
 * answer calls of the same work programme destination year after year.
 */
export function familyOf(code: string): string {
  return code
    .toUpperCase()
    .split("-")
    .filter((segment) => segment !== "" && !yearSegment.test(segment))
    .slice(0, 3)
    .join("-");
}
