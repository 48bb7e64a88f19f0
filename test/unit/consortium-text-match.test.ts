import { describe, expect, it } from "vitest";
import { matchProjectText, ProjectTextBuilder, projectWords } from "../../server/consortium/match-project-text.js";

const texts = [
  "Solar fuels from sunlight: artificial photosynthesis for hydrogen",
  "Hydrogen storage in salt caverns for the energy transition",
  "Urban mobility and bicycle lanes in Nordic cities",
  "Photosynthesis in algae and crops under drought",
  "Energy transition of Nordic cities: district heating",
];

function indexOf(projects: string[]) {
  const builder = new ProjectTextBuilder();
  projects.forEach((text, project) => builder.add(project, text));
  return builder.build(projects.length);
}

const countsOf = (text: string) => {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().split(/\s+/)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
};

describe("the partner finder's text match", () => {
  it("ranks projects by the TF-IDF cosine of their text to the topic's words, the most similar first", () => {
    const index = indexOf(texts);
    const matches = matchProjectText(
      index,
      countsOf("artificial photosynthesis hydrogen"),
      new Uint8Array(5).fill(1),
      10,
    );
    expect(matches.map((match) => match.project)).toEqual([0, 3, 1]);
    expect(matches[0].similarity).toBeGreaterThan(matches[1].similarity);
    for (const match of matches) expect(match.similarity).toBeLessThanOrEqual(1);
  });

  it("gives a project worded exactly as the topic a similarity of 1", () => {
    const index = indexOf(texts);
    const [first] = matchProjectText(
      index,
      countsOf("urban mobility bicycle lanes nordic cities"),
      new Uint8Array(5).fill(1),
      1,
    );
    expect(first.project).toBe(2);
    expect(first.similarity).toBeCloseTo(1, 5);
  });

  it("matches only projects in scope, and at most the limit", () => {
    const index = indexOf(texts);
    const scope = Uint8Array.from([0, 1, 1, 1, 1]);
    const matches = matchProjectText(index, countsOf("hydrogen energy cities photosynthesis"), scope, 2);
    expect(matches).toHaveLength(2);
    expect(matches.map((match) => match.project)).not.toContain(0);
  });

  it("matches nothing for words no project holds", () => {
    const index = indexOf(texts);
    expect(matchProjectText(index, countsOf("quantum"), new Uint8Array(5).fill(1), 10)).toEqual([]);
  });

  it("gives each project's significant words back", () => {
    const index = indexOf(texts);
    expect(projectWords(index, 2)).toEqual(new Set(["urban", "mobility", "bicycle", "lanes", "nordic", "cities"]));
    expect(projectWords(index, 1)).toEqual(new Set(["hydrogen", "storage", "salt", "caverns", "energy", "transition"]));
  });
});
