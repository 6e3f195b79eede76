/**
 * Scoring: whether a response is right, how much credit it earns, how long an item may take and
 * how many points an answer is worth. Pure and independent of the game machine, so the server
 * recomputes a posted game's score with the very same rules (`scoreGame`), the way Sverdle keeps
 * its rules in a plain module that the server checks.
 *
 * Accuracy comes first: the headline figure of a game is the number right out of the total;
 * points rank players who are equally accurate.
 */
import { createPrng, hashString } from './prng';
import type { GameMode, Item, NumericAnswer, Response } from './types';

/** Points for a right answer before speed and streak (Kahoot!'s "standard" points). */
export const MAX_POINTS = 1000;

/**
 * Answers this fast earn full points in timed mode: Kahoot! does not apply its speed formula to
 * a right answer given in under 0.5 s (support.kahoot.com, "How points work").
 */
export const FULL_POINTS_WITHIN_MS = 500;

/**
 * The fastest believable time for one answer in a solo game, in ms: choosing an option means
 * reading a stem and its options, and even a bare visual reaction takes about 250 ms (Woods et al.
 * 2015, Frontiers in Human Neuroscience 9:131). A solo game is timed by the player's own browser,
 * so `scoreGame` gives a timed answer quicker than this the fewest speed points (as if given at
 * the limit) rather than the most: it still counts as right, so an honest player's lucky
 * keystroke keeps the result, but a posted time of 0 ms buys nothing.
 */
export const MIN_ANSWER_MS = 250;

/** Bonus points per step of a streak (Kahoot!'s "Answer streak bonus": +100 a step). */
export const STREAK_BONUS_STEP = 100;

/** The most bonus points a streak earns on one answer (Kahoot!: 500, reached at a streak of 6). */
export const STREAK_BONUS_MAX = 500;

/**
 * The time-limit rule: a base for thinking, plus reading time for every word of the stem and
 * the options, plus time to type for typed and estimate items, clamped. 300 ms a word is 200
 * words a minute, slower than the ~240 wpm of adults' silent reading of non-fiction (Brysbaert
 * 2019, "How many words do we read per minute?") so learners and second-language readers keep
 * up. Poll Everywhere's competitions likewise start a timer small and grow it "based on the length
 * of the question" (polleverywhere.com support, "Competition settings"). A short item (about 25
 * words) gets about 20 s, Kahoot!'s default.
 */
export const TIME_LIMIT = {
	baseMs: 12_000,
	msPerWord: 300,
	typingMs: 6_000,
	minMs: 15_000,
	maxMs: 60_000
} as const;

/**
 * Closeness bands for estimates, as relative error |guess − key| / |key|: full credit within
 * 5 %, none from 50 %, falling linearly in between. Our own rule (no published standard fits a
 * news quiz): 5 % forgives rounding ("about 770 million" for £772.6 million) while a guess off by
 * half earns nothing.
 */
export const ESTIMATE = { fullWithin: 0.05, noneFrom: 0.5 } as const;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** An item's answer mode; items written before answer modes existed are `choice`. */
export function answerModeOf(item: Item): NonNullable<Item['answerMode']> {
	return item.answerMode ?? 'choice';
}

/**
 * The time limit of an item in ms for timed mode: `TIME_LIMIT.baseMs` + `msPerWord` × the words
 * of the stem (and of the options when they are shown, i.e. `choice` items) + `typingMs` for
 * typed and estimate items, rounded up to a whole second and clamped to [15 s, 60 s].
 */
export function timeLimitMs(item: Item): number {
	const mode = answerModeOf(item);
	const optionWords = mode === 'choice' ? item.options.reduce((n, o) => n + wordCount(o), 0) : 0;
	const words = wordCount(item.stem) + optionWords;
	const typing = mode === 'choice' ? 0 : TIME_LIMIT.typingMs;
	const raw = TIME_LIMIT.baseMs + words * TIME_LIMIT.msPerWord + typing;
	const rounded = Math.ceil(raw / 1000) * 1000;
	return Math.min(TIME_LIMIT.maxMs, Math.max(TIME_LIMIT.minMs, rounded));
}

/**
 * A number read from text, with its currency, the scale factor and a trailing unit word when
 * written ("£772.6m" → value 772600000, GBP, scale 1e6; "774 people" → 774, unit "people").
 */
export interface ParsedNumber {
	value: number;
	currency?: string;
	scale?: number;
	unit?: string;
}

const CURRENCY_SYMBOLS: Record<string, string> = { '£': 'GBP', $: 'USD', 'us$': 'USD', '€': 'EUR', '¥': 'JPY' };
const CURRENCY_WORDS: Record<string, string> = {
	gbp: 'GBP',
	pounds: 'GBP',
	pound: 'GBP',
	usd: 'USD',
	dollars: 'USD',
	dollar: 'USD',
	eur: 'EUR',
	euros: 'EUR',
	euro: 'EUR'
};
const SCALES: Record<string, number> = {
	k: 1e3,
	thousand: 1e3,
	m: 1e6,
	mn: 1e6,
	million: 1e6,
	b: 1e9,
	bn: 1e9,
	billion: 1e9,
	tn: 1e12,
	trillion: 1e12,
	// South Asian scale words: a lakh is 100,000, a crore 10 million ("₹86 crore")
	lakh: 1e5,
	crore: 1e7,
	'lakh crore': 1e12
};
const NUMBER_PATTERN = new RegExp(
	[
		'^(us\\$|[£$€¥])?\\s*',
		'(-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|-?\\.\\d+)\\s*',
		// An abbreviation counts as a scale only when no letter follows: "5 men" is not 5 million.
		'(thousand|million|billion|trillion|lakh crore|crore|lakh|mn|bn|tn|k|m|b)?(?![a-z])\\s*',
		'(%|per ?cent)?\\s*',
		'([a-z]+)?$'
	].join('')
);

// One comma followed by one or two digits and no more, in a number with no point: "12,4", "0,75".
const DECIMAL_COMMA = /^([^,.]*\d),(\d{1,2})(?![\d,.])/;

/**
 * Reads a number as people write it in answers: thousands separators ("1,080"), decimals with a
 * point or, as most of Europe writes them, a comma ("12,4" and "0,75" are 12.4 and 0.75: a comma
 * followed by one or two digits only; followed by three, as in "1,240", it always separates
 * thousands, whatever the key's decimals, so a typed number reads the same on every item), a
 * currency symbol or word, a scale word or abbreviation ("£772.6m", "£772.6 million", "3bn",
 * "15k"), a percent sign, one trailing unit word ("774 people"). Returns null when the text is
 * not one number ("12.4.1", "1,2,3", "twelve"); percentages keep their number (40% → 40).
 */
export function parseNumber(text: string): ParsedNumber | null {
	const match = NUMBER_PATTERN.exec(text.trim().toLowerCase().replace(DECIMAL_COMMA, '$1.$2'));
	if (!match) return null;
	const [, symbol, digits, scale, , word] = match;
	const factor = scale ? SCALES[scale] : undefined;
	const value = Number(digits.replace(/,/g, '')) * (factor ?? 1);
	if (!Number.isFinite(value)) return null;
	const currency = (symbol && CURRENCY_SYMBOLS[symbol]) || (word && CURRENCY_WORDS[word]) || undefined;
	const unit = word && !CURRENCY_WORDS[word] ? word : undefined;
	return { value, ...(currency && { currency }), ...(factor && { scale: factor }), ...(unit && { unit }) };
}

/**
 * Folds text for forgiving comparison: Unicode compatibility decomposition with accents removed
 * ("Zelenskyy" ~ "Zelenskyý"), lower case, apostrophes dropped, other punctuation as spaces,
 * spaces collapsed, and a leading article ("the", "a", "an") dropped.
 */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^(the|a|an) /, '');
}

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein without substring re-edits): the number
 * of insertions, deletions, substitutions and adjacent transpositions between `a` and `b`.
 */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) rows[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
			}
		}
	}
	return rows[a.length][b.length];
}

/**
 * The typos forgiven in a typed answer of `length` folded characters: none up to 4 ("Iran" is
 * not "Iraq"), one from 5, two from 12. About 80 % of misspellings are one insertion, deletion,
 * substitution or transposition (Damerau 1964), so one edit catches most slips while short words
 * stay exact; a second edit waits for long names, since two edits already turn "Australia" into
 * "Austria". Answers with digits are never forgiven a typo: "1080" is not "1081".
 */
export function typoAllowance(length: number): number {
	if (length <= 4) return 0;
	return length >= 12 ? 2 : 1;
}

function sameNumber(a: ParsedNumber, b: ParsedNumber): boolean {
	if (a.currency && b.currency && a.currency !== b.currency) return false;
	if (a.unit && b.unit && a.unit !== b.unit) return false;
	return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(b.value));
}

/**
 * Whether typed text matches one accepted answer: as numbers when both read as numbers (so
 * "1,080" = "1080", "£772.6m" = "£772.6 million", "774 people" = "774"; a currency or unit must
 * agree only when both name one),
 * otherwise as folded text (`foldText`) within `typoAllowance` edits that keep the first letter:
 * the first letter is wrong in only about 7 % of misspellings (Pollock & Zamora 1983), while a
 * changed first letter often makes another real name ("Pinsk" is not "Minsk").
 */
export function matchesTyped(text: string, accepted: string): boolean {
	const given = parseNumber(text);
	const wanted = parseNumber(accepted);
	if (given && wanted) return sameNumber(given, wanted);
	const a = foldText(text);
	const b = foldText(accepted);
	if (!a || !b) return false;
	if (a === b) return true;
	if (/\d/.test(a) || /\d/.test(b) || a[0] !== b[0]) return false;
	return editDistance(a, b) <= typoAllowance(b.length);
}

/** The answers a typed item accepts: its `accepted` list and the key option's text. */
export function acceptedAnswers(item: Item): string[] {
	const key = item.options[item.key];
	return [...(item.accepted ?? []), ...(key ? [key] : [])];
}

/**
 * Credit in [0, 1] for an estimate `value` of `key`, by relative error (see `ESTIMATE`). A key of
 * 0 measures error against the half-width of the item's range instead.
 */
export function estimateCredit(
	value: number,
	key: number,
	range?: { min: number; max: number }
): number {
	const scale = key !== 0 ? Math.abs(key) : range ? (range.max - range.min) / 2 : 1;
	const error = Math.abs(value - key) / (scale || 1);
	if (error <= ESTIMATE.fullWithin) return 1;
	if (error >= ESTIMATE.noneFrom) return 0;
	return (ESTIMATE.noneFrom - error) / (ESTIMATE.noneFrom - ESTIMATE.fullWithin);
}

/**
 * Reads a typed estimate in the units of the stem's blank: "772.6" in "£_____ million" is
 * 772.6 × `numeric.scale`; a number written with its own scale ("772.6m") is taken as written.
 */
function typedEstimate(text: string, numeric: NumericAnswer): number | undefined {
	const parsed = parseNumber(text);
	if (!parsed) return undefined;
	return parsed.scale ? parsed.value : parsed.value * (numeric.scale ?? 1);
}

/**
 * The credit a response earns on an item, in [0, 1]. `choice` items: 1 for the key's option
 * index (in the quiz's own option order, not a shuffled one), else 0. `typed` items: 1 when the
 * text matches an accepted answer (`matchesTyped`), else 0; a number response is compared as a
 * number. `estimate` items: closeness to `item.numeric.value` (`estimateCredit`); a number response is
 * in the same units as `numeric.value` (772600000 for £772.6 million), typed text in the units of
 * the stem's blank (`numeric.scale`). A response of the wrong kind earns 0.
 */
export function credit(item: Item, response: Response): number {
	const mode = answerModeOf(item);
	if (mode === 'choice') {
		return response.kind === 'choice' && response.option === item.key ? 1 : 0;
	}
	if (mode === 'typed') {
		if (response.kind === 'choice') return 0;
		const text = response.kind === 'text' ? response.text : String(response.value);
		return acceptedAnswers(item).some((a) => matchesTyped(text, a)) ? 1 : 0;
	}
	if (!item.numeric || response.kind === 'choice') return 0;
	const value = response.kind === 'number' ? response.value : typedEstimate(response.text, item.numeric);
	if (value === undefined || !Number.isFinite(value)) return 0;
	return estimateCredit(value, item.numeric.value, item.numeric);
}

/**
 * Whether a response is right: it earns full credit. An estimate is right within 5 % of the key;
 * a closer-than-50 % estimate earns partial points but is not counted right.
 */
export function isCorrect(item: Item, response: Response): boolean {
	return credit(item, response) === 1;
}

/**
 * The streak bonus for a right answer that makes a streak of `streak` (1 for the first right
 * answer): 0, then +100 from the second right answer in a row, capped at +500 (Kahoot!).
 */
export function streakBonus(streak: number): number {
	return Math.min(STREAK_BONUS_STEP * Math.max(0, streak - 1), STREAK_BONUS_MAX);
}

/**
 * The points before streak bonus for a full-credit answer. Relaxed mode: a flat `MAX_POINTS`, as
 * Poll Everywhere scores untimed competitions ("a flat 1000 points ... solely on correctness").
 * Timed mode: Kahoot!'s `round(1000 × (1 − (t / T) / 2))` for an answer after `elapsedMs` t of a
 * limit T, so from 1000 down to 500 at the buzzer; answers within 500 ms get the full 1000.
 */
export function speedPoints({
	elapsedMs,
	limitMs,
	mode
}: {
	elapsedMs: number;
	limitMs: number;
	mode: GameMode;
}): number {
	if (mode === 'relaxed' || elapsedMs <= FULL_POINTS_WITHIN_MS) return MAX_POINTS;
	const t = Math.min(elapsedMs, limitMs);
	return Math.round(MAX_POINTS * (1 - t / limitMs / 2));
}

/** What one answer scored. `streak` is the streak after it; `points` includes `bonus`. */
export interface AnswerScore {
	correct: boolean;
	credit: number;
	points: number;
	bonus: number;
	streak: number;
	timedOut: boolean;
}

/**
 * Scores one answer. `response` null is a time-up, and so is a timed-mode answer after the
 * limit (`elapsedMs > limitMs`): 0 points and the streak breaks. Otherwise points are
 * `round(speedPoints × credit)`, plus `streakBonus` when the answer is right; a right answer
 * extends `streak` (the streak before this answer) by one, anything else resets it to 0.
 */
export function scoreAnswer({
	item,
	response,
	elapsedMs,
	limitMs,
	mode,
	streak
}: {
	item: Item;
	response: Response | null;
	elapsedMs: number;
	limitMs: number;
	mode: GameMode;
	streak: number;
}): AnswerScore {
	if (response === null || (mode === 'timed' && elapsedMs > limitMs)) {
		return { correct: false, credit: 0, points: 0, bonus: 0, streak: 0, timedOut: true };
	}
	const earned = credit(item, response);
	const correct = earned === 1;
	const after = correct ? streak + 1 : 0;
	const bonus = correct ? streakBonus(after) : 0;
	const points = Math.round(speedPoints({ elapsedMs, limitMs, mode }) * earned) + bonus;
	return { correct, credit: earned, points, bonus, streak: after, timedOut: false };
}

/** One answer as a client reports it: the response (null for time-up) and its time in ms. */
export interface AnswerInput {
	response: Response | null;
	elapsedMs: number;
}

/** One scored answer of a game: the item it answers, the answer, its limit and its score. */
export interface ScoredAnswer extends AnswerScore {
	index: number;
	itemId: string;
	response: Response | null;
	elapsedMs: number;
	limitMs: number;
}

/**
 * A game's score: `right` out of `total` items (the headline), total `points`, the streak now
 * and the best streak, and each answer scored in item order.
 */
export interface GameScore {
	right: number;
	total: number;
	points: number;
	streak: number;
	bestStreak: number;
	perItem: ScoredAnswer[];
}

/**
 * Scores the answers given so far to a quiz's items, in item order (answer i answers item i;
 * fewer answers than items is a game in progress). Used by the game machine and by the server,
 * which must not trust a client's points: a timed answer under `MIN_ANSWER_MS` earns the speed
 * points of one given at the limit (class games and homework, timed by the server, score with
 * `scoreAnswer` and are not floored). Throws a RangeError when there are more answers than
 * items or an `elapsedMs` is negative or not a finite number.
 */
export function scoreGame({
	quiz,
	mode,
	answers
}: {
	quiz: { items: Item[] };
	mode: GameMode;
	answers: readonly AnswerInput[];
}): GameScore {
	if (answers.length > quiz.items.length) {
		throw new RangeError(`got ${answers.length} answers for a quiz of ${quiz.items.length} items`);
	}
	let streak = 0;
	let bestStreak = 0;
	let right = 0;
	let points = 0;
	const perItem = answers.map(({ response, elapsedMs }, index): ScoredAnswer => {
		if (!Number.isFinite(elapsedMs) || elapsedMs < 0) {
			throw new RangeError(
				`answer ${index + 1}: elapsedMs must be a number of ms ≥ 0, got ${elapsedMs}`
			);
		}
		const item = quiz.items[index];
		const limitMs = timeLimitMs(item);
		// the browser's own clock cannot be trusted below a human's reaction time: score such an answer as given at the buzzer
		const scoredAtMs = mode === 'timed' && elapsedMs < MIN_ANSWER_MS ? limitMs : elapsedMs;
		const score = scoreAnswer({ item, response, elapsedMs: scoredAtMs, limitMs, mode, streak });
		streak = score.streak;
		bestStreak = Math.max(bestStreak, streak);
		if (score.correct) right++;
		points += score.points;
		return {
			...score,
			index,
			itemId: item.id,
			response: score.timedOut ? null : response,
			elapsedMs: mode === 'timed' ? Math.min(elapsedMs, limitMs) : elapsedMs,
			limitMs
		};
	});
	return { right, total: quiz.items.length, points, streak, bestStreak, perItem };
}

/** An item as shown: options in display order, `key` re-indexed, and `order[shown] = original`. */
export interface ShuffledItem {
	item: Item;
	order: number[];
}

/**
 * Puts an item's options in a reproducible display order for a game `seed`: the same item and
 * seed always give the same order. True/false items keep "True, False", and options that all read
 * as numbers are put in ascending order ("place options in logical or numerical order",
 * Haladyna, Downing & Rodriguez 2002); other options are shuffled with mulberry32 (`prng.ts`)
 * seeded by an FNV-1a hash of the item id started from the game seed, so an item's order does not
 * shift when other items change. `order[i]` is the original index of displayed option i.
 */
export function shuffleOptions(item: Item, seed: number): ShuffledItem {
	const indices = item.options.map((_, i) => i);
	let order: number[];
	if (item.type === 'true-false' || answerModeOf(item) !== 'choice') {
		order = indices;
	} else {
		const numbers = item.options.map((o) => parseNumber(o)?.value);
		order = numbers.every((n) => n !== undefined)
			? indices.sort((a, b) => (numbers[a] as number) - (numbers[b] as number))
			: createPrng(hashString(item.id, seed)).shuffle(indices);
	}
	return {
		item: { ...item, options: order.map((i) => item.options[i]), key: order.indexOf(item.key) },
		order
	};
}
