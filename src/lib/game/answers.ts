/**
 * The answers the game records, built the same way by the machine and by the selectors that read a
 * saved game without it (`savedGameAt`), which must not import XState (the play and homework pages
 * load the machine only when a game starts: README, Budgets).
 */
import type { Response } from '$lib/quiz/types';
import type { GameAnswer, GameContext } from './machine';

/**
 * The answer to `context`'s current item: takes `response` in the quiz's own option order (null
 * for a time-up) and `at`, when it was given (epoch ms); returns it with `elapsedMs`, `at` minus
 * the time the item was shown (never negative; 0 when it has not been shown).
 */
export function answerTo(context: GameContext, response: Response | null, at: number): GameAnswer {
	return {
		itemId: context.quiz.items[context.index].id,
		response,
		at,
		elapsedMs: Math.max(0, at - (context.shownAt ?? at))
	};
}

/**
 * The time-up of `context`'s current item: no response, stamped at its deadline (epoch ms), so
 * its whole limit elapsed; at the time it was shown when it has no deadline, 0 when neither is set.
 */
export function timeUpAnswer(context: GameContext): GameAnswer {
	return answerTo(context, null, context.deadline ?? context.shownAt ?? 0);
}
