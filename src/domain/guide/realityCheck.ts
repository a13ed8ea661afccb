import type { KnowledgeBase } from '../kb/knowledgeBase.ts';
import type { Role } from '../kb/schemas.ts';
import type { Transition } from './planTransition.ts';
import { levelName } from './words.ts';

const MAX_ITEMS = 5;

/** DESIGN §5.10: a trait is never both something you'll love and something you might miss. */
export function realityCheck(kb: KnowledgeBase, source: Role, target: Role, transition: Transition) {
  const traitText = (ids: readonly string[], pick: 'love' | 'miss' | 'challenge') =>
    ids.flatMap((id) => {
      const text = kb.trait.get(id)?.[pick];
      return text ? [text] : [];
    });
  const targetLoves = new Set(target.traits.love);
  const hardest = transition.biggestGaps[0];
  const hardestText = hardest
    ? [
        `Going from ${levelName(hardest.fromLevel)} to ${levelName(hardest.toLevel)} in ${kb.skill.get(hardest.skill)?.name ?? hardest.skill} ` +
          `takes about ${hardest.hours} hours, the longest single climb in this plan.`,
      ]
    : [];
  return {
    love: traitText(target.traits.love, 'love').slice(0, MAX_ITEMS),
    // Someone starting from scratch leaves no job behind, so there is nothing to miss.
    miss: source.startingPoint
      ? []
      : traitText(
          source.traits.love.filter((id) => !targetLoves.has(id)),
          'miss',
        ).slice(0, MAX_ITEMS),
    challenges: [...traitText(target.traits.challenges, 'challenge').slice(0, MAX_ITEMS - 1), ...hardestText],
  };
}
