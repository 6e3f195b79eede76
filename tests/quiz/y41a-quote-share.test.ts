import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, reportOf, stemsFrom } from './report';

const clauses = (text: string) => simplify(text, extractFacts(text)).map((c) => c.text);
const isQuote = (stem: string) => /^Who said\b|^[\p{Lu}][\p{L} .-]+ said: “/u.test(stem);

// A flood report of one state, quoted at length: the readers' quizzes of such stories asked 8 of 11
// items about quotes and never the missing or the municipalities in calamity (y41a).
describe('a flood report of one state, quoted at length', () => {
	const title = 'Floods kill at least 12 in southern Brazilian state as rivers keep rising';
	const paragraphs = [
		'Heavy rain has killed at least 12 people and forced more than 9,000 from their homes in the southern Brazilian state of Paraná, officials said on Tuesday.',
		'The state’s civil defence agency said 6 people were still missing, most of them in the Iguaçu valley, where several villages were cut off by landslides.',
		'Governor Ana Ribeiro declared a state of emergency in 31 municipalities and said the state would ask the federal government for help.',
		'"We have teams on every road that is still open, and helicopters on the rest," Ribeiro said.',
		'"Nobody will be left on a roof tonight," she added.',
		'"The water rose so quickly that we only had time to grab the children," said Marcos Teixeira, a baker from the town of Palmital.',
		'"My shop is under two metres of water," Teixeira said.',
		'"The ground is saturated, so even light rain now runs straight into the rivers," said meteorologist Carla Mendes.',
		'The river at Palmital peaked at 9.2 metres on Monday night.'
	];

	it('lets "the state" of a story set in one named state stand in a stem', () => {
		expect(stemsFrom(title, paragraphs, 'declared a state of emergency')).toContain(
			'OK: Governor Ana Ribeiro declared a state of emergency in _____ municipalities and said the state would ask the federal government for help.'
		);
	});

	it('cuts an aside on the missing with the "where" clause that tells of its place', () => {
		const cut = clauses(paragraphs[1]);
		expect(cut).toContain('The state’s civil defence agency said 6 people were still missing');
		expect(cut.some((c) => /missing where/.test(c))).toBe(false);
	});

	it('asks the governor’s municipalities, and takes quote items past a quarter of the quiz only when no fact is left', () => {
		const items = reportOf(title, [...paragraphs, ...filler]).quiz.items;
		expect(items.some((i) => i.stem.includes('_____ municipalities') || i.stem.includes('31 municipalities'))).toBe(true);
		expect(items.filter((i) => isQuote(i.stem)).length).toBeLessThanOrEqual(items.length / 2);
	});
});
