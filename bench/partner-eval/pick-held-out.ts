import { mulberry32 } from "../seeded-random.js";
import type { EvalProject } from "./read-eval-history.js";

/** A held-out project and the two scenarios asked of it. */
export interface HeldOut {
  project: EvalProject;
  /** Scenario A: the coordinator alone; scenario B: the coordinator and two partners. */
  consortia: { A: string[]; B: string[] };
}

/** FNV-1a of a string: a stable order that does not depend on the database's. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value;
}

/**
 * The held-out projects of a window [from, to): consortium projects (a coordinator and at least
 * three more participants, so that scenario B leaves at least one to find) with a call topic,
 * taken in the order of a hash of their id with the seed, `count` of them. Scenario B's two
 * partners are drawn with the seed too.
 */
export function pickHeldOut(
  projects: EvalProject[],
  window: { from: string; to: string },
  count: number,
  seed: number,
): HeldOut[] {
  const eligible = projects.filter(
    (p) =>
      p.start !== null &&
      p.start >= window.from &&
      p.start < window.to &&
      p.coordinator !== null &&
      p.participants.length >= 4 &&
      p.topics.length > 0 &&
      p.title !== "",
  );
  eligible.sort((a, b) => hash(`${seed}:${a.id}`) - hash(`${seed}:${b.id}`) || a.id.localeCompare(b.id));
  return eligible.slice(0, count).map((project) => {
    const random = mulberry32(hash(`${seed}:partners:${project.id}`));
    const partners = project.participants.filter((id) => id !== project.coordinator);
    const first = partners.splice(Math.floor(random() * partners.length), 1)[0];
    const second = partners.splice(Math.floor(random() * partners.length), 1)[0];
    const coordinator = project.coordinator as string;
    return { project, consortia: { A: [coordinator], B: [coordinator, first, second] } };
  });
}
