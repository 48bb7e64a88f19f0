import { describe, expect, it } from "vitest";
import {
  findTopicCodes,
  maxTopicLength,
  maxTopicWords,
  parseTopic,
  significantWords,
  toTopicLuceneQuery,
} from "../../server/consortium/parse-topic.js";

const codeOf = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;

describe("call topic codes", () => {
  it("finds Horizon Europe and Horizon 2020 codes, whole or as prefixes, in upper case", () => {
    expect(findTopicCodes("Apply to HORIZON-CL5-2021-D3-01-01 (or the call HORIZON-CL5-2021-D3-01).")).toEqual([
      "HORIZON-CL5-2021-D3-01-01",
      "HORIZON-CL5-2021-D3-01",
    ]);
    expect(findTopicCodes("ERC-2021-STG, MG-2.3-2014 and horizon-cl6-2024-CircBio-01-3")).toEqual([
      "ERC-2021-STG",
      "MG-2.3-2014",
      "HORIZON-CL6-2024-CIRCBIO-01-3",
    ]);
  });

  it("leaves hyphenated words without a year alone", () => {
    expect(findTopicCodes("state-of-the-art, covid-19-related, 2021-2027, CO2-neutral")).toEqual([]);
  });

  it("does not take a code's pieces as words", () => {
    const topic = parseTopic("HORIZON-CL5-2021-D6-01-10 human-technology interfaces");
    expect(topic.codes).toEqual(["HORIZON-CL5-2021-D6-01-10"]);
    expect(topic.words).toEqual(["human", "technology", "interfaces"]);
  });
});

describe("topic words", () => {
  it("keeps folded, significant words, the most frequent first, ties in order of appearance", () => {
    expect(significantWords("The Solar fuels of the future: sólar cells and FUELS for Europe, 2050")).toEqual([
      "solar",
      "fuels",
      "future",
      "cells",
      "europe",
    ]);
  });

  it("drops Swedish function words too", () => {
    expect(significantWords("Hållbar mobilitet för staden och regionen")).toEqual([
      "hallbar",
      "mobilitet",
      "staden",
      "regionen",
    ]);
  });

  it("ORs the words, so a project matching more of them ranks higher", () => {
    expect(toTopicLuceneQuery(["solar", "fuels"])).toBe("solar OR fuels");
  });
});

describe("topic validation and caps", () => {
  it("refuses a blank topic or one without a word as BAD_USER_INPUT", () => {
    for (const blank of ["", "   \n", "!!! ... ---", "the and of"]) {
      try {
        parseTopic(blank);
        expect.fail(`"${blank}" was accepted`);
      } catch (error) {
        expect(codeOf(error)).toBe("BAD_USER_INPUT");
      }
    }
  });

  it("reads only the start of a very long topic, and at most 40 words", () => {
    const words = Array.from({ length: 3000 }, (_, index) => `word${index.toString(36)}x`);
    const topic = parseTopic(words.join(" "));
    expect(topic.truncated).toBe(true);
    expect(topic.words).toHaveLength(maxTopicWords);
    expect(topic.words[0]).toBe("word0x");
    const late = `${"filler ".repeat(maxTopicLength / 5)} HORIZON-CL5-2021-D3-01-01`;
    expect(parseTopic(late).codes).toEqual([]);
  });
});
