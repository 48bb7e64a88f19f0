/**
 * A record that cannot be imported, with where it is and which field is wrong:
 * `he-se-organization.csv.gz:1234: field ecContribution: "12,x" is not a number`.
 */
export class RowError extends Error {
  constructor(
    /** `file:line` for CSV, `file[index]` for JSON. */
    readonly locator: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${locator}: field ${field}: ${problem}`);
    this.name = "RowError";
  }
}
