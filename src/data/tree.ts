import type { Tier } from './schemas/index.ts';

/** A tier of the pyramid with the tiers below it, ready for d3-hierarchy or a nested list. */
export type TierNode = Tier & { readonly children: readonly TierNode[] };

/** Builds the pyramid from its flat records; validation has already ensured one root and no cycle. */
export function buildTierTree(tiers: readonly Tier[]): TierNode {
  const node = (tier: Tier): TierNode => ({ ...tier, children: tiers.filter((t) => t.parent === tier.id).map(node) });
  const root = tiers.find((t) => t.parent === null);
  if (!root) throw new Error('data/hierarchy.json › (file) › parent: no top tier');
  return node(root);
}
