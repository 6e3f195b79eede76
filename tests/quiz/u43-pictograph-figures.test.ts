import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { cutByPictograph } from '../../src/lib/quiz/pictographs';

/** The span of `figure` in `text`, as a fact's. */
function spanOf(text: string, figure: string) {
	const start = text.indexOf(figure);
	return { start, end: start + figure.length };
}

describe('cutByPictograph', () => {
	it('finds a figure a pictograph cuts, after it or before it', () => {
		const money = 'The trust raised £2 💰.7 million for the ward.';
		expect(cutByPictograph(money, spanOf(money, '£2'))).toBe(true);
		const count = 'Some 6 🙌400 runners set off.';
		expect(cutByPictograph(count, spanOf(count, '400'))).toBe(true);
		const percent = 'Fares rose 12 🔥% in a year.';
		expect(cutByPictograph(percent, spanOf(percent, '12'))).toBe(true);
	});

	it('leaves a whole figure beside a pictograph alone', () => {
		const money = 'The trust raised £2.7 million 💰, the board said.';
		expect(cutByPictograph(money, spanOf(money, '£2.7 million'))).toBe(false);
		const count = 'Runners 🏃 6,400 of them set off.';
		expect(cutByPictograph(count, spanOf(count, '6,400'))).toBe(false);
	});
});

// a fresh user's pasted article had "£1 🚀.1 million": the stem read "_____.1 million", the key "£1"
describe('a figure an emoji cuts in a pasted article', () => {
	const article = parseArticleText([
		'Dunmere council backs new swimming pool',
		'Dunmere Borough Council approved a budget of £4 🚀.2 million for a new swimming pool on Tuesday.',
		'The pool in Dunmere will have eight lanes and a learning pool for children, council leader Agnes Fothergill said.',
		'Fothergill said the old pool, which opened in 1968, had closed in March after its roof failed an inspection.',
		'About 3 🎉500 people signed a petition asking for a new pool, the council said.',
		"Building work is due to start in September and should take 18 months, according to the council's plans.",
		'The club\'s head coach, Ravi Pennington, said his swimmers were travelling 30 miles a week to train.',
		'The council will borrow £2.9 million for the work, and the rest will come from a national sports fund.'
	].join('\n\n'));
	const items = generateQuiz(article, { seed: 1 }).items;

	it('is not asked, as neither part is the figure', () => {
		for (const item of items) {
			expect(item.stem).not.toMatch(/_____[.,%]?\d|\d_____|_____\s?%/);
			const key = item.source.text.slice(item.source.keySpan.start, item.source.keySpan.end);
			expect(['£4', '3', '500', '.2 million']).not.toContain(key);
		}
	});

	it('leaves the whole figures of the article asked', () => {
		expect(items.some((item) => item.options[item.key] === '£2.9 million')).toBe(true);
		expect(items.length).toBeGreaterThanOrEqual(4);
	});
});
