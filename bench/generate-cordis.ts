import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import { mulberry32 } from "./seeded-random.js";

/** How big a generated CORDIS dump is. */
export interface GeneratorSize {
  organisations: number;
  projects: number;
  participations: number;
}

export const generatorSizes: Record<"medium" | "full", GeneratorSize> = {
  medium: { organisations: 10_000, projects: 5_000, participations: 60_000 },
  full: { organisations: 100_000, projects: 35_000, participations: 500_000 },
};

/** Bump when the generated rows change, so that stored bench databases are reloaded. */
export const generatorVersion = 1;

export interface GeneratedFiles {
  projectFile: string;
  organizationFile: string;
  projects: number;
  participations: number;
}

const projectColumns = [
  "id",
  "acronym",
  "status",
  "title",
  "startDate",
  "endDate",
  "totalCost",
  "ecMaxContribution",
  "legalBasis",
  "topics",
  "ecSignatureDate",
  "frameworkProgramme",
  "masterCall",
  "subCall",
  "fundingScheme",
  "objective",
  "contentUpdateDate",
  "rcn",
  "grantDoi",
];
const organizationColumns = [
  "projectID",
  "projectAcronym",
  "organisationID",
  "vatNumber",
  "name",
  "shortName",
  "SME",
  "activityType",
  "street",
  "postCode",
  "city",
  "country",
  "nutsCode",
  "geolocation",
  "organizationURL",
  "contactForm",
  "contentType",
  "role",
  "order",
  "ecContribution",
  "netEcContribution",
  "totalCost",
  "endOfParticipation",
  "active",
  "contentUpdateDate",
  "rcn",
];

const words = (
  "quantum ocean battery hydrogen climate urban mobility health cancer neural robotics soil water energy grid " +
  "photonic catalyst circular textile forest carbon vaccine genome microbiome digital twin autonomous marine arctic " +
  "biomass polymer steel cement semiconductor sensor satellite wind solar storage recycling food protein plant " +
  "antibiotic dementia cardiac imaging language migration democracy heritage education culture finance security"
).split(" ");
const nameParts: Record<string, { prefix: string[]; suffix: string[] }> = {
  HES: {
    prefix: ["UNIVERSITY OF", "UNIVERSITAET", "UNIVERSITE DE", "POLITECNICO DI", "TECHNISCHE UNIVERSITEIT"],
    suffix: [""],
  },
  REC: {
    prefix: ["INSTITUTE FOR", "CENTRE FOR", "FRAUNHOFER", "CONSIGLIO NAZIONALE", "FUNDACION"],
    suffix: ["RESEARCH", "LAB", ""],
  },
  PRC: { prefix: ["", "NORDIC", "EURO", "GLOBAL"], suffix: ["GMBH", "AB", "SRL", "SAS", "BV", "OY", "LTD", "SA"] },
  PUB: { prefix: ["CITY OF", "MUNICIPALITY OF", "REGION", "MINISTRY OF"], suffix: [""] },
  OTH: { prefix: ["ASSOCIATION", "FOUNDATION", "NETWORK"], suffix: ["EUROPE", "ASBL", ""] },
};
const activityTypes = [
  ["PRC", 0.42],
  ["HES", 0.17],
  ["REC", 0.2],
  ["PUB", 0.1],
  ["OTH", 0.11],
] as const;
const countries = [
  ["DE", 12],
  ["ES", 11],
  ["IT", 11],
  ["FR", 10],
  ["UK", 8],
  ["NL", 6],
  ["BE", 5],
  ["SE", 4],
  ["EL", 4],
  ["PT", 4],
  ["AT", 3],
  ["DK", 3],
  ["FI", 3],
  ["NO", 2],
  ["PL", 3],
  ["IE", 2],
  ["CH", 2],
  ["IL", 1],
  ["US", 1],
  ["CN", 1],
] as const;
const cities: Record<string, string> = {
  DE: "Berlin",
  ES: "Madrid",
  IT: "Roma",
  FR: "Paris",
  UK: "London",
  NL: "Delft",
  BE: "Bruxelles",
  SE: "Stockholm",
  EL: "Athina",
  PT: "Lisboa",
  AT: "Wien",
  DK: "Kobenhavn",
  FI: "Helsinki",
  NO: "Oslo",
  PL: "Warszawa",
  IE: "Dublin",
  CH: "Zurich",
  IL: "Haifa",
  US: "Boston",
  CN: "Beijing",
};

function picker<T>(random: () => number, weighted: ReadonlyArray<readonly [T, number]>): () => T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  return () => {
    let u = random() * total;
    for (const [value, weight] of weighted) if ((u -= weight) < 0) return value;
    return weighted[weighted.length - 1][0];
  };
}

/** Samples organisation indexes: a Zipf-like head (hubs) mixed with a uniform tail, by binary search. */
function organisationSampler(random: () => number, count: number): () => number {
  const cumulative = new Float64Array(count);
  let sum = 0;
  for (let i = 0; i < count; i += 1) cumulative[i] = sum += (i + 20) ** -0.75;
  return () => {
    if (random() < 0.2) return Math.floor(random() * count);
    const u = random() * sum;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < u) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const quote = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
const line = (values: Array<string | number>) => `${values.map(quote).join(";")}\n`;
const pad = (n: number) => String(n).padStart(2, "0");

async function writeLines(
  file: string,
  header: string[],
  rows: AsyncIterable<string> | Iterable<string>,
): Promise<void> {
  const gzip = createGzip({ level: 4 });
  const out = fs.createWriteStream(file);
  const piped = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
    gzip.on("error", reject);
  });
  gzip.pipe(out);
  gzip.write(line(header));
  for await (const row of rows) if (!gzip.write(row)) await once(gzip, "drain");
  gzip.end();
  await piped;
}

/**
 * Writes a CORDIS-shaped project file and organization file (`;`-separated, every field quoted,
 * gzip), with the shipped files' columns: heavy-tailed participations per organisation, projects
 * of 3 to 40 partners, FP7/H2020/HORIZON over 2007–2027.
 */
export async function generateCordis(
  size: GeneratorSize,
  seed: number,
  dir: string,
  progress: (message: string) => void = () => {},
): Promise<GeneratedFiles> {
  fs.mkdirSync(dir, { recursive: true });
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const activity = picker(random, activityTypes);
  const country = picker(random, countries);
  const organisations = Array.from({ length: size.organisations }, (_, i) => {
    const type = activity();
    const parts = nameParts[type];
    const code = country();
    const name = [
      pick(parts.prefix),
      `${pick(words).toUpperCase()} ${pick(words).toUpperCase()}`,
      pick(parts.suffix),
      String(i),
    ]
      .filter((part) => part !== "")
      .join(" ");
    return {
      id: String(900_000_000 + i),
      name,
      type,
      country: code,
      vat: random() < 0.6 ? `${code}${100_000_000 + i}` : "",
    };
  });
  const sampleOrganisation = organisationSampler(random, size.organisations);
  // Sizes 3..40, skewed small; the exponent makes the mean match participations/projects.
  const mean = size.participations / size.projects;
  const exponent = Math.max(0.1, 37 / Math.max(0.6, mean - 2.5) - 1);
  const projectFile = path.join(dir, `bench-${seed}-${size.projects}-project.csv.gz`);
  const organizationFile = path.join(dir, `bench-${seed}-${size.projects}-organization.csv.gz`);
  const projects: Array<{ id: string; acronym: string; members: number[] }> = [];
  let participations = 0;

  function* projectRows(): Iterable<string> {
    for (let j = 0; j < size.projects; j += 1) {
      const year = 2007 + Math.floor(random() * 20);
      const programme = year < 2014 ? "FP7" : year < 2021 ? "H2020" : "HORIZON";
      const cluster = 1 + Math.floor(random() * 6);
      const topic =
        programme === "HORIZON"
          ? `HORIZON-CL${cluster}-${year}-D${1 + Math.floor(random() * 6)}-0${1 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 9)}`
          : programme === "H2020"
            ? `SC${cluster}-${10 + Math.floor(random() * 20)}-${year}`
            : `FP7-ENV-${year}-${1 + Math.floor(random() * 9)}`;
      const id = String((programme === "HORIZON" ? 101_000_000 : programme === "H2020" ? 630_000 : 200_000) + j);
      const theme = [pick(words), pick(words), pick(words)];
      const acronym = `${theme[0].slice(0, 4).toUpperCase()}${theme[1].slice(0, 3).toUpperCase()}${j}`;
      const members = new Set<number>();
      const wanted = 3 + Math.floor(37 * random() ** exponent);
      while (members.size < wanted) members.add(sampleOrganisation());
      projects.push({ id, acronym, members: [...members] });
      participations += members.size;
      const start = `${year}-${pad(1 + Math.floor(random() * 12))}-01`;
      const end = `${year + 2 + Math.floor(random() * 3)}-${start.slice(5, 7)}-28`;
      const cost = Math.round(500_000 + random() * 9_500_000);
      const objective = Array.from({ length: 40 }, () => pick(words)).join(" ");
      yield line([
        id,
        acronym,
        "CLOSED",
        `${theme.join(" ")} for a resilient Europe`,
        start,
        end,
        cost,
        Math.round(cost * 0.8),
        `${programme}.2.${cluster}`,
        topic,
        start,
        programme,
        topic.split("-").slice(0, 3).join("-"),
        topic,
        programme === "HORIZON" ? "HORIZON-RIA" : "RIA",
        `${theme.join(" ")}: ${objective}.`,
        `${year + 1}-01-01 10:00:00`,
        String(100_000 + j),
        `10.3030/${id}`,
      ]);
      if ((j + 1) % 5000 === 0) progress(`generated ${j + 1} projects`);
    }
  }
  await writeLines(projectFile, projectColumns, projectRows());

  function* organizationRows(): Iterable<string> {
    for (const [index, project] of projects.entries()) {
      for (const [order, member] of project.members.entries()) {
        const org = organisations[member];
        const role =
          order === 0 ? "coordinator" : random() < 0.06 ? "thirdParty" : random() < 0.05 ? "partner" : "participant";
        const contribution = Math.round(50_000 + random() * 900_000);
        yield line([
          project.id,
          project.acronym,
          org.id,
          org.vat,
          org.name,
          "",
          org.type === "PRC" && random() < 0.5 ? "true" : "false",
          org.type,
          "Main street 1",
          "10000",
          cities[org.country],
          org.country,
          `${org.country}1`,
          "",
          "",
          "",
          "",
          role,
          order + 1,
          contribution,
          contribution,
          Math.round(contribution * 1.2),
          "false",
          "",
          "2024-01-01 10:00:00",
          String(2_000_000 + index),
        ]);
      }
      if ((index + 1) % 5000 === 0) progress(`wrote participations of ${index + 1} projects`);
    }
  }
  await writeLines(organizationFile, organizationColumns, organizationRows());
  return { projectFile, organizationFile, projects: projects.length, participations };
}
