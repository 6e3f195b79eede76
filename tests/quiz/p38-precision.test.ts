import { describe, expect, it } from 'vitest';
import { boundSide } from '../../src/lib/quiz/bounds';
import { perPeriodCeiling } from '../../src/lib/quiz/changes';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { FORECAST_BEFORE } from '../../src/lib/quiz/plausible';
import { simplify } from '../../src/lib/quiz/simplify';
import { checksOf, filler, itemsOf } from './report';

/** The clauses `simplify` reads from one sentence. */
function clauses(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence)).map((c) => c.text);
}

describe('p38 (1): a clause cut from its sentence keeps its subject and its point (R1)', () => {
	it('a dash aside that a "while" clause answers goes with that clause', () => {
		const found = clauses('Together, the Greens and the Farmers List hold 27 seats — too few to pass a budget alone — while any vote of confidence without the Liberals would fail.');
		expect(found).toContain('Together, the Greens and the Farmers List hold 27 seats');
		expect(found.filter((c) => /\bwhile\b/.test(c) && !/—/.test(c))).toEqual([]);
	});

	it('a dash aside before a plain clause still goes alone', () => {
		expect(clauses('The council approved 40 new homes — the first in a decade — on the edge of the village on Monday.')).toContain('The council approved 40 new homes on the edge of the village on Monday');
	});

	it('", owned by ..., and" adds a member to a list, and the words after it are no clause of their own', () => {
		const found = clauses('Analysts warned that competition with Nordmart, owned by a Danish family trust, and Britain\'s Tesco would grow as the chains chase customers in villages.');
		expect(found.filter((c) => /^Britain's Tesco/.test(c))).toEqual([]);
		expect(found.filter((c) => /Danish family trust$/.test(c))).toEqual([]);
	});

	it('a second clause that counts both clauses\' subjects ("as all three chase") is no clause alone', () => {
		expect(clauses('Nordmart cut its prices by a tenth on Monday, and Tesco will follow within weeks as all three chase shoppers in small towns.').filter((c) => /^Tesco/.test(c))).toEqual([]);
	});

	it('"all three" with a verb after it counts what the sentence named, and is not asked (R7)', () => {
		const checks = checksOf('Grocer warns of price war', ["Zofia Nowak, an analyst at a fund in Krakow, warned that competition between Nordmart and Britain's Tesco would intensify as all three chase shoppers in small towns."], /all _____ chase/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});

	it('"all five suspects" counts a noun of its own, and stays askable', () => {
		const checks = checksOf('Five charged over fuel theft', ['Police in Mombasa said all five suspects would appear in court on Thursday charged with stealing diesel from a depot.'], /all _____ suspects/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).not.toContain('R7');
	});
});

describe('p38 (2): "no more than" is a ceiling, not "more than"\'s floor (R3)', () => {
	const sentence = "Defence lawyer Maria Ortega had asked for a sentence of no more than four years, citing the defendant's health and his clean record.";
	const fact = extractFacts(sentence).find((f) => f.text === 'four')!;

	it('gives the bound no side to make false', () => {
		expect(fact.hedge).toBe('more than');
		expect(boundSide(fact, sentence)).toBeUndefined();
	});

	it('writes no true/false of "no fewer than" for it', () => {
		const items = itemsOf('Clinic owner jailed for fraud', ['A clinic owner in Tucson, Ray Dolan, was jailed for nine years on Tuesday for billing insurers for treatments that never took place.', "Defence lawyer Maria Ortega had asked for a sentence of no more than four years, citing the defendant's health and his clean record."]);
		expect(items.filter((i) => /no fewer than|no less than/.test(i.stem))).toEqual([]);
	});

	it('"more than four years" alone is still a floor', () => {
		const plain = 'The scheme ran for more than four years before it was found.';
		expect(boundSide(extractFacts(plain).find((f) => f.text === 'four')!, plain)).toBe('above');
	});
});

describe('p38 (3): a forecast for the year of publication takes no past years (R8)', () => {
	it('reads "said it expected ... in" and "forecasts ... for" before a year as a forecast; "had expected" is none', () => {
		expect(FORECAST_BEFORE.test('The chain said it expected sales growth "in the low teens" in ')).toBe(true);
		expect(FORECAST_BEFORE.test('The bank forecasts a deficit of 2% of output for ')).toBe(true);
		expect(FORECAST_BEFORE.test('Analysts had expected a profit of 4 billion crowns for ')).toBe(false);
	});

	it('asks no year of "expected sales growth in 2027" published in 2027 among 2019, 2023 and 2025', () => {
		const article = parseArticleText(
			[
				'Danish grocer lifts profit, eyes Sweden',
				'Copenhagen grocer Nordmart reported a 12% rise in annual profit on Thursday and said it would open 40 stores in Sweden.',
				'Nordmart said it expected sales growth "in the low teens" in 2027 and a stable margin, but warned that wage costs were rising.',
				...filler
			].join('\n\n')
		);
		article.published = '2027-02-11';
		const items = [1, 2, 3, 4, 5].flatMap((seed) => generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
		const asked = items.filter((i) => i.source.text.includes('low teens') && i.options.includes('2027'));
		expect(asked.filter((i) => i.options.some((o) => /^\d{4}$/.test(o) && Number(o) < 2027))).toEqual([]);
	});
});

describe('p38 (4): a count of one day of the week a month stays within the month (R8)', () => {
	it('"additional Sundays a month" holds at most three more, "Saturdays a month" four', () => {
		expect(perPeriodCeiling(' additional Sundays a month.', 'additional Sundays')).toBe(4);
		expect(perPeriodCeiling(' Saturdays a month.', 'Saturdays')).toBe(5);
	});

	it('offers no "five" or "eight" additional Sundays a month', () => {
		const items = itemsOf('Shops may open on more Sundays', ['Lawmakers in Budapest are debating a bill that would allow shops to open on two additional Sundays a month, the trade ministry said.']);
		const asked = items.filter((i) => /Sundays a month/.test(i.stem) && i.type !== 'numeric');
		const options = asked.flatMap((i) => (i.type === 'true-false' ? [/(\w+) additional Sundays/.exec(i.stem)?.[1] ?? ''] : i.options));
		expect(options.filter((o) => !['one', 'two', 'three'].includes(o))).toEqual([]);
	});
});

describe('p38 (5): a "she" inside a relative clause needs a referent named before that clause (R4)', () => {
	it('"The poet X, whose debut she edited, said she had sent him 30 letters" is no stem of its own', () => {
		const checks = checksOf('Publisher Ama Owusu dies at 81', ['Ama Owusu, the Ghanaian publisher who founded Kente Press in 1971, has died at 81.', 'The poet Kofi Mensah, 44, whose debut she edited, said on Tuesday that she had once sent him 30 letters about a single poem.'], /sent him _____ letters/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});
});

describe('p38 (6): a place set against "abroad" is not swapped for another (R8)', () => {
	it('"better received in Ghana than abroad" is never shown as "in Kenya than abroad"', () => {
		const items = itemsOf('Ama Owusu obituary', [
			"The Ghanaian novelist Ama Owusu, who has died aged 81, wrote the best-known comic fiction of her country's first decades of independence.",
			'She was born in Kumasi in 1944, the eldest of five children of a schoolteacher, and studied English at the University of Ghana before teaching for a decade in Kenya.',
			'Her later novels – among them The Salt Road (1990) and A Room in Tema (2004) – were quiet, funny and largely domestic, and were better received in Ghana than abroad.'
		]);
		expect(items.filter((i) => /better received in (?!Ghana)\p{Lu}\p{L}+ than abroad/u.test(i.stem))).toEqual([]);
	});
});

describe('p38 (7): where someone sat or stood in a courtroom is not asked (R7)', () => {
	it('"seated three rows behind him" is scene-setting', () => {
		const checks = checksOf('Charity boss convicted of fraud', ['A former charity director, Martin Hale, was convicted on Friday of stealing $2.1 million from a flood relief fund in Toledo.', 'His brother, seated three rows behind him, shook his head as the verdicts were read.'], /seated _____ rows/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});
});
