/** The evaluation's windows: the weights are fitted on `fit`, and reported on `test`, which fitting never reads. */
export const evalWindows = {
  fit: { from: "2024-01-01", to: "2025-01-01" },
  test: { from: "2025-01-01", to: "2100-01-01" },
} as const;
