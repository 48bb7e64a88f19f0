import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../server/config.js";
import { openInput } from "../../server/import/records/open-input.js";
import { readCsvRecords } from "../../server/import/records/read-csv-records.js";
import { formatCandidateTable } from "../../server/import/resolution/format-candidate-table.js";
import { parseRorRecord } from "../../server/import/ror/parse-ror-record.js";
import { RowError } from "../../server/import/records/row-error.js";

const row = (fields: Record<string, string>) => ({
  fields: {
    ror_id: "026vcq606",
    name: "KTH Royal Institute of Technology",
    labels: "{}",
    acronyms: "",
    established: "",
    website: "",
    wikidata: "",
    ...fields,
  },
  locator: "ror-se.csv:119",
});

describe("parseRorRecord", () => {
  it("collects the name, every label and each acronym as names, once each", () => {
    const record = parseRorRecord(
      row({
        labels: '{"sv": "Kungliga Tekniska högskolan", "fi": "Kuninkaallinen teknillinen korkeakoulu"}',
        acronyms: "KTH;KTH",
        established: "1827",
        website: "https://www.kth.se",
        wikidata: "Q854280",
      }),
    );
    expect(record).toEqual({
      rorId: "026vcq606",
      name: "KTH Royal Institute of Technology",
      names: [
        "KTH Royal Institute of Technology",
        "Kungliga Tekniska högskolan",
        "Kuninkaallinen teknillinen korkeakoulu",
        "KTH",
      ],
      website: "https://www.kth.se",
      foundedYear: 1827,
      wikidataId: "Q854280",
      locator: "ror-se.csv:119",
    });
  });

  it("takes the trailing id of a ROR URL", () => {
    expect(parseRorRecord(row({ ror_id: "https://ror.org/026vcq606" }))).toMatchObject({ rorId: "026vcq606" });
  });

  it("reports malformed labels and years with the line and field", () => {
    const labels = parseRorRecord(row({ labels: "{sv: broken" }));
    expect(labels instanceof RowError && labels.message).toBe(
      'ror-se.csv:119: field labels: "{sv: broken" is not a JSON object of labels',
    );
    const year = parseRorRecord(row({ established: "c. 1900" }));
    expect(year instanceof RowError && year.field).toBe("established");
  });
});

describe("the shipped ROR extract", () => {
  it("parses every one of its 418 rows", async () => {
    const parsed = [];
    for await (const record of readCsvRecords(openInput(path.join(projectRoot, "seeds/ror/ror-se.csv")), ","))
      parsed.push(parseRorRecord(record));
    expect(parsed.filter((result) => result instanceof RowError)).toEqual([]);
    expect(parsed).toHaveLength(418);
    expect(parsed.find((result) => !(result instanceof RowError) && result.rorId === "026vcq606")).toEqual({
      rorId: "026vcq606",
      name: "KTH Royal Institute of Technology",
      names: [
        "KTH Royal Institute of Technology",
        "Kungliga Tekniska högskolan",
        "Kuninkaallinen teknillinen korkeakoulu",
        "KTH",
      ],
      website: "https://www.kth.se",
      foundedYear: 1827,
      wikidataId: "Q854280",
      locator: "ror-se.csv:119",
    });
  });
});

describe("formatCandidateTable", () => {
  it("aligns the candidates under a header", () => {
    const table = formatCandidateTable([
      {
        cordisActorId: "cordis-9",
        cordisName: "KI HOLDING",
        cordisId: "9",
        country: "SE",
        curatedActorId: "ki",
        curatedName: "Karolinska Institutet",
        rule: "name-contains",
        score: 0.67,
        projects: 3,
      },
    ]);
    expect(table.split("\n")).toEqual([
      "score  rule           curated actor               CORDIS actor           country  projects",
      "0.67   name-contains  ki (Karolinska Institutet)  cordis-9 (KI HOLDING)  SE       3",
    ]);
  });
});
