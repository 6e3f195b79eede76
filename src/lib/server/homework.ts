/**
 * Homework (issue 8): a quiz set with a deadline and a mode, played by students at their own
 * pace. Each answer is posted as it is given and scored here with the game's own rules
 * (`scoreAnswer`), so the teacher's report fills in while homework comes in and the deadline is
 * kept by the server's clock, never the student's. No student accounts: a student holds a secret
 * token on their device; the teacher holds the secret report link. Only hashes of both are stored.
 */
import { counted } from '$lib/plural';
import { randomBytes, randomInt } from 'node:crypto';
import { z } from 'zod';
import { buildReport, type Report } from '$lib/report/report';
import { parseQuiz } from '$lib/quiz/schema';
import { articleContext, sealItem, type ArticleContext } from '$lib/quiz/sealed';
import { answerModeOf, scoreAnswer, timeLimitMs, type AnswerScore } from '$lib/quiz/scoring';
import type { GameMode, Item, Quiz, Response } from '$lib/quiz/types';
import { scrubDeleted, type Db } from './db';
import { hashToken, newToken } from './classroom/room';
import { checkNickname, NicknameError } from './classroom/nickname';
import { MAX_RELAXED_ITEM_MS } from './results';
import { cleanTeacherNote, TeacherNoteError } from './teacher-note';

/** Letters and digits of a homework code: no 0/O, 1/I/L, so a code read off a board is typed right. */
export const HOMEWORK_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** The length of a homework code. */
export const HOMEWORK_CODE_LENGTH = 6;

/** A request refused, with the HTTP status and a message that says what to do. */
export class HomeworkError extends Error {
	override name = 'HomeworkError';
	constructor(
		readonly status: 400 | 403 | 404 | 409 | 410,
		message: string,
		/** On a 410 to a student: what they handed in before the deadline, so the page can sum it up. */
		readonly handedIn?: HandedIn
	) {
		super(message);
	}
}

/** What a student handed in: how many answers, how many right, their points. */
export interface HandedIn {
	answered: number;
	correct: number;
	points: number;
}

/** A homework as stored. Times are epoch ms; `deadline` is the first instant nothing is accepted. */
export interface Homework {
	id: string;
	code: string;
	quiz: Quiz;
	mode: GameMode;
	deadline: number;
	createdAt: number;
}

/** A student of a homework: their nickname and the optional note only the teacher sees. */
export interface HomeworkStudent {
	id: string;
	nickname: string;
	note: string | null;
	joinedAt: number;
}

interface HomeworkRow {
	id: string;
	code: string;
	quiz_body: string;
	mode: GameMode;
	deadline: number;
	created_at: number;
}

const toHomework = (r: HomeworkRow): Homework => ({
	id: r.id,
	code: r.code,
	quiz: parseQuiz(JSON.parse(r.quiz_body)),
	mode: r.mode,
	deadline: r.deadline,
	createdAt: r.created_at
});

/** Whether `code` has the shape of a homework code (it may still name none). */
export function isHomeworkCode(code: string): boolean {
	return new RegExp(`^[${HOMEWORK_CODE_ALPHABET}]{${HOMEWORK_CODE_LENGTH}}$`).test(code);
}

/** What a typed code lacks to be a homework code (`homeworkCodeProblem`), with the room code to offer where it is one. */
export interface CodeProblem {
	/** A message that says what is wrong and what to type. */
	message: string;
	/** Six digits: the code of a class game, to be joined at /join. */
	roomCode?: string;
}

/**
 * Says what is wrong with a typed homework code, upper-cased with spaces and dashes dropped, or
 * null when it has the shape of one (`isHomeworkCode`; it may still name none). Six digits are a
 * class game's room code, the other code a student is given (a fresh user typed 000000 here and
 * was told a code "has six letters and digits"); a code of the right length with 0, 1, I, L or O
 * names the look-alike characters the alphabet leaves out; any other code is told its length.
 */
export function homeworkCodeProblem(code: string): CodeProblem | null {
	if (isHomeworkCode(code)) return null;
	const example = 'like K7M2QP';
	if (/^\d{6}$/.test(code)) return { message: classGameCodeMessage(code), roomCode: code };
	const outside = [...new Set([...code].filter((c) => !HOMEWORK_CODE_ALPHABET.includes(c)))];
	if (code.length === HOMEWORK_CODE_LENGTH && outside.every((c) => '01ILO'.includes(c))) {
		return { message: `A homework code has six letters and digits, ${example}, and never 0, 1, I, L or O, which look alike: check the ${outside.join(' and ')} against the code your teacher gave.` };
	}
	const length = [...code].length;
	const counted = length === HOMEWORK_CODE_LENGTH ? `only letters and digits (this one has ${outside.map((c) => `"${c}"`).join(' ')})` : `six letters and digits (this one has ${length})`;
	return { message: `A homework code has ${counted}, ${example}. Check it and try again.` };
}

/** What /h says of six digits typed as a homework code while a class game is open with them (or may be). */
export function classGameCodeMessage(code: string): string {
	return `${code} is the code of a class game, not of homework: a homework code has letters in it, like K7M2QP. To play the class game, join it.`;
}

function newCode(): string {
	return Array.from({ length: HOMEWORK_CODE_LENGTH }, () => HOMEWORK_CODE_ALPHABET[randomInt(HOMEWORK_CODE_ALPHABET.length)]).join('');
}

/** The furthest a deadline may lie ahead: a year, in ms. */
export const MAX_DEADLINE_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * Sets `quiz` as homework in `mode`, open until `deadline` (epoch ms). Returns the homework and
 * the teacher's secret report token (shown once; only its hash is kept). Throws `HomeworkError`
 * 400 when the deadline is not after `now`, or more than a year (`MAX_DEADLINE_MS`) after it.
 */
export function createHomework(
	db: Db,
	{ quiz, mode, deadline, now = Date.now() }: { quiz: Quiz; mode: GameMode; deadline: number; now?: number }
): { homework: Homework; reportToken: string } {
	if (!Number.isFinite(deadline) || deadline <= now) {
		throw new HomeworkError(400, 'Choose a deadline in the future.');
	}
	// homework is deleted some days after its deadline (retention.ts): "31 December 9999" would keep it for ever
	if (deadline > now + MAX_DEADLINE_MS) {
		throw new HomeworkError(400, 'Choose a deadline within a year from today.');
	}
	const reportToken = newToken();
	const insert = db.prepare(
		`INSERT INTO homework (id, code, quiz_id, quiz_body, mode, deadline, report_token_hash, created_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	);
	for (;;) {
		const homework = { id: randomBytes(9).toString('base64url'), code: newCode(), quiz, mode, deadline, createdAt: now };
		try {
			insert.run(homework.id, homework.code, quiz.id, JSON.stringify(quiz), mode, deadline, hashToken(reportToken), now);
			return { homework, reportToken };
		} catch (error) {
			// A code already taken: draw another (one in 887 million per open homework).
			if (!(error instanceof Error && /UNIQUE.*homework\.code/.test(error.message))) throw error;
		}
	}
}

/** The homework with `code`, or undefined. */
export function findHomework(db: Db, code: string): Homework | undefined {
	const row = db.prepare('SELECT * FROM homework WHERE code = ?').get(code) as HomeworkRow | undefined;
	return row && toHomework(row);
}

/** The homework whose report token is `token`, or undefined. */
export function findHomeworkByReportToken(db: Db, token: string): Homework | undefined {
	const row = db.prepare('SELECT * FROM homework WHERE report_token_hash = ?').get(hashToken(token)) as
		| HomeworkRow
		| undefined;
	return row && toHomework(row);
}

/** Whether a homework still accepts students and answers at `now` (epoch ms). */
export function isOpen(homework: Homework, now = Date.now()): boolean {
	return now < homework.deadline;
}

/**
 * What a student is told for a code no homework has. A deleted homework is scrubbed with its
 * code (db.ts), so a code that worked yesterday and one mistyped look alike: the message names
 * both causes (a fresh user was told to check a code their teacher had deleted).
 */
export const NO_SUCH_HOMEWORK = 'No homework has that code: check the six characters your teacher gave. A homework is also taken down when the teacher deletes it, and some days after its deadline.';

const closed = () =>
	new HomeworkError(410, 'The deadline for this homework has passed: nothing more can be handed in.');

function knownHomework(db: Db, code: string): Homework {
	const homework = findHomework(db, code);
	if (!homework) throw new HomeworkError(404, NO_SUCH_HOMEWORK);
	return homework;
}

function openHomework(db: Db, code: string, now: number): Homework {
	const homework = knownHomework(db, code);
	if (!isOpen(homework, now)) throw closed();
	return homework;
}

/**
 * Joins the homework `code` with a nickname (the live rooms' rules, `checkNickname`, unique in
 * the homework case-insensitively) and an optional `note` for the teacher. Returns the student
 * and their secret token. Throws `HomeworkError` 404 (no such code), 410 (past the deadline),
 * 409 (nickname taken), 400 (note too long: `cleanTeacherNote`), or `NicknameError` for a nickname breaking a rule.
 */
export function joinHomework(
	db: Db,
	{ code, nickname, note, now = Date.now() }: { code: string; nickname: string; note?: string; now?: number }
): { student: HomeworkStudent; token: string } {
	const homework = openHomework(db, code, now);
	const checked = checkNickname(nickname);
	let cleanNote: string | null;
	try {
		cleanNote = cleanTeacherNote(note);
	} catch (error) {
		if (error instanceof TeacherNoteError) throw new HomeworkError(400, error.message);
		throw error;
	}
	const taken = db
		.prepare('SELECT 1 FROM homework_students WHERE homework_id = ? AND nickname_key = ?')
		.get(homework.id, checked.key);
	if (taken) throw new HomeworkError(409, `Someone already uses the nickname “${checked.nickname}”: pick another.`);
	const token = newToken();
	const student = { id: randomBytes(9).toString('base64url'), nickname: checked.nickname, note: cleanNote, joinedAt: now };
	db.prepare(
		`INSERT INTO homework_students (id, homework_id, nickname, nickname_key, teacher_note, token_hash, joined_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?)`
	).run(student.id, homework.id, student.nickname, checked.key, cleanNote, hashToken(token), now);
	return { student, token };
}

const responseSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('choice'), option: z.number().int().nonnegative() }).strict(),
	z.object({ kind: z.literal('text'), text: z.string().max(200) }).strict(),
	z.object({ kind: z.literal('number'), value: z.number().finite() }).strict()
]);

/**
 * The JSON body of an answer post: the item's index and the response in quiz order (null: time-up).
 * `elapsedMs`, the device's own time, is allowed in the body (a page loaded before the server timed
 * answers sends it) and never read: the server times each answer from when it handed the item out
 * (`serverTiming`), or gives one to an item it never handed out no speed points (`unseenTiming`).
 */
export const answerPostSchema = z
	.object({
		itemIndex: z.number().int().nonnegative(),
		response: responseSchema.nullable(),
		elapsedMs: z.number().nonnegative().max(Number.MAX_SAFE_INTEGER).optional()
	})
	.strict();

/** A validated answer post (see `answerPostSchema`). */
export type AnswerPost = z.infer<typeof answerPostSchema>;

interface AnswerRow {
	student_id: string;
	item_index: number;
	response: string | null;
	elapsed_ms: number;
	correct: number;
	credit: number;
	points: number;
	streak: number;
}

/**
 * What an answer post returns: the answer's score, how many items the student has answered, and
 * those items whole (`revealed`, in item order), keys and source sentences included: the page
 * was sent them sealed (`sealItem`), so a key reaches the student only once their answer is in.
 */
export interface RecordedAnswer {
	score: Pick<AnswerScore, 'correct' | 'points' | 'streak'>;
	/**
	 * The stored score of every item answered so far, in item order. A page reopened after a reload
	 * posts its first saved answer and is told all of them are in (`answered`), so it posts no more:
	 * from `score` alone it knew only the first one's points and streak, and its resume screen said
	 * "streak 0" and its Continue rescored the last answer by the device's clock.
	 */
	scores: Pick<AnswerScore, 'correct' | 'points' | 'streak'>[];
	answered: number;
	revealed: Item[];
	/** The quiz's whole headline, once every item is answered: until then the page shows it masked. */
	title?: string;
	/**
	 * Why this answer is not counted, when the server will never accept it as given (a response of
	 * the wrong kind, an option out of range, a time beyond the item's limit): it is handed in as no
	 * answer instead (0 points, the streak broken), so the student can go on with the next item.
	 */
	refused?: string;
	/** What the student has handed in so far, by the server's count (a refused answer counts as no answer). */
	handedIn: HandedIn;
	/** Each revealed item's paragraph for "Show in article" (`articleContext`): the page is sent no article. */
	contexts: ArticleContext[];
}

/**
 * Records and scores one answer of the student holding `token`, at `now` by the server's clock.
 * Answers come in item order; posting an item already answered returns its stored score
 * unchanged (a retry after a lost reply, or a reload), so a student cannot answer twice.
 * Throws `HomeworkError`: 404 no such code, 403 unknown token, 410 at or after the deadline
 * (with what the student handed in before it, `handedIn`),
 * 409 an item skipped, 400 an item index past the quiz's end.
 * The answer is timed by the server, from the item's hand-out to `now` (`serverTiming`); the post's
 * `elapsedMs` is ignored. An answer to the first unanswered item that was never handed out (`openItem`;
 * a page loaded before the server timed answers) is taken, its hand-out recorded at `now`, and scored
 * as if it took the item's whole time (`unseenTiming`): no speed points, as the server cannot time it. An answer the server will never accept as given (a response of the wrong
 * kind, an option out of range, or one received after the item's time, `serverTiming`'s `late`) is
 * stored as no answer and returned with `refused`, the reason: refused outright, it would be posted
 * again and refused for ever, and every later item would wait behind it (409).
 */
export function recordAnswer(
	db: Db,
	{ code, token, post, now = Date.now() }: { code: string; token: string; post: AnswerPost; now?: number }
): RecordedAnswer {
	const homework = knownHomework(db, code);
	const student = studentOf(db, homework, token);
	const handedIn = () => handedInBy(db, student.id);
	if (!isOpen(homework, now)) throw new HomeworkError(410, closed().message, handedIn());
	return db.transaction((): RecordedAnswer => {
		const given = db
			.prepare('SELECT * FROM homework_answers WHERE student_id = ? ORDER BY item_index')
			.all(student.id) as AnswerRow[];
		const stored = given.find((a) => a.item_index === post.itemIndex);
		if (stored) {
			const revealed = homework.quiz.items.slice(0, given.length);
			return { score: storedScore(stored), scores: given.map(storedScore), answered: given.length, revealed, handedIn: handedIn(), contexts: contextsOf(homework.quiz, given.length), ...wholeTitleOnceDone(homework.quiz, given.length) };
		}
		const items = homework.quiz.items;
		if (post.itemIndex >= items.length) throw new HomeworkError(400, `The quiz has ${counted(items.length, 'item')}.`);
		if (post.itemIndex !== given.length) throw new HomeworkError(409, `Answer item ${given.length + 1} first.`);
		const item = items[post.itemIndex];
		const limitMs = timeLimitMs(item);
		const handedOutAt = handedOutAtOf(db, student.id, post.itemIndex);
		if (handedOutAt === undefined) {
			// A page loaded before the server handed items out answers without asking for them; refused,
			// it would be posted again and refused for ever. The hand-out is recorded now, so the item is not handed out anew.
			db.prepare('INSERT INTO homework_handouts (homework_id, student_id, item_index, handed_out_at) VALUES (?, ?, ?, ?)').run(homework.id, student.id, post.itemIndex, now);
		}
		const timing = handedOutAt === undefined ? unseenTiming(limitMs) : serverTiming({ mode: homework.mode, limitMs, handedOutAt, receivedAt: now });
		const refused = responseProblem(item, post.response) ?? (timing.late && post.response ? lateness(homework.mode) : null);
		// A refused answer counts as a time-up: 0 points, the streak broken.
		const response = refused ? null : post.response;
		const score = scoreAnswer({ item, response, elapsedMs: timing.elapsedMs, limitMs, mode: homework.mode, streak: given.at(-1)?.streak ?? 0 });
		db.prepare(
			`INSERT INTO homework_answers (homework_id, student_id, item_index, response, elapsed_ms, correct, credit,
			 points, streak, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		).run(
			homework.id,
			student.id,
			post.itemIndex,
			score.timedOut ? null : JSON.stringify(post.response),
			Math.round(timing.elapsedMs),
			score.correct ? 1 : 0,
			score.credit,
			score.points,
			score.streak,
			now
		);
		const answered = given.length + 1;
		const scored = { correct: score.correct, points: score.points, streak: score.streak };
		return {
			score: scored,
			scores: [...given.map(storedScore), scored],
			answered,
			revealed: items.slice(0, answered),
			handedIn: handedIn(),
			contexts: contextsOf(homework.quiz, answered),
			...(refused ? { refused } : {}),
			...wholeTitleOnceDone(homework.quiz, answered)
		};
	})();
}

/** A stored answer's score as an answer post returns it. */
function storedScore(row: AnswerRow): RecordedAnswer['score'] {
	return { correct: row.correct === 1, points: row.points, streak: row.streak };
}

/** The `articleContext` of each of the first `answered` items of `quiz`, in item order. */
function contextsOf(quiz: Quiz, answered: number): ArticleContext[] {
	return quiz.items.slice(0, answered).map((_, index) => articleContext(quiz.article.paragraphs, quiz.items, index, answered));
}

/** `{ title }`, the whole headline, once `answered` covers every item of `quiz`; else nothing. */
function wholeTitleOnceDone(quiz: Quiz, answered: number): { title?: string } {
	return answered >= quiz.items.length ? { title: quiz.title } : {};
}

/** Why `response` can never answer `item` (wrong kind, option out of range), or null if it can. */
function responseProblem(item: Quiz['items'][number], response: Response | null): string | null {
	if (!response) return null;
	if (answerModeOf(item) === 'choice') {
		if (response.kind !== 'choice') return 'this question is answered by choosing an option.';
		if (response.option >= item.options.length) return `option ${response.option + 1} is not one of its options.`;
	} else if (response.kind === 'choice') {
		return 'this question has no options to choose: it is answered by typing.';
	}
	return null;
}

/** Why an answer received too late to count (`serverTiming`'s `late`) is not counted, in `mode`. */
function lateness(mode: GameMode): string {
	return mode === 'timed'
		? 'it came after the question’s time was up.'
		: `it came more than ${Math.round(MAX_RELAXED_ITEM_MS / 3_600_000)} hours after the question opened.`;
}

/**
 * The network grace of a timed homework answer, in ms: the server's time from handing an item out
 * to receiving its answer includes the reply's trip to the device and the answer's trip back, which
 * the student did not spend reading, so that much is taken off before speed and time-up are judged.
 */
export const HANDOUT_GRACE_MS = 1_500;

/** How long a student took over an item by the server's clock (`serverTiming`). */
export interface ServerTiming {
	/** The time the answer is scored with, in ms: clamped to [0, the item's limit] (timed) or [0, `MAX_RELAXED_ITEM_MS`]. */
	elapsedMs: number;
	/** Whether the answer came after the item's time (timed: its limit after the grace; relaxed: `MAX_RELAXED_ITEM_MS`). */
	late: boolean;
}

/**
 * Times an answer by the server's clock alone: from `handedOutAt`, when the server sent the item's
 * stem and options (`openItem`), to `receivedAt`, when its answer arrived (epoch ms both), less
 * `HANDOUT_GRACE_MS` in timed mode. `limitMs` is the item's time limit (`timeLimitMs`). The device's
 * own account of its time is never read: a forged small time would earn the top speed points, a
 * forged large one all the time a student wanted.
 */
export function serverTiming({ mode, limitMs, handedOutAt, receivedAt }: { mode: GameMode; limitMs: number; handedOutAt: number; receivedAt: number }): ServerTiming {
	const taken = Math.max(0, receivedAt - handedOutAt - (mode === 'timed' ? HANDOUT_GRACE_MS : 0));
	const allowed = mode === 'timed' ? limitMs : MAX_RELAXED_ITEM_MS;
	return { elapsedMs: Math.min(taken, allowed), late: taken > allowed };
}

/**
 * The timing of an answer to an item the server never handed out (a page loaded before the server
 * timed answers, which never asks for a hand-out): the item's whole time `limitMs` (ms), never late.
 * The server cannot tell when such a student first read the item, so the answer earns the fewest
 * speed points an answer in time can (`speedPoints`), and a page that skips the hand-out never
 * gains over one that asks for it; timing it from its arrival instead would give it the top speed
 * points. Relaxed homework has no speed points, so there it changes nothing but the time stored.
 */
function unseenTiming(limitMs: number): ServerTiming {
	return { elapsedMs: limitMs, late: false };
}

/** What student `studentId` has handed in so far, by the server's count. */
function handedInBy(db: Db, studentId: string): HandedIn {
	return db
		.prepare('SELECT COUNT(*) AS answered, COALESCE(SUM(correct), 0) AS correct, COALESCE(SUM(points), 0) AS points FROM homework_answers WHERE student_id = ?')
		.get(studentId) as HandedIn;
}

/** When item `itemIndex` was handed out to `studentId` (epoch ms), or undefined if it never was. */
function handedOutAtOf(db: Db, studentId: string, itemIndex: number): number | undefined {
	const row = db
		.prepare('SELECT handed_out_at FROM homework_handouts WHERE student_id = ? AND item_index = ?')
		.get(studentId, itemIndex) as { handed_out_at: number } | undefined;
	return row?.handed_out_at;
}

/** The student of `homework` holding `token`; throws `HomeworkError` 403 for a token that joined no student of it. */
function studentOf(db: Db, homework: Homework, token: string): { id: string } {
	const student = db
		.prepare('SELECT id FROM homework_students WHERE homework_id = ? AND token_hash = ?')
		.get(homework.id, hashToken(token)) as { id: string } | undefined;
	if (!student) throw new HomeworkError(403, 'This device has not joined this homework: join with a nickname first.');
	return student;
}

/** The item a student is to answer now, as `openItem` hands it out. */
export interface HandedOutItem {
	/** The item's index in the quiz. */
	index: number;
	/** The item sealed (`sealItem`): its stem and options, no key. */
	item: Item;
	/** Time left to answer it by the server's clock, in ms (0 when it has run out); null in relaxed mode. */
	remainingMs: number | null;
}

/**
 * Hands the student holding `token` their next item: the first they have not answered, recorded as
 * handed out at `now` (the server's clock) the first time it is asked for, so a reload gets the same
 * item with the time it has left, never a fresh clock. No later item's stem or options can be had
 * before this one is answered. Returns null once every item is answered. Throws `HomeworkError`
 * 404 no such code, 403 unknown token, 410 at or after the deadline (with `handedIn`).
 */
export function openItem(db: Db, { code, token, now = Date.now() }: { code: string; token: string; now?: number }): HandedOutItem | null {
	const homework = knownHomework(db, code);
	const student = studentOf(db, homework, token);
	return db.transaction((): HandedOutItem | null => {
		const { answered } = db.prepare('SELECT COUNT(*) AS answered FROM homework_answers WHERE student_id = ?').get(student.id) as { answered: number };
		if (!isOpen(homework, now)) {
			throw new HomeworkError(410, closed().message, handedInBy(db, student.id));
		}
		const item = homework.quiz.items[answered];
		if (!item) return null;
		let handedOutAt = handedOutAtOf(db, student.id, answered);
		if (handedOutAt === undefined) {
			handedOutAt = now;
			db.prepare('INSERT INTO homework_handouts (homework_id, student_id, item_index, handed_out_at) VALUES (?, ?, ?, ?)').run(homework.id, student.id, answered, now);
		}
		const remainingMs = homework.mode === 'timed' ? Math.max(0, handedOutAt + timeLimitMs(item) - now) : null;
		return { index: answered, item: sealItem(item), remainingMs };
	})();
}

/** The students of a homework, in the order they joined. */
export function homeworkStudents(db: Db, homeworkId: string): HomeworkStudent[] {
	return (
		db
			.prepare('SELECT * FROM homework_students WHERE homework_id = ? ORDER BY joined_at, rowid')
			.all(homeworkId) as { id: string; nickname: string; teacher_note: string | null; joined_at: number }[]
	).map((r) => ({ id: r.id, nickname: r.nickname, note: r.teacher_note, joinedAt: r.joined_at }));
}

/** The teacher's report of a homework (`buildReport` over its stored students and answers). */
export function homeworkReport(db: Db, homework: Homework): Report {
	const answers = db.prepare('SELECT * FROM homework_answers WHERE homework_id = ?').all(homework.id) as AnswerRow[];
	return buildReport({
		items: homework.quiz.items,
		students: homeworkStudents(db, homework.id),
		answers: answers.map((a) => ({
			studentId: a.student_id,
			itemIndex: a.item_index,
			response: a.response === null ? null : (JSON.parse(a.response) as Response),
			elapsedMs: a.elapsed_ms,
			correct: a.correct === 1,
			points: a.points
		}))
	});
}

/**
 * Deletes a homework with its students, notes and answers (the teacher's delete button), and
 * scrubs the deleted bytes from the database file (`scrubDeleted`).
 */
export function deleteHomework(db: Db, homeworkId: string): void {
	db.prepare('DELETE FROM homework WHERE id = ?').run(homeworkId);
	scrubDeleted(db);
}

/** Re-exported so routes map a nickname refusal to 400 without importing the classroom. */
export { NicknameError };
