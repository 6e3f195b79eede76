/**
 * The game machine (XState v5): one player plays one quiz, item by item, in timed or relaxed mode.
 *
 * States: `intro` → `item` (`item.timed` with a countdown, or `item.relaxed` with none) →
 * `feedback` (`correct`, `partial`, `incorrect` or `timedOut`; `sealed` while a homework answer waits
 * for its key) → the next `item` … → `results`,
 * and from `results` a replay with a new option order. Tags group states for the UI:
 * `answering` (item), `countdown` (item.timed), `reviewing` (feedback), `in-play` (item and
 * feedback), `finished` (results).
 *
 * Pure: the quiz, mode and seed come in as input; time comes only from the `at` timestamps (epoch
 * ms) of events and the actor's clock (a `SimulatedClock` in tests), so the same events give the
 * same game. Scoring lives in `$lib/quiz/scoring`; the context keeps only the facts (responses
 * and their times), and points are derived from them with `scoreGame`, as the server does.
 *
 * Timing rules:
 * - Each timed item stores its `deadline` (epoch ms) when shown; elapsed time is the answer's `at`
 *   minus the item's `shownAt`, so a hidden or reloaded tab gains no time.
 * - An answer stamped `at <= deadline` counts, one stamped later is a time-up. If the time-up is
 *   processed first and an answer stamped `at <= deadline` arrives afterwards, the answer
 *   replaces the time-up: the item is scored exactly once, never twice and never lost.
 * - A second answer to an item is refused (no transition handles it), so the browser's Back
 *   button cannot answer an item again.
 * - A quiz played against a server's clock (timed homework) sends `item.served` once the server has
 *   handed the item out: the item's deadline becomes the time the server says it has left, so the
 *   countdown shown is the server's, on a reload as at the start.
 * - XState does not re-arm `after` timers from a persisted snapshot (statelyai/xstate#5331): after
 *   restoring, send `game.resumed` with the current time; the item re-arms its timer with the
 *   time left until its stored deadline, or times out at once when the deadline has passed.
 */
import { and, assign, not, raise, setup, type SnapshotFrom } from 'xstate';
import { hashString } from '$lib/quiz/prng';
import { credit, shuffleOptions, timeLimitMs } from '$lib/quiz/scoring';
import { isSealed } from '$lib/quiz/sealed';
import type { GameMode, Item, Quiz, Response } from '$lib/quiz/types';
import { answerTo, timeUpAnswer } from './answers';

/**
 * The part of a quiz the game plays: its id and items. The play page sends the browser only
 * this (and the article to quote), not the generator's sentence list.
 */
export type GameQuiz = Pick<Quiz, 'id' | 'items'>;

/** What the machine is started with: the quiz, the mode, and the seed of the option order. */
export interface GameInput {
	quiz: GameQuiz;
	mode: GameMode;
	seed: number;
}

/**
 * One answered item. `response` is in the quiz's own option order (not the shuffled display
 * order), null for a time-up; `at` is when it was given (epoch ms); `elapsedMs` is `at` minus the
 * time the item was shown.
 */
export interface GameAnswer {
	itemId: string;
	response: Response | null;
	at: number;
	elapsedMs: number;
}

/**
 * The machine's context, serialisable as JSON. `index` is the current item; `shownAt` and
 * `deadline` (epoch ms; `deadline` null in relaxed mode) belong to it, both null before the start.
 */
export interface GameContext {
	quiz: GameQuiz;
	mode: GameMode;
	seed: number;
	index: number;
	shownAt: number | null;
	deadline: number | null;
	answers: GameAnswer[];
}

/**
 * The events, each a fact with its time `at` (epoch ms, `Date.now()` in the browser).
 * `answer.submitted.response` is in display order (as `selectCurrentItem` shows the options).
 * `game.resumed` is sent after restoring a snapshot or when a hidden tab is shown again.
 * `replay.requested.seed` is the new option order's seed; by default one derived from the last.
 * `keys.revealed.items` are the first items of the quiz whole, for a quiz sent sealed (homework,
 * `sealItem`): the feedback on an answer waits for its item's key.
 * `item.served.remainingMs` is the time (ms) the server gives the current timed item from `at`.
 */
export type GameEvent =
	| { type: 'quiz.started'; at: number }
	| { type: 'answer.submitted'; response: Response; at: number }
	| { type: 'timer.expired'; at: number }
	| { type: 'next.requested'; at: number }
	| { type: 'game.resumed'; at: number }
	| { type: 'replay.requested'; at: number; seed?: number }
	| { type: 'keys.revealed'; at: number; items: Item[] }
	| { type: 'item.served'; at: number; remainingMs: number };

/** Tags the UI groups states by. */
export type GameTag = 'answering' | 'countdown' | 'reviewing' | 'in-play' | 'finished';

/** Maps a response in display order to the quiz's own option order; null when out of range. */
function toQuizOrder(context: GameContext, response: Response): Response | null {
	if (response.kind !== 'choice') return response;
	const { order } = shuffleOptions(context.quiz.items[context.index], context.seed);
	const option = order[response.option];
	return option === undefined ? null : { kind: 'choice', option };
}

function lastAnswer(context: GameContext): GameAnswer | undefined {
	return context.answers[context.answers.length - 1];
}

function lastCredit(context: GameContext): number {
	const answer = lastAnswer(context);
	if (!answer?.response) return 0;
	return credit(context.quiz.items[context.answers.length - 1], answer.response);
}

/** The game machine; create it with `createActor(gameMachine, { input, clock? })`. */
export const gameMachine = setup({
	types: {
		context: {} as GameContext,
		events: {} as GameEvent,
		input: {} as GameInput,
		tags: {} as GameTag
	},
	guards: {
		isTimed: ({ context }) => context.mode === 'timed',
		isValidResponse: ({ context, event }) =>
			event.type === 'answer.submitted' && toQuizOrder(context, event.response) !== null,
		isInTime: ({ context, event }) => context.deadline === null || event.at <= context.deadline,
		isPastDeadline: ({ context, event }) => context.deadline !== null && event.at >= context.deadline,
		isServedOutOfTime: ({ event }) => event.type === 'item.served' && event.remainingMs <= 0,
		hasMoreItems: ({ context }) => context.index + 1 < context.quiz.items.length,
		isKeySealed: ({ context }) => isSealed(context.quiz.items[context.index]),
		isTimedOut: ({ context }) => lastAnswer(context)?.response === null,
		isCorrect: ({ context }) => lastCredit(context) === 1,
		hasPartialCredit: ({ context }) => lastCredit(context) > 0
	},
	actions: {
		showItem: assign(({ context }, params: { index: number; at: number }) => ({
			index: params.index,
			shownAt: params.at,
			deadline:
				context.mode === 'timed' ? params.at + timeLimitMs(context.quiz.items[params.index]) : null
		})),
		recordAnswer: assign(({ context }, params: { response: Response; at: number }) => ({
			answers: [...context.answers, answerTo(context, toQuizOrder(context, params.response), params.at)]
		})),
		recordTimeUp: assign(({ context }) => ({ answers: [...context.answers, timeUpAnswer(context)] })),
		replaceTimeUpWithAnswer: assign(({ context }, params: { response: Response; at: number }) => ({
			answers: [
				...context.answers.slice(0, -1),
				answerTo(context, toQuizOrder(context, params.response), params.at)
			]
		})),
		revealKeys: assign(({ context, event }) => {
			if (event.type !== 'keys.revealed') return {};
			const items = context.quiz.items.map((item, i) => (event.items[i]?.id === item.id ? event.items[i] : item));
			return { quiz: { ...context.quiz, items } };
		}),
		setServerDeadline: assign(({ context }, params: { at: number; remainingMs: number }) => {
			const deadline = params.at + Math.max(0, params.remainingMs);
			return { deadline, shownAt: deadline - timeLimitMs(context.quiz.items[context.index]) };
		}),
		expireTimer: raise(({ context }) => ({ type: 'timer.expired' as const, at: context.deadline ?? 0 })),
		resetGame: assign((_, params: { seed: number }) => ({
			seed: params.seed,
			index: 0,
			shownAt: null,
			deadline: null,
			answers: []
		}))
	},
	delays: {
		// The timer always runs to the stored deadline, measured from the event that (re-)entered
		// the item, so a restored item waits only for the time it has left.
		timeLeft: ({ context, event }) => Math.max(0, (context.deadline ?? 0) - event.at)
	}
}).createMachine({
	id: 'game',
	initial: 'intro',
	context: ({ input }) => ({
		quiz: input.quiz,
		mode: input.mode,
		seed: input.seed >>> 0,
		index: 0,
		shownAt: null,
		deadline: null,
		answers: []
	}),
	on: {
		'keys.revealed': { actions: 'revealKeys' }
	},
	states: {
		intro: {
			on: {
				'quiz.started': {
					target: 'item',
					actions: { type: 'showItem', params: ({ event }) => ({ index: 0, at: event.at }) }
				}
			}
		},
		item: {
			tags: ['answering', 'in-play'],
			initial: 'arming',
			states: {
				arming: {
					always: [{ guard: 'isTimed', target: 'timed' }, { target: 'relaxed' }]
				},
				timed: {
					tags: ['countdown'],
					after: { timeLeft: { actions: 'expireTimer' } },
					on: {
						'answer.submitted': [
							{
								guard: and(['isInTime', 'isValidResponse']),
								target: '#game.feedback',
								actions: {
									type: 'recordAnswer',
									params: ({ event }) => ({ response: event.response, at: event.at })
								}
							},
							{ guard: not('isInTime'), target: '#game.feedback', actions: 'recordTimeUp' }
						],
						'timer.expired': {
							guard: 'isPastDeadline',
							target: '#game.feedback',
							actions: 'recordTimeUp'
						},
						'game.resumed': [
							{ guard: 'isPastDeadline', target: '#game.feedback', actions: 'recordTimeUp' },
							{ target: 'timed', reenter: true }
						],
						'item.served': [
							{
								guard: 'isServedOutOfTime',
								target: '#game.feedback',
								actions: [{ type: 'setServerDeadline', params: ({ event }) => ({ at: event.at, remainingMs: 0 }) }, 'recordTimeUp']
							},
							{
								target: 'timed',
								reenter: true,
								actions: { type: 'setServerDeadline', params: ({ event }) => ({ at: event.at, remainingMs: event.remainingMs }) }
							}
						]
					}
				},
				relaxed: {
					on: {
						'answer.submitted': {
							guard: 'isValidResponse',
							target: '#game.feedback',
							actions: {
								type: 'recordAnswer',
								params: ({ event }) => ({ response: event.response, at: event.at })
							}
						}
					}
				}
			}
		},
		feedback: {
			tags: ['reviewing', 'in-play'],
			initial: 'judging',
			states: {
				judging: {
					always: [
						{ guard: 'isKeySealed', target: 'sealed' },
						{ guard: 'isTimedOut', target: 'timedOut' },
						{ guard: 'isCorrect', target: 'correct' },
						{ guard: 'hasPartialCredit', target: 'partial' },
						{ target: 'incorrect' }
					]
				},
				// The answer is in, its key not yet: no verdict until the server reveals it.
				sealed: {
					on: {
						'keys.revealed': { target: 'judging', actions: 'revealKeys' },
						// no moving on past an answer whose verdict has not been shown
						'next.requested': {}
					}
				},
				correct: {},
				partial: {},
				incorrect: {},
				timedOut: {
					on: {
						'answer.submitted': {
							guard: and(['isInTime', 'isValidResponse']),
							target: 'judging',
							actions: {
								type: 'replaceTimeUpWithAnswer',
								params: ({ event }) => ({ response: event.response, at: event.at })
							}
						}
					}
				}
			},
			on: {
				'next.requested': [
					{
						guard: 'hasMoreItems',
						target: 'item',
						actions: {
							type: 'showItem',
							params: ({ context, event }) => ({ index: context.index + 1, at: event.at })
						}
					},
					{ target: 'results' }
				]
			}
		},
		results: {
			tags: ['finished'],
			on: {
				'replay.requested': {
					target: 'item',
					actions: [
						{
							type: 'resetGame',
							params: ({ context, event }) => ({
								seed: (event.seed ?? hashString('replay', context.seed)) >>> 0
							})
						},
						{ type: 'showItem', params: ({ event }) => ({ index: 0, at: event.at }) }
					]
				}
			}
		}
	}
});

/** A snapshot of the game machine. */
export type GameSnapshot = SnapshotFrom<typeof gameMachine>;
