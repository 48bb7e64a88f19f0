/** Lays the drawn graph out and, once the layout has stopped, moves the camera to what was asked for. */
import type { GraphRenderer } from "./create-renderer.js";
import type { ExplorerGraph } from "./explorer-graph.js";
import type { Highlight } from "./highlight.js";
import { runLayout } from "./run-layout.js";

/** Where the camera goes when the layout stops: one node in the centre, or several in view. */
export type CameraTarget = { node: string } | { nodes: string[] };

export interface LayoutCamera {
  /** Lays the graph out; with `onlyThese`, every other node stays where it is. */
  relayout(onlyThese: Set<string> | null): void;
  /** Where the camera goes once the next layout stops (or at the next {@link LayoutCamera.moveCamera}). */
  aimWhenSettled(target: CameraTarget): void;
  /**
   * Once the next layout stops, and no other target was asked for: moves the camera so that the
   * whole graph is in view if one of these nodes (added around ones that kept their places) fell outside it.
   */
  revealWhenSettled(nodes: string[]): void;
  /** Moves the camera to the target asked for, if any, now. */
  moveCamera(): void;
  stop(): void;
}

/**
 * The layout and the camera of one view: `onSettled` is called each time a layout stops, after the
 * camera has moved. Pinned nodes (`highlight.pinned`) never move.
 */
export function createLayoutCamera(
  graph: ExplorerGraph,
  renderer: GraphRenderer,
  highlight: Highlight,
  onSettled: () => void,
): LayoutCamera {
  let target: CameraTarget | null = null;
  let reveal: string[] = [];
  let stopLayout = () => {};

  function moveCamera() {
    const [aim, added] = [target, reveal];
    target = null;
    reveal = [];
    if (!aim) {
      if (added.length > 0) renderer.revealNodes(added.filter((node) => graph.hasNode(node)));
      return;
    }
    if ("node" in aim) {
      if (graph.hasNode(aim.node)) renderer.centreOn(aim.node);
    } else {
      renderer.fitNodes(aim.nodes.filter((node) => graph.hasNode(node)));
    }
  }

  return {
    relayout(onlyThese) {
      stopLayout();
      document.body.dataset.layout = "running";
      const held = onlyThese ? graph.filterNodes((node, attributes) => !onlyThese.has(node) && !attributes.fixed) : [];
      for (const node of held) graph.setNodeAttribute(node, "fixed", true);
      stopLayout = runLayout(graph, {
        onStop: () => {
          for (const node of held)
            if (graph.hasNode(node) && !highlight.pinned.has(node)) graph.setNodeAttribute(node, "fixed", false);
          document.body.dataset.layout = "idle";
          moveCamera();
          onSettled();
        },
      });
    },
    aimWhenSettled(aim) {
      target = aim;
    },
    revealWhenSettled(nodes) {
      reveal = nodes;
    },
    moveCamera,
    stop: () => stopLayout(),
  };
}
