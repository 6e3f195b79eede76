/**
 * The teacher's report: what each student answered and what the class understood, aggregated
 * from stored answers. Pure (no Svelte, no database), so the same figures serve a homework and a
 * live room, the page, the JSON poll and the CSV export, and tests check them against figures
 * worked by hand.
 */
import { numberText } from '$lib/components/answers';
import { recordedOutcome } from '$lib/components/verdict';
import { keyTextOf } from '$lib/quiz/key-text';
import type { Item, Response } from '$lib/quiz/types';

/** A student as the report shows them: the nickname, and the teacher-only note when given. */
export interface ReportStudentInput {
	id: string;
	nickname: string;
	note?: string | null;
}

/**
 * One stored answer: `itemIndex` into the quiz's items, `response` in the quiz's own option
 * order (null for a time-up), `elapsedMs` from the item shown to the answer, and its score as the
 * server gave it (`scoreAnswer`).
 */
export interface ReportAnswerInput {
	studentId: string;
	itemIndex: number;
	response: Response | null;
	elapsedMs: number;
	correct: boolean;
	points: number;
}

/** One student's answer to one item, as shown: the answer written out (empty for a time-up). */
export interface StudentAnswer {
	itemIndex: number;
	answer: string;
	timedOut: boolean;
	correct: boolean;
	points: number;
	elapsedMs: number;
}

/**
 * A student's line: `right` out of `total` items (the headline), `answered` items so far, total
 * `points`, `timeMs` the sum of their answers' times in ms (null while they have answered
 * nothing: no time, rather than a time of 0), and `answers[i]` their answer to item i or null
 * when not reached yet.
 */
export interface StudentRow {
	id: string;
	nickname: string;
	note: string | null;
	points: number;
	right: number;
	answered: number;
	total: number;
	timeMs: number | null;
	answers: (StudentAnswer | null)[];
}

/** How many students gave one answer to an item; `key` marks the right one. */
export interface ChoiceCount {
	label: string;
	count: number;
	key: boolean;
}

/**
 * An item's line. `answered` counts the students who reached it (time-ups included), `right`
 * those who got it right, `close` those whose answer was not right but earned points (an
 * estimate near the key, as `recordedOutcome` tells it), `shareRight` = right / answered in [0, 1] (null when nobody has
 * answered). `choices`: for a choice item every option in the quiz's order with its count; for a
 * typed or estimate item each distinct answer given, most frequent first. `timedOut` counts
 * time-ups; `meanMs` is the mean time of the answers in ms (null when none).
 */
export interface ItemRow {
	index: number;
	itemId: string;
	stem: string;
	keyText: string;
	answered: number;
	right: number;
	close: number;
	shareRight: number | null;
	choices: ChoiceCount[];
	timedOut: number;
	meanMs: number | null;
	/** The source sentence's offsets into the article body (paragraphs joined by "\n\n"). */
	source: { start: number; end: number };
}

/**
 * A sentence of the article that an item asks about, with the share of the class that got its
 * items right (pooled over every answer to those items; null before any answer): the heatmap.
 */
export interface SentenceShade {
	start: number;
	end: number;
	items: number[];
	answered: number;
	shareRight: number | null;
}

/**
 * The whole report. `mostMissed` lists the items at least one student missed (an answer neither
 * right nor close, or time up), by their share of misses, highest first, then by `shareRight`,
 * lowest first; an item everyone got right or close is no miss and is not listed.
 */
export interface Report {
	students: StudentRow[];
	items: ItemRow[];
	mostMissed: ItemRow[];
	sentences: SentenceShade[];
}

/** A response written out as the student gave it: the option's text, the typed text, or the number. */
export function responseLabel(item: Item, response: Response | null): string {
	if (!response) return '';
	if (response.kind === 'choice') return item.options[response.option] ?? `option ${response.option + 1}`;
	if (response.kind === 'text') return response.text.trim();
	return numberText(response.value, item.numeric);
}

/**
 * Builds the report from a quiz's `items`, its `students` (in the order to list them) and their
 * stored `answers`. Answers naming an unknown student or an item out of range are ignored (a
 * student deleted meanwhile). Students are listed in the given order; `mostMissed` ties keep
 * play order.
 */
export function buildReport({
	items,
	students,
	answers
}: {
	items: Item[];
	students: ReportStudentInput[];
	answers: ReportAnswerInput[];
}): Report {
	const rows = new Map<string, StudentRow>(
		students.map((s) => [
			s.id,
			{
				id: s.id,
				nickname: s.nickname,
				note: s.note ?? null,
				points: 0,
				right: 0,
				answered: 0,
				total: items.length,
				timeMs: null,
				answers: items.map(() => null)
			}
		])
	);
	const byItem = items.map(() => [] as ReportAnswerInput[]);
	for (const answer of answers) {
		const row = rows.get(answer.studentId);
		const item = items[answer.itemIndex];
		if (!row || !item) continue;
		byItem[answer.itemIndex].push(answer);
		row.answers[answer.itemIndex] = {
			itemIndex: answer.itemIndex,
			answer: responseLabel(item, answer.response),
			timedOut: answer.response === null,
			correct: answer.correct,
			points: answer.points,
			elapsedMs: answer.elapsedMs
		};
		row.points += answer.points;
		row.answered += 1;
		row.timeMs = (row.timeMs ?? 0) + answer.elapsedMs;
		if (answer.correct) row.right += 1;
	}

	const itemRows = items.map((item, index): ItemRow => {
		const given = byItem[index];
		const right = given.filter((a) => a.correct).length;
		const close = given.filter((a) => recordedOutcome({ ...a, timedOut: a.response === null }) === 'partial').length;
		return {
			index,
			itemId: item.id,
			stem: item.stem,
			keyText: keyTextOf(item),
			answered: given.length,
			right,
			close,
			shareRight: given.length ? right / given.length : null,
			choices: choiceCounts(item, given),
			timedOut: given.filter((a) => a.response === null).length,
			meanMs: given.length ? given.reduce((sum, a) => sum + a.elapsedMs, 0) / given.length : null,
			source: { start: item.source.start, end: item.source.end }
		};
	});

	// A close estimate earned points, so it is no miss: an item everyone got close must not top the list.
	const missed = (row: ItemRow) => (row.answered - row.right - row.close) / row.answered;
	// An item everyone got right listed as "missed most" ("100% right (1 of 1)") told the teacher nothing.
	const mostMissed = itemRows
		.filter((row) => row.answered > 0 && missed(row) > 0)
		.sort(
			(a, b) =>
				missed(b) - missed(a) || (a.shareRight as number) - (b.shareRight as number) || a.index - b.index
		);

	return { students: [...rows.values()], items: itemRows, mostMissed, sentences: sentenceShades(itemRows) };
}

function choiceCounts(item: Item, given: ReportAnswerInput[]): ChoiceCount[] {
	if ((item.answerMode ?? 'choice') === 'choice') {
		return item.options.map((label, option) => ({
			label,
			key: option === item.key,
			count: given.filter((a) => a.response?.kind === 'choice' && a.response.option === option).length
		}));
	}
	const counts = new Map<string, ChoiceCount>();
	for (const answer of given) {
		if (!answer.response) continue;
		const label = responseLabel(item, answer.response);
		const entry = counts.get(label) ?? { label, count: 0, key: answer.correct };
		entry.count += 1;
		counts.set(label, entry);
	}
	return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function sentenceShades(rows: ItemRow[]): SentenceShade[] {
	const shades = new Map<string, SentenceShade & { right: number }>();
	for (const row of rows) {
		const id = `${row.source.start}:${row.source.end}`;
		const shade = shades.get(id) ?? { ...row.source, items: [], answered: 0, right: 0, shareRight: null };
		shade.items.push(row.index);
		shade.answered += row.answered;
		shade.right += row.right;
		shades.set(id, shade);
	}
	return [...shades.values()]
		.sort((a, b) => a.start - b.start)
		.map(({ right, ...shade }) => ({ ...shade, shareRight: shade.answered ? right / shade.answered : null }));
}

/**
 * How the class did on an item, as the report's "missed most" list says it: "50% right (1 of 2)",
 * or with close estimates "0% right, 1 close (0 right of 1)", so a close answer is never read as a miss.
 */
export function itemTally(row: Pick<ItemRow, 'right' | 'close' | 'answered' | 'shareRight'>): string {
	const percent = row.shareRight === null ? '–' : `${Math.round(row.shareRight * 100)}%`;
	return row.close > 0
		? `${percent} right, ${row.close} close (${row.right} right of ${row.answered})`
		: `${percent} right (${row.right} of ${row.answered})`;
}
