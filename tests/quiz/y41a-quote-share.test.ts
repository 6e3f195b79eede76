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
			// the headline's "Brazilian" names the country whose federal government it is (branch ro's demonym rule)
			'OK: Governor Ana Ribeiro declared a state of emergency in _____ municipalities and said the state would ask the Brazilian federal government for help.'
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

// A study told by its headline's finding: its figures name no one, and had all gone to R4, leaving the
// quiz to its quotes (the holdout127 readers never saw the dementia study's "23% lower risk" asked).
describe('a study the headline tells of', () => {
	const title = 'Regular gardening linked to lower heart disease risk, study finds';
	const paragraphs = [
		'Older adults who garden regularly are less likely to develop heart disease than those who rarely spend time outdoors, according to new research from Finland.',
		'Researchers followed about 84,000 adults aged 60 to 75 for an average of eight years using national health records.',
		'Those who reported gardening for at least five hours a week had a 17% lower risk of being diagnosed with heart disease than those who did not garden at all, after adjusting for age, sex, income, smoking, alcohol use, body weight and blood pressure.',
		'Those who took up gardening after retiring had a 9% lower risk than those who never gardened.',
		'"Gardening combines movement, sunlight and company," said Dr Anna Virtanen, the study’s lead author.'
	];

	it('cuts a long finding before its list of factors adjusted for', () => {
		expect(clauses(paragraphs[2])).toContain(
			'Those who reported gardening for at least five hours a week had a 17% lower risk of being diagnosed with heart disease than those who did not garden at all'
		);
	});

	it('keeps a single basis a figure holds on', () => {
		const sales = 'Sales at the chain’s stores in the north of the country rose by 4.2% in the twelve months to the end of March compared with the same period a year earlier, the company told investors at its annual meeting in Leeds, after adjusting for inflation.';
		expect(clauses(sales).some((c) => c.endsWith('in Leeds'))).toBe(false);
	});

	it('writes the study in as the scope of a finding that names nothing', () => {
		expect(stemsFrom(title, [...paragraphs, ...filler], 'took up gardening')).toContain('OK: In the study, those who took up gardening after retiring had a _____ lower risk than those who never gardened.');
		expect(stemsFrom(title, [...paragraphs, ...filler], 'five hours a week').some((s) => s.startsWith('OK: In the study, those who reported gardening for at least five hours a week'))).toBe(true);
	});
});

// n40 gave a quote of the speaker's own family to no speaker of another kind, and a walker's words of her
// husband beside a hospice manager and a councillor went unasked (y41a).
describe('a member of the public speaking of her own family', () => {
	const walk = [
		'A 78-year-old woman has raised more than £9,000 for Ashdown Hospice by walking the length of Seaford seafront every day in March.',
		'Margaret Pryce, 78, from Seaford finished her last walk on Sunday, cheered on by about 150 people.',
		'"I did it for my husband, Ron, and for the nurses who looked after him so well," Mrs Pryce told the Gazette at the finish line.',
		'Hospice fundraising manager Leah Dunmore said the response had "completely overwhelmed" staff and volunteers.',
		'Cllr Peter Aldous described the atmosphere as "something really special".'
	];

	it('is asked as who said it among the article’s other speakers', () => {
		const items = reportOf('Seafront walker, 78, raises £9,000 for hospice', walk).quiz.items.filter((i) => i.stem.includes('nurses who looked after him'));
		expect(items.map((i) => i.type)).toEqual(['who-said']);
		expect(new Set(items[0].options)).toEqual(new Set(['Pryce', 'Dunmore', 'Aldous']));
	});
});
