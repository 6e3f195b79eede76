import { counted } from '$lib/plural';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { answerModeOf, MIN_ANSWER_MS, scoreGame, timeLimitMs, type GameScore } from '$lib/quiz/scoring';
import type { Quiz, Response } from '$lib/quiz/types';
import type { ResultItem, ResultSummary } from '$lib/share/result';
import { encodeResultId, isResultId, RESULT_ID_BYTES } from '$lib/share/result-id';
import { outcomeOf } from '$lib/share/share-text';
import { isProfane } from './classroom/nickname';
import type { Db } from './db';

/**
 * Results of played games, scored here from the stored quiz and never from the client's points:
 * the client reports only what it answered and how long each answer took. This logic always runs
 * on the server, so that people can't post a perfect score they did not play (Sverdle's rule).
 */

/** The largest result post accepted, in bytes: 16 KiB holds 60 typed answers of 200 characters. */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * Slack on an item's time limit in timed mode, in ms, for the time between the client's timer
 * firing and its answer being recorded (a slow phone, a busy tab).
 */
export const TIMING_GRACE_MS = 2_000;

/** The longest an item may take in relaxed mode (no timer): a day, past which a time is not a play. */
export const MAX_RELAXED_ITEM_MS = 24 * 60 * 60 * 1000;

/**
 * The fastest believable mean time per answered item, in ms: `MIN_ANSWER_MS`, a human's reaction
 * time, so a game whose answers average under it was not read and is refused. A single answer
 * under it is not refused (a player's stray keystroke must not cost the whole result) but is
 * scored by `scoreGame` with the fewest speed points, so a few 0 ms answers among slow ones gain
 * nothing.
 */
export const MIN_MEAN_ANSWER_MS = MIN_ANSWER_MS;

/** The longest player name kept, in characters. */
export const MAX_NAME_LENGTH = 40;

/**
 * A post refused as forged or malformed; `message` tells the client what was wrong and `status`
 * is the HTTP status to answer with: 400, or 413 for a body over `MAX_BODY_BYTES`.
 */
export class ResultRefused extends Error {
	override name = 'ResultRefused';
	constructor(
		message: string,
		readonly status: 400 | 413 = 400,
		/** The one field a player can mend ('name'), when the refusal is about it; its message is then written for them. */
		readonly field?: 'name'
	) {
		super(message);
	}
}

const response = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('choice'), option: z.number().int().nonnegative() }).strict(),
	z.object({ kind: z.literal('text'), text: z.string().max(200) }).strict(),
	z.object({ kind: z.literal('number'), value: z.number().finite() }).strict()
]);

/** The refusal of a name the profanity list matches (`isProfane`), told to the player as it stands. */
const NAME_NOT_ALLOWED = 'Pick another name: that one is not allowed on a shared page.';

/** The JSON body of `POST /api/results`, as the client sends it at the end of a game. */
const submissionSchema = z
	.object({
		quizId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
		mode: z.enum(['timed', 'relaxed']),
		seed: z.number().int().min(0).max(0xffffffff),
		name: z
			.string()
			.trim()
			.max(MAX_NAME_LENGTH)
			.refine((s) => !/\p{Cc}/u.test(s), 'a name has no control characters')
			.refine((s) => !isProfane(s), NAME_NOT_ALLOWED)
			.optional(),
		challengeOf: z.string().refine(isResultId, 'challengeOf is a result id').optional(),
		answers: z
			.array(
				z
					.object({
						response: response.nullable(),
						// Non-finite numbers cannot come through JSON; the bound keeps integers exact.
						elapsedMs: z.number().nonnegative().max(Number.MAX_SAFE_INTEGER)
					})
					.strict()
			)
			.max(200)
	})
	.strict();

/**
 * A validated result post: the quiz, the mode and option-order seed played, an optional player
 * name, the result it answers (`challengeOf`) and one answer per item in play order (`response`
 * null for a time-up; `elapsedMs` from the item shown to the answer).
 */
export type Submission = z.infer<typeof submissionSchema>;

/**
 * Reads a request body as text, refusing more than `limit` bytes (by `Content-Length` when sent,
 * and by counting while reading, so a chunked body cannot slip past). Throws `ResultRefused`.
 */
export async function readLimitedText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
	const tooLarge = () => new ResultRefused(`the result is larger than ${limit} bytes`, 413);
	const declared = Number(request.headers.get('content-length'));
	if (declared > limit) throw tooLarge();
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			throw tooLarge();
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/**
 * Validates a parsed JSON body as a `Submission`. Throws `ResultRefused` naming the first
 * offending field (e.g. `answers.2.elapsedMs: ...`), or, for a name refused by its content, one
 * with `field: 'name'` whose message tells the player what to do.
 */
export function parseSubmission(json: unknown): Submission {
	const parsed = submissionSchema.safeParse(json);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	// a name the player typed is theirs to change, and told as such; the rest is a client's fault, named by its field
	if (issue.message === NAME_NOT_ALLOWED) throw new ResultRefused(issue.message, 400, 'name');
	throw new ResultRefused(`${issue.path.join('.') || 'body'}: ${issue.message}`);
}

function checkResponse(quiz: Quiz, index: number, given: Response): void {
	const item = quiz.items[index];
	const mode = answerModeOf(item);
	const where = `answer ${index + 1}`;
	if (mode === 'choice') {
		if (given.kind !== 'choice') throw new ResultRefused(`${where}: item ${item.id} is answered by choosing an option`);
		if (given.option >= item.options.length) {
			throw new ResultRefused(`${where}: option ${given.option} is out of range (the item has ${item.options.length})`);
		}
	} else if (given.kind === 'choice') {
		throw new ResultRefused(`${where}: item ${item.id} has no options to choose; send text or a number`);
	}
}

/**
 * Checks a submission against its quiz and scores it with the game's own rules (`scoreGame`).
 * Refused (`ResultRefused`): a count of answers other than the quiz's items; a response of the
 * wrong kind for its item or an option out of range; in timed mode an answer later than the
 * item's limit plus `TIMING_GRACE_MS`, in relaxed mode one over `MAX_RELAXED_ITEM_MS`; and a
 * game whose answered items average under `MIN_MEAN_ANSWER_MS`. A timed answer under
 * `MIN_ANSWER_MS` is accepted but earns the speed points of one at the item's limit (`scoreGame`).
 */
export function scoreSubmission(quiz: Quiz, submission: Submission): GameScore {
	const { answers, mode } = submission;
	if (answers.length !== quiz.items.length) {
		throw new ResultRefused(`the quiz has ${counted(quiz.items.length, 'item')} but the result holds ${counted(answers.length, 'answer')}`);
	}
	answers.forEach(({ response, elapsedMs }, index) => {
		if (response) checkResponse(quiz, index, response);
		const limit = mode === 'timed' ? timeLimitMs(quiz.items[index]) + TIMING_GRACE_MS : MAX_RELAXED_ITEM_MS;
		if (elapsedMs > limit) {
			throw new ResultRefused(`answer ${index + 1}: ${Math.round(elapsedMs)} ms is beyond the item's time limit`);
		}
	});
	const answered = answers.filter((a) => a.response !== null);
	const mean = answered.reduce((sum, a) => sum + a.elapsedMs, 0) / (answered.length || 1);
	if (answered.length > 0 && mean < MIN_MEAN_ANSWER_MS) {
		throw new ResultRefused(`answers averaging ${Math.round(mean)} ms are faster than anyone can read them`);
	}
	return scoreGame({ quiz, mode, answers });
}

interface ResultRow {
	id: string;
	quiz_id: string;
	mode: 'timed' | 'relaxed';
	seed: number;
	name: string | null;
	right_count: number;
	total: number;
	points: number;
	best_streak: number;
	outcomes: string;
	challenge_of: string | null;
	created_at: string;
}

function fromRow(row: ResultRow): ResultSummary {
	return {
		id: row.id,
		quizId: row.quiz_id,
		mode: row.mode,
		seed: row.seed,
		name: row.name,
		right: row.right_count,
		total: row.total,
		points: row.points,
		bestStreak: row.best_streak,
		items: JSON.parse(row.outcomes) as ResultItem[],
		challengeOf: row.challenge_of,
		createdAt: row.created_at
	};
}

/** The stored result with id `id`, or undefined when there is none (or `id` is not a result id). */
export function findResult(db: Db, id: string): ResultSummary | undefined {
	if (!isResultId(id)) return undefined;
	const row = db.prepare('SELECT * FROM results WHERE id = ?').get(id) as ResultRow | undefined;
	return row ? fromRow(row) : undefined;
}

/**
 * Checks that a challenge answers a stored result of the same quiz, played in the same mode with
 * the same seed (so the same option order). Returns that result; throws `ResultRefused`.
 */
function challengedResult(db: Db, submission: Submission): ResultSummary | null {
	if (!submission.challengeOf) return null;
	const original = findResult(db, submission.challengeOf);
	if (!original) throw new ResultRefused('the challenged result does not exist');
	if (original.quizId !== submission.quizId || original.seed !== submission.seed || original.mode !== submission.mode) {
		throw new ResultRefused('a challenge replays the same quiz, mode and seed as the result it answers');
	}
	return original;
}

/**
 * Validates, scores and stores one result post, all or nothing. Takes the database, the parsed
 * JSON body and a quiz lookup (the server's `findQuiz`). Returns the stored result and, for a
 * challenge, the result it answers. Throws `ResultRefused` for an unknown quiz or any refusal of
 * `parseSubmission`/`scoreSubmission`, having stored nothing.
 */
export function recordResult({
	db,
	json,
	lookupQuiz
}: {
	db: Db;
	json: unknown;
	lookupQuiz: (id: string) => Quiz | undefined;
}): { result: ResultSummary; challenged: ResultSummary | null } {
	const submission = parseSubmission(json);
	const quiz = lookupQuiz(submission.quizId);
	if (!quiz) throw new ResultRefused(`there is no quiz "${submission.quizId}"`);
	const score = scoreSubmission(quiz, submission);
	const challenged = challengedResult(db, submission);
	const items: ResultItem[] = score.perItem.map((s) => ({
		itemId: s.itemId,
		outcome: outcomeOf(s)
	}));
	const insert = db.prepare(
		`INSERT INTO results (id, quiz_id, mode, seed, name, right_count, total, points, best_streak,
			outcomes, answers, challenge_of, created_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const createdAt = new Date().toISOString();
	const name = submission.name || null;
	// 72 random bits make a collision all but impossible; a second draw covers the rest.
	for (let attempt = 0; ; attempt++) {
		const id = encodeResultId(randomBytes(RESULT_ID_BYTES));
		try {
			insert.run(
				id,
				quiz.id,
				submission.mode,
				submission.seed,
				name,
				score.right,
				score.total,
				score.points,
				score.bestStreak,
				JSON.stringify(items),
				JSON.stringify(submission.answers),
				challenged?.id ?? null,
				createdAt
			);
			return { result: findResult(db, id)!, challenged };
		} catch (error) {
			const duplicate = (error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
			if (!duplicate || attempt >= 2) throw error;
		}
	}
}

/**
 * The result a challenge link (`?challenge=<id>`) names, when it is a stored result of quiz
 * `quizId`; null for no link, a malformed or unknown id, or a result of another quiz, so a bad
 * link plays the quiz as usual.
 */
export function findChallenge(db: Db, quizId: string, id: string | null): ResultSummary | null {
	if (!id) return null;
	const result = findResult(db, id);
	return result && result.quizId === quizId ? result : null;
}

/**
 * Was `result` played on the quiz as it is now: the same items (by id) in the same order as
 * `itemIds`, and no save of the quiz since (`editedAt`, the ISO time of its last save; undefined
 * for a bundled quiz, which no one edits)? A quiz edited after a result was shared (an item
 * deleted, moved or replaced) gives a challenge of other questions, whose scores do not compare (a
 * fresh user's "0/3 against 0/4: Zoë wins"); an item edited in place keeps its id, and the
 * friend's marks stood beside the new question and key (another fresh user's find).
 */
export function playedOnItems(result: ResultSummary, itemIds: readonly string[], editedAt?: string): boolean {
	if (editedAt !== undefined && editedAt > result.createdAt) return false;
	return result.items.length === itemIds.length && result.items.every((item, n) => item.itemId === itemIds[n]);
}
