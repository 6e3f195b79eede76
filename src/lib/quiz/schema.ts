import { z } from 'zod';
import type { Quiz } from './types';
import { sharedItemId, sharedItemIdMessage } from './item-ids';

/**
 * The quiz schema (zod 4), the single check applied to every quiz that enters from JSON: the
 * banks in `questions/`, saved quizzes read back from SQLite, and imported files. It mirrors
 * `types.ts` and adds the invariants a type cannot state: one key among distinct options, spans
 * inside their strings, the source sentence present in the quiz's sentences.
 */
const span = z
	.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
	.refine((s) => s.end > s.start, 'a span must not be empty');

const article = z.object({
	title: z.string().min(1),
	paragraphs: z.array(z.string().min(1)).min(1),
	byline: z.string().optional(),
	published: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'published is a date as YYYY-MM-DD')
		.optional(),
	url: z.string().optional()
});

const sentence = z.object({
	index: z.number().int().nonnegative(),
	paragraph: z.number().int().nonnegative(),
	start: z.number().int().nonnegative(),
	end: z.number().int().nonnegative(),
	text: z.string().min(1)
});

const item = z
	.object({
		id: z.string().min(1),
		type: z.enum(['mcq', 'true-false', 'cloze', 'numeric', 'who-said', 'which-first']),
		factType: z.enum([
			'count',
			'money',
			'percent',
			'age',
			'ordinal',
			'date',
			'person',
			'place',
			'organisation',
			'attribution',
			'tally',
			'range'
		]),
		stem: z.string().trim().min(1, 'the question (stem) is empty: write one'),
		answerMode: z.enum(['choice', 'typed', 'estimate']).optional(),
		options: z.array(z.string().trim().min(1, 'an option cannot be empty')).min(1).max(6),
		key: z.number().int().nonnegative(),
		accepted: z.array(z.string().min(1)).optional(),
		numeric: z
			.object({
				value: z.number().finite(),
				unit: z.string().optional(),
				scale: z.number().positive().optional(),
				min: z.number().finite(),
				max: z.number().finite()
			})
			.refine((n) => n.min <= n.value && n.value <= n.max, 'the numeric value lies within its bounds')
			.optional(),
		source: z.object({
			sentence: z.number().int().nonnegative(),
			paragraph: z.number().int().nonnegative(),
			start: z.number().int().nonnegative(),
			end: z.number().int().nonnegative(),
			text: z.string().min(1),
			keySpan: span,
			speaker: z.object({ sentence: z.number().int().nonnegative(), text: z.string().min(1), span }).optional()
		}),
		checks: z.array(z.string()),
		difficulty: z.number().min(0).max(1)
	})
	.superRefine((it, ctx) => {
		const mode = it.answerMode ?? 'choice';
		if (mode === 'choice' && it.options.length < 2) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice item needs 2 to 6 options' });
		}
		if (mode === 'typed' && !it.accepted?.length) {
			ctx.addIssue({ code: 'custom', path: ['accepted'], message: 'a typed item lists its accepted answers' });
		}
		if (mode === 'estimate' && !it.numeric) {
			ctx.addIssue({ code: 'custom', path: ['numeric'], message: 'an estimate item needs its numeric answer' });
		}
		if (it.key >= it.options.length) {
			ctx.addIssue({ code: 'custom', path: ['key'], message: 'the key must be one of the options' });
		}
		const normalised = it.options.map((o) => o.trim().toLowerCase());
		if (new Set(normalised).size !== normalised.length) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'options must be distinct' });
		}
		if (it.source.keySpan.end > it.source.text.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['source', 'keySpan'],
				message: 'the key span lies outside its source sentence'
			});
		}
		if (it.source.speaker && it.source.speaker.span.end > it.source.speaker.text.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['source', 'speaker', 'span'],
				message: "the speaker's span lies outside the sentence that names them"
			});
		}
	});

/** The zod schema of a whole quiz (see `Quiz` in `types.ts`). */
export const quizSchema = z
	.object({
		id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a quiz id is 1 to 64 URL-safe characters'),
		title: z.string().trim().min(1),
		article,
		sentences: z.array(sentence),
		items: z.array(item).min(1, 'a quiz needs at least one item'),
		seed: z.number().int(),
		generatedAt: z.string().optional()
	})
	.superRefine((quiz, ctx) => {
		const shared = sharedItemId(quiz.items);
		if (shared) ctx.addIssue({ code: 'custom', path: ['items', shared.second - 1, 'id'], message: sharedItemIdMessage(shared) });
		quiz.items.forEach((it, i) => {
			const s = quiz.sentences[it.source.sentence];
			if (!s || s.text !== it.source.text) {
				ctx.addIssue({
					code: 'custom',
					path: ['items', i, 'source'],
					message: 'the source sentence is not among the quiz sentences'
				});
			}
			const speaker = it.source.speaker;
			if (speaker && quiz.sentences[speaker.sentence]?.text !== speaker.text) {
				ctx.addIssue({
					code: 'custom',
					path: ['items', i, 'source', 'speaker'],
					message: 'the sentence naming the speaker is not among the quiz sentences'
				});
			}
		});
	});

/**
 * Validates unknown JSON as a quiz. Returns the quiz, or throws a `z.ZodError` whose issues name
 * each offending path (use `z.prettifyError` for a message a person can read).
 */
export function parseQuiz(json: unknown): Quiz {
	return quizSchema.parse(json) as Quiz;
}
