import { describe, expect, it } from 'vitest';
import { numericDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { oneDrug } from '../../src/lib/quiz/named-heads';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { howManyStem } from '../../src/lib/quiz/how-many';
import { macroRateCeiling, namesListedAfter } from '../../src/lib/quiz/plausible';
import { createPrng } from '../../src/lib/quiz/prng';
import type { Fact } from '../../src/lib/quiz/facts';
import { checksOf, itemsOf, written, reportOf, filler } from './report';

/** Every stem written from the paragraphs (with `filler` after them), kept or not, with its check ('' when kept). */
function stemsOf(title: string, paragraphs: string[]): { stem: string; check: string }[] {
	return written(reportOf(title, [...paragraphs, ...filler]));
}

/** The count fact of `text` whose words are `key`. */
function countIn(text: string, key: string): Fact {
	const fact = extractFacts(text).find((f) => f.text === key);
	if (!fact) throw new Error(`no fact "${key}" in "${text}"`);
	return fact;
}

describe('g31b (1): a count that measures when keeps its measure in the question (R1)', () => {
	it('"retired three matches later" is asked "How many matches later did ...", never "did ... retire later"', () => {
		const clause = { before: 'Dunmore retired ', after: ' matches later', attributed: false };
		expect(howManyStem(countIn('Dunmore retired three matches later.', 'three'), clause)).toBe('How many matches later did Dunmore retire?');
	});

	it('"scored nine minutes after the interval" is asked with "after the interval" beside the count', () => {
		const clause = { before: 'Ballymena scored ', after: ' minutes after the interval', attributed: false };
		expect(howManyStem(countIn('Ballymena scored nine minutes after the interval.', 'nine'), clause)).toBe('How many minutes after the interval did Ballymena score?');
	});

	it('"finished two seconds behind the winner" is asked "How many seconds behind the winner did ..."', () => {
		const clause = { before: 'Okonjo finished ', after: ' seconds behind the winner', attributed: false };
		expect(howManyStem(countIn('Okonjo finished two seconds behind the winner.', 'two'), clause)).toBe('How many seconds behind the winner did Okonjo finish?');
	});

	it('"arrested three men from Bradford on Monday" keeps "from Bradford" with the men', () => {
		const clause = { before: 'Detectives arrested ', after: ' men from Bradford on Monday', attributed: false };
		expect(howManyStem(countIn('Detectives arrested three men from Bradford on Monday.', 'three'), clause)).toBe('How many men from Bradford did detectives arrest on Monday?');
	});
});

describe('g31b (1): a body named for fires is no fire (R1)', () => {
	const title = 'Wildfire on moorland forces families from homes near Llandeilo';
	const paragraphs = [
		'Dozens of families were told to leave their homes near Llandeilo on Sunday as a wildfire swept across dry hillside, crews from Mid and West Wales Fire and Rescue Service said.',
		'At the height of the blaze, 17 engines were at the scene, according to a spokeswoman.',
		'Seven crews attended the fire through the night, the service said.',
		'Sheep farmer Emrys Pugh, 61, said he had moved 250 ewes to lower fields before dawn.'
	];

	it('"the blaze" is never written as "the West Wales Fire" or "the Mid and West Wales Fire"', () => {
		const stems = stemsOf(title, paragraphs).map((w) => w.stem);
		expect(stems.some((s) => /height of the/.test(s))).toBe(true);
		expect(stems.filter((s) => /West Wales Fire(?! and Rescue)/.test(s))).toEqual([]);
	});
});

describe('g31b (2): an age read as an age, not a count of nothing (R8)', () => {
	it('"made her debut at 12" is an age; "The hearing began at 11" gives no fact', () => {
		expect(extractFacts('Ferreira made her stage debut at 12 in a cafe in Coimbra.').map((f) => f.type)).toContain('age');
		expect(extractFacts('Ferreira made her stage debut at 12 in a cafe in Coimbra.').map((f) => f.type)).not.toContain('count');
		expect(extractFacts('The hearing began at 11 and lasted all day.').filter((f) => f.text === '11')).toEqual([]);
	});

	it('"lift the minimum age for online gaming to 16" is an age whose options stay near it', () => {
		const fact = extractFacts('Ministers agreed to lift the minimum age for online gaming to 16 from next year.').find((f) => f.text === '16')!;
		expect(fact.type).toBe('age');
		for (let seed = 1; seed <= 20; seed++) {
			for (const d of numericDistractors(fact, createPrng(seed), new Set())) expect(Math.abs(Number(d) - 16)).toBeLessThanOrEqual(5);
		}
	});
});

describe('g31b (2): a count read off the names listed after it (R3, R5)', () => {
	it('counts the names a clause lists after its count', () => {
		expect(namesListedAfter(' crews from Brecon, Builth, Hay and Talgarth stations attended')).toBe(4);
		expect(namesListedAfter(' crews from the stations at Brecon and Hay attended')).toBe(2);
		expect(namesListedAfter(' crews attended the scene overnight')).toBeUndefined();
	});

	it('"_____ crews from four named stations" is asked in no form', () => {
		const checks = checksOf('Barn fire near Brecon', ['Two crews from Brecon, Builth, Hay and Talgarth fire stations were sent to the barn on Tuesday night.'], /crews from Brecon/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});
});

describe('g31b (3): a false town comes from the story or the key\'s own country (R6)', () => {
	it('Nairobi is never swapped for a capital abroad that the article never names', () => {
		const items = itemsOf('President Whitaker says failure on gun laws is his biggest regret', [
			'WASHINGTON — President Dan Whitaker has said his failure to pass tougher gun laws in the United States is the greatest frustration of his time in office.',
			'In an interview recorded at the White House on Tuesday, Whitaker said the country had lost more than 30,000 people a year to gun violence.',
			'Whitaker leaves for Kenya on Thursday, the first visit to the country by a sitting US president.',
			'His mother was born in Kenya, and Whitaker plans to see cousins and aunts in Nairobi.',
			'He will then travel to Ethiopia, where he will address the African Union.'
		]);
		const swapped = items.filter((i) => i.type === 'true-false' && /cousins and aunts in/.test(i.stem)).map((i) => /cousins and aunts in ([\p{L} ]+)\./u.exec(i.stem)?.[1]);
		expect(swapped.filter((p) => p !== 'Nairobi' && p !== 'Washington' && p !== 'Leeds')).toEqual([]);
	});
});

describe('g31b (4): a habit likened is no fact worth asking (R7)', () => {
	it('"responded the way she had all week, with _____ games in a row" is refused', () => {
		const checks = checksOf('Lindqvist into Halle semi-final', ['Maja Lindqvist reached the semi-finals in Halle on Friday after beating the second seed in three sets.', 'Lindqvist responded the way she had all week, with five games in a row.'], /the way she had all week/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});
});

describe('g31b (5): options of a small count in words and of a national rate (R8)', () => {
	it('"two" and "four" in words take near words only', () => {
		for (const [text, key] of [
			['Police arrested two men in Halifax.', 'two'],
			['The firm closed four shops in Derby.', 'four']
		]) {
			const fact = countIn(text, key);
			for (let seed = 1; seed <= 30; seed++) {
				const words = numericDistractors(fact, createPrng(seed), new Set());
				expect(words).toHaveLength(3);
				const values = words.map((w) => ['two', 'three', 'four', 'five', 'six', 'seven', 'eight'].indexOf(w) + 2);
				for (const v of values) expect(Math.abs(v - (fact.value ?? 0))).toBeLessThanOrEqual(3);
			}
		}
	});

	it('keeps an economy\'s growth and inflation within a few points of the key', () => {
		expect(macroRateCeiling(4.2, "Slovakia's economy grew by ", ' in the first quarter')).toBeCloseTo(7.2);
		expect(macroRateCeiling(6.5, 'Inflation eased to ', ' in May')).toBeCloseTo(10.4);
		// a company's sales are no national rate
		expect(macroRateCeiling(4.2, 'Sales at the chain grew by ', ' in the first quarter')).toBeUndefined();
		const growth = extractFacts("Slovakia's economy grew by 4.2% in the first quarter.").find((f) => f.type === 'percent')!;
		for (let seed = 1; seed <= 20; seed++) {
			for (const d of numericDistractors(growth, createPrng(seed), new Set(), macroRateCeiling(4.2, "Slovakia's economy grew by ", ''))) expect(parseFloat(d)).toBeLessThanOrEqual(7.2);
		}
	});

	it('a round share takes round options', () => {
		const fact = extractFacts('A candidate needs 45% of the vote to win outright.').find((f) => f.type === 'percent')!;
		for (let seed = 1; seed <= 20; seed++) for (const d of numericDistractors(fact, createPrng(seed), new Set())) expect(parseFloat(d) % 5).toBe(0);
	});

	it('minutes of a match are options at least three minutes apart from the key, within 90', () => {
		const fact = extractFacts('Kilbride scored in the 84th minute.').find((f) => f.type === 'ordinal')!;
		for (let seed = 1; seed <= 20; seed++) {
			for (const d of numericDistractors(fact, createPrng(seed), new Set(), Infinity, [Infinity, -Infinity], { minute: true })) {
				expect(Math.abs(parseInt(d, 10) - 84)).toBeGreaterThanOrEqual(3);
				expect(parseInt(d, 10)).toBeLessThanOrEqual(90);
			}
		}
	});
});

describe('g31b (6): at most two items about the one medicine (QUALITY.md "Per article")', () => {
	it('no quiz names the drug in more than two items', () => {
		const article = parseArticleText(
			[
				'Twice-daily tablet cuts migraine days by half in trial',
				'Ferovarant, a twice-daily tablet, halved the number of migraine days in adults over 24 weeks, according to a study published on Thursday in the journal Cephalalgia.',
				'Patients taking ferovarant 40 mg had an average of 3.1 migraine days a month, compared with 6.4 days at the start of the trial.',
				'About 6% of patients taking ferovarant stopped because of dizziness, the researchers said.',
				'The study recruited 1,140 adults at 52 clinics in Sweden, Finland and Norway.',
				'Ferovarant cut emergency visits for migraine by 38%, the researchers said.',
				'A longer trial of ferovarant in 3,000 patients will begin next spring, according to the Uppsala team.',
				'"For many people this could mean getting their weekends back," said Dr. Annika Strand, a neurologist at Uppsala University who led the work.',
				'Strand said ferovarant cost about 90 euros a month in Sweden, less than half the price of injectable drugs.',
				'Ferovarant was approved in Sweden in 2024 for adults who had tried at least two other preventive medicines.'
			].join('\n\n')
		);
		for (let seed = 1; seed <= 6; seed++) {
			const items = generateWithReport(article, { seed, maxItems: 15 }).quiz.items;
			expect(items.filter((i) => /ferovarant/i.test(i.stem)).length).toBeLessThanOrEqual(2);
		}
	});

	it('reads the medicine of "patients taking ferovarant 40 mg", not "taking"', () => {
		const article = { title: 'Migraine tablet trial', paragraphs: ['Patients taking ferovarant 40 mg had fewer migraine days than those given a placebo.'] };
		expect(oneDrug(article)).toBe('ferovarant');
	});
});

describe('g31b: the holdout98 and holdout99 readers\' NOs, as kinds', () => {
	const match = 'Ballymena beat Coleraine 2-1 to move top of the table';

	it('"headed in from five yards" and "in _____ hours" of a forecast are refused (R7)', () => {
		expect(checksOf(match, ['Ballymena beat Coleraine 2-1 at the Showgrounds on Saturday.', 'Declan Orr, unmarked at the far post, headed in from five yards.'], /from (?:_____|five) yards/).filter((c) => c === '')).toEqual([]);
		expect(checksOf('Storm warning for Cork', ['Met Éireann issued an orange warning for Cork and Kerry until Friday, forecasting more than 80 millimetres of rain in 24 hours.'], /rain in (?:_____|24) hours/).filter((c) => c === '')).toEqual([]);
	});

	it('the year of an interview and the next fixture are refused (R7)', () => {
		expect(checksOf('Icelandic poet Ragna Þórsdóttir dies at 91', ['Ragna Þórsdóttir, the Icelandic poet, has died in Reykjavik at 91.', '"I wrote because nobody else would," she told the magazine Vera in a 2009 interview.'], /interview/).filter((c) => c === '')).toEqual([]);
		// the fixture closes the report, as match reports close
		const paragraphs = [...filler, 'Ballymena beat Coleraine 2-1 at the Showgrounds on Saturday.', 'Declan Orr scored twice before half-time.', 'Ballymena travel to Larne next Saturday, while Coleraine host Glenavon on March 14.'];
		const fixture = written(reportOf(match, paragraphs)).filter((w) => /Glenavon on/.test(w.stem));
		expect(fixture.length).toBeGreaterThan(0);
		expect(fixture.filter((w) => w.check === '')).toEqual([]);
	});

	it('a conversion of a sum the stem gives is refused (R7)', () => {
		// the sentence may be asked on its deadline year (a true/false), never on the conversion
		const items = itemsOf('Hungary to spend more on rail', ['Hungary will spend 300 billion forints, about $820 million, on rail upgrades by 2028, the transport ministry in Budapest said.']);
		const keys = items.filter((i) => i.source.text.startsWith('Hungary will spend')).map((i) => i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end));
		expect(keys.filter((k) => k.includes('820'))).toEqual([]);
	});

	it('"In Cork, there were more than 900." and "have enrolled so far" are refused (R4)', () => {
		expect(checksOf('Cork rents rise', ['Rents in Cork rose 7% in a year.', 'Listings fell sharply. In Cork, there were fewer than 500.'], /there were/).filter((c) => c === '')).toEqual([]);
		expect(checksOf('Ontario nurse training', ['Ontario launched a fast-track nurse training scheme in January.', 'About 2,300 people have enrolled so far.'], /enrolled so far/).filter((c) => c === '')).toEqual([]);
	});

	it('a false or true statement whose only name is a country or region is refused, unless it is the story\'s own (R4)', () => {
		const paragraphs = ['Exports of Peruvian blueberries fell 12% in the first half of the year, trade figures showed.', 'Some growers are looking to India.'];
		// (a false side is a country the article names since country-swap-s43, so here only the blank is written)
		const statements = checksOf('Peru blueberry exports fall', paragraphs, /growers are looking to/);
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.filter((c) => c === '')).toEqual([]);
	});

	it('a body placed by the city after it is never swapped for another (R8)', () => {
		const items = itemsOf('Study links screen time to poor sleep', [
			'Scientists from the University of Tromsø and the Danish Cancer Society tracked 1,900 teenagers for two years.',
			'Dr. Lena Ek, a sleep scientist at the Karolinska Institute in Stockholm who had no part in the work, said the design was sound.'
		]);
		expect(items.filter((i) => i.type === 'true-false' && /in Stockholm/.test(i.stem) && !/Karolinska/.test(i.stem))).toEqual([]);
	});

	it('the index of the day is no item of one company\'s shares story (R7)', () => {
		expect(checksOf('Halvorsen Seafood shares drop 8% on weak salmon prices', ['Shares in Halvorsen Seafood fell 8% in Oslo on Thursday after the company reported lower salmon prices.', 'The benchmark Oslo index was down 0.6%.'], /Oslo index/).filter((c) => c === '')).toEqual([]);
	});
});
