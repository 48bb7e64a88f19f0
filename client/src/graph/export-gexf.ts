import type { ExplorerGraph } from "./explorer-graph.js";

/**
 * The graph as GEXF 1.3 (for Gephi): nodes with their type, kind and degree, edges with their
 * type, dates, weight and first source, and the positions, colours and sizes as drawn.
 */
export function exportGexf(graph: ExplorerGraph, options: { title?: string; date?: string } = {}): string {
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">`,
    `  <meta${options.date ? ` lastmodifieddate="${escapeXml(options.date)}"` : ""}>`,
    `    <creator>Samverkan</creator>`,
    `    <description>${escapeXml(options.title ?? "Samverkan network")}</description>`,
    `  </meta>`,
    `  <graph defaultedgetype="directed" mode="static">`,
    `    <attributes class="node">`,
    `      <attribute id="type" title="type" type="string"/>`,
    `      <attribute id="kind" title="kind" type="string"/>`,
    `      <attribute id="degree" title="degree" type="integer"/>`,
    `    </attributes>`,
    `    <attributes class="edge">`,
    `      <attribute id="type" title="type" type="string"/>`,
    `      <attribute id="since" title="since" type="string"/>`,
    `      <attribute id="until" title="until" type="string"/>`,
    `      <attribute id="source" title="source" type="string"/>`,
    `      <attribute id="quote" title="quote" type="string"/>`,
    `    </attributes>`,
    `    <nodes>`,
  ];
  graph.forEachNode((node, attributes) => {
    lines.push(
      `      <node id="${escapeXml(node)}" label="${escapeXml(attributes.label)}">`,
      `        <attvalues>`,
      attvalue("type", attributes.category),
      attvalue("kind", attributes.kind),
      attvalue("degree", String(attributes.degree)),
      `        </attvalues>`,
      `        <viz:color ${rgb(attributes.color)}/>`,
      `        <viz:position x="${round(attributes.x)}" y="${round(attributes.y)}" z="0"/>`,
      `        <viz:size value="${round(attributes.size)}"/>`,
      `      </node>`,
    );
  });
  lines.push(`    </nodes>`, `    <edges>`);
  graph.forEachEdge((edge, attributes, source, target) => {
    const evidence = attributes.evidence[0];
    lines.push(
      `      <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}" label="${escapeXml(attributes.relationship)}" weight="${attributes.weight}">`,
      `        <attvalues>`,
      attvalue("type", attributes.relationship),
      attvalue("since", attributes.since),
      attvalue("until", attributes.until),
      attvalue("source", evidence?.source.title),
      attvalue("quote", evidence?.quote),
      `        </attvalues>`,
      `      </edge>`,
    );
  });
  lines.push(`    </edges>`, `  </graph>`, `</gexf>`);
  return lines.filter((line) => line !== "").join("\n") + "\n";
}

function attvalue(id: string, value: string | null | undefined): string {
  return value === null || value === undefined || value === ""
    ? ""
    : `          <attvalue for="${id}" value="${escapeXml(value)}"/>`;
}

function rgb(hex: string): string {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const [r, g, b] = match ? match.slice(1).map((part) => parseInt(part, 16)) : [127, 127, 127];
  return `r="${r}" g="${g}" b="${b}"`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function escapeXml(text: string): string {
  return (
    text
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
      .replaceAll("'", "&apos;")
      // XML 1.0 forbids these control characters.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
  );
}
