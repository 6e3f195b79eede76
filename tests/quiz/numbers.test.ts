import { describe, expect, it } from 'vitest';
import { formatLike, numericDistractors, rangeDistractors, tallyDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts, tallyNumber } from '../../src/lib/quiz/facts';
import { generateWithReport, sideOf } from '../../src/lib/quiz/generate';
import { howManyStem, inQuestion, pastInfinitive } from '../../src/lib/quiz/how-many';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { createPrng } from '../../src/lib/quiz/prng';
import { filler, itemsOf } from './report';

const tallies = (text: string) =>
	extractFacts(text)
		.filter((f) => f.type === 'tally')
		.map((f) => f.text);

/** The count in a sentence with the words before and after it, as writeItems cuts the clause. */
function countClause(text: string, attributed = false) {
	const fact = extractFacts(text).find((f) => f.type === 'count')!;
	return howManyStem(fact, { before: text.slice(0, fact.span.start), after: text.slice(fact.span.end).replace(/\.$/, ''), attributed });
}

describe('tallies: votes and match scores', () => {
	it('reads votes and scores as one fact of two numbers', () => {
		expect(tallies('The Senate passed a $95 billion foreign aid package on Tuesday by a vote of 70 to 29, sending it to the House.')).toEqual(['70 to 29']);
		expect(tallies('Councillors voted by nine votes to three to grant planning permission at a meeting on Wednesday evening.')).toEqual(['nine votes to three']);
		expect(tallies('Wilfried Gnonto scored in the 88th minute to beat Aston Villa 2-1 at Villa Park on Saturday.')).toEqual(['2-1']);
		expect(tallies('The run began with a 3-0 victory over Wolves on 2 November.')).toEqual(['3-0']);
		expect(tallies('The bill passed the House in a 311-112 vote on Saturday.')).toEqual(['311-112']);
	});

	it('reads no tally in a range, an age band or a pair of numbers with no vote or result', () => {
		expect(tallies('Repairs are expected to take 2–4 weeks, the council said.')).toEqual([]);
		expect(tallies('The bridge will be 3 to 5 metres wider than the old one.')).toEqual([]);
		expect(tallies('Children aged 5-11 will be offered the vaccine, officials said.')).toEqual([]);
		expect(tallies('The road was closed from 9 to 5 on Monday.')).toEqual([]);
	});

	it('keeps a vote’s total and winner, and a score’s winner, in every distractor', () => {
		const [vote] = extractFacts('The Senate passed the package by a vote of 70 to 29.').filter((f) => f.type === 'tally');
		const [words] = extractFacts('Councillors voted by nine votes to three to grant permission.').filter((f) => f.type === 'tally');
		const [score] = extractFacts('Leeds beat Aston Villa 2-1 at Villa Park.').filter((f) => f.type === 'tally');
		for (let seed = 1; seed <= 20; seed++) {
			const prng = createPrng(seed);
			const votes = tallyDistractors(vote, prng).map((d) => d.split(' to ').map(Number));
			expect(votes).toHaveLength(3);
			for (const [a, b] of votes) expect([a + b, a > b, a === 70]).toEqual([99, true, false]);
			const spoken = tallyDistractors(words, prng);
			expect(spoken).toHaveLength(3);
			for (const d of spoken) {
				const [a, b] = d.split(' votes to ').map((w) => tallyNumber(w)!);
				expect([a + b, a > b, d === 'nine votes to three']).toEqual([12, true, false]);
			}
			const scores = tallyDistractors(score, prng).map((d) => d.split('-').map(Number));
			expect(scores).toHaveLength(3);
			for (const [a, b] of scores) expect(a > b && `${a}-${b}` !== '2-1').toBe(true);
		}
	});

	it('asks a vote as a whole, with tallies of the same total as distractors', () => {
		const items = itemsOf('Senate approves foreign aid', ['The Senate passed the foreign aid package on Tuesday by a vote of 70 to 29 after a debate in Washington.']);
		const asked = items.filter((i) => i.source.text.includes('70 to 29'));
		expect(asked.length).toBe(10);
		for (const item of asked) {
			expect(item.factType).toBe('tally');
			const tallies = item.type === 'true-false' ? [/vote of (\d+ to \d+)/.exec(item.stem)![1]] : item.options;
			for (const t of tallies) expect(t.split(' to ').map(Number).reduce((a, b) => a + b)).toBe(99);
			if (item.type === 'cloze') expect(item.stem).toContain('by a vote of _____ after');
		}
	});
});

describe('ranges', () => {
	it('never asks one end of a range alone', () => {
		const bound = (text: string) =>
			extractFacts(text)
				.filter((f) => f.value !== undefined && f.type !== 'date')
				.map((f) => [f.text, f.bound ?? false]);
		expect(bound('The scheme includes four blocks of between six and 17 storeys, a public square and shops.')).toEqual([
			['four', false],
			['17', true]
		]);
		expect(bound('The bridge will be 3 to 5 metres wider than the old one.')).toEqual([]);
		expect(bound('It should take two or three weeks to finish the work.')).toEqual([['three', true]]);
		expect(bound('Repairs are expected to take 2–4 weeks, the council said.')).toEqual([]);
		expect(extractFacts('Children aged 5-11 will be offered the vaccine.').filter((f) => f.type === 'age')).toEqual([]);
	});
});

describe('ranges asked whole', () => {
	const ranges = (text: string) =>
		extractFacts(text)
			.filter((f) => f.type === 'range')
			.map((f) => f.text);

	it('reads "between 21,000 and 23,000", "3 to 5 metres", "2–4 weeks" and "between £10m and £20m" as one range each', () => {
		expect(ranges('Human footprints found at White Sands National Park in New Mexico are between 21,000 and 23,000 years old, according to a new study.')).toEqual(['21,000 and 23,000']);
		expect(ranges('The bridge will be 3 to 5 metres wider than the old one.')).toEqual(['3 to 5']);
		expect(ranges('Repairs are expected to take 2–4 weeks, the council said.')).toEqual(['2–4']);
		expect(ranges('The fine could be between £10m and £20m, officials said.')).toEqual(['£10m and £20m']);
		expect(ranges('Prices rose from 5% to 10% this year.')).toEqual([]);
		expect(ranges('The bill passed the House in a 311-112 vote on Saturday.')).toEqual([]);
	});

	it('offers ranges written like the key that do not overlap it', () => {
		const [fact] = extractFacts('Human footprints found in New Mexico are between 21,000 and 23,000 years old.').filter((f) => f.type === 'range');
		for (let seed = 1; seed <= 20; seed++) {
			const options = rangeDistractors(fact, createPrng(seed));
			expect(options).toHaveLength(3);
			for (const o of options) {
				const [a, b] = o.split(' and ').map((n) => Number(n.replace(/,/g, '')));
				expect([/^\d{1,3},000 and \d{1,3},000$/.test(o), a < b, b < 21_000 || a > 23_000]).toEqual([true, true, true]);
			}
		}
	});

	it('asks the range whole in a cloze ("between _____ metres"), never one end, and not when the headline gives an end', () => {
		const items = itemsOf('Leeds bridge to be widened', ['The new bridge over the Aire in Leeds will be between 3 and 5 metres wider than the old one, engineers said.']);
		const asked = items.filter((i) => i.source.text.includes('3 and 5'));
		expect(asked.some((i) => i.type === 'cloze' && i.factType === 'range' && i.stem.includes('between _____ metres'))).toBe(true);
		for (const item of asked) expect(item.stem).not.toMatch(/between _____ and|and _____ metres/);
		const headline = itemsOf('Ancient footprints are at least 21,000 years old', ['Human footprints found at White Sands National Park in New Mexico are between 21,000 and 23,000 years old.']);
		expect(headline.filter((i) => i.factType === 'range')).toEqual([]);
	});
});

describe('number distractors the sentence itself rules out', () => {
	it('keeps a percentage’s decimals and its side of another percentage in the sentence', () => {
		const sentence = 'Vaccination rates in Leeds fell to 83.9% last year, well below the 95% recommended by the World Health Organization.';
		const [low, high] = extractFacts(sentence).filter((f) => f.type === 'percent');
		expect(sideOf(sentence, low)).toEqual([95, -Infinity]);
		expect(sideOf(sentence, high)).toEqual([Infinity, 83.9]);
		for (let seed = 1; seed <= 20; seed++) {
			const options = numericDistractors(low, createPrng(seed), new Set([83.9, 95]), Infinity, sideOf(sentence, low));
			expect(options).toHaveLength(3);
			for (const o of options) expect([/^\d+\.\d%$/.test(o), parseFloat(o) < 95]).toEqual([true, true]);
		}
	});

	it('offers a whole larger than its part: "won five of their past _____ league games"', () => {
		const sentence = 'Leeds have now won five of their past six league games, a run that began with a 3-0 victory over Wolves on 2 November.';
		const six = extractFacts(sentence).find((f) => f.type === 'count')!;
		expect(sideOf(sentence, six)).toEqual([Infinity, 5]);
		for (let seed = 1; seed <= 20; seed++) {
			const options = numericDistractors(six, createPrng(seed), new Set([6]), Infinity, sideOf(sentence, six));
			expect(options).toHaveLength(3);
			for (const o of options) expect(['seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']).toContain(o);
		}
	});

	it('takes "4%" for no alias of "14%", so a cloze on 14% is not rejected for it', () => {
		const article = parseArticleText(`Ocado shares climb\n\n${['Shares in Ocado rose 14% in early trading in London on Thursday morning.', ...filler].join('\n\n')}`);
		for (let seed = 1; seed <= 10; seed++) {
			const report = generateWithReport(article, { seed, maxItems: 15 });
			expect(report.rejections.filter((r) => r.stem.includes('Shares in Ocado'))).toEqual([]);
		}
	});

	it('never blanks a number beside another one ("found the net only three four times" → "only _____ four times")', () => {
		const items = itemsOf('Lund heating up', ['Yet Lund has shaken off a slow spell, when he had found the net only three four times in 20 games.']);
		for (const item of items) expect(item.stem).not.toMatch(/_____ four|three _____/);
	});

	it('reads "rose" before a number as a verb: "Revenue at Ocado rose 11.2% to £3.15 billion."', () => {
		const items = itemsOf('Ocado reports first profit', ['Revenue at Ocado rose 11.2% to £3.15 billion.'], 3);
		expect(items.some((i) => i.source.text === 'Revenue at Ocado rose 11.2% to £3.15 billion.')).toBe(true);
	});

	it('asks no figure whose owner the clause does not name: "Revenue rose 11.2% to £3.15 billion."', () => {
		const items = itemsOf('Ocado reports first profit', ['Revenue rose 11.2% to £3.15 billion.', 'Councillors in Leeds voted by nine votes to three to grant planning permission on Wednesday evening.'], 3);
		expect(items.some((i) => i.source.text.startsWith('Revenue rose'))).toBe(false);
		expect(items.some((i) => i.source.text.startsWith('Councillors in Leeds voted'))).toBe(true);
		const named = itemsOf('Ayew sparks Swansea victory', ['Swansea seized the advantage eight minutes before the interval.', 'Fans travelled from Swansea to Leeds for the match on Saturday.'], 3);
		expect(named.some((i) => i.source.text.startsWith('Swansea seized'))).toBe(true);
		const there = itemsOf('Floods in Norland', ['There were 2,716 floods recorded across Norland between 2011 and 2016, with 431 deaths.'], 3);
		expect(there.some((i) => i.source.text.startsWith('There were 2,716'))).toBe(true);
	});
});

describe('how many: questions only where the clause turns round safely', () => {
	it('asks a passive, a "there were" and a plain subject–verb–object clause', () => {
		expect(countClause('Officials said 412 false payments were found during the audit.', true)).toBe('According to officials, how many false payments were found during the audit?');
		expect(countClause('There were 2,911 confirmed cases of measles in Leeds last year, the health agency said.', true)).toBe(
			'According to the health agency, how many confirmed cases of measles were there in Leeds last year?'
		);
		expect(countClause('Police arrested 38 people after the march through the centre of Leeds on Saturday.')).toBe(
			'How many people did police arrest after the march through the centre of Leeds on Saturday?'
		);
		expect(countClause('Researchers from the US Geological Survey used two new methods to date the tracks.')).toBe(
			'How many new methods did researchers from the US Geological Survey use to date the tracks?'
		);
		expect(countClause('About 1,500 homes were left without power after the storm.')).toBe('About how many homes were left without power after the storm?');
		expect(countClause('Most residents voted 12 times in the last decade.')).toBe('How many times did most residents vote in the last decade?');
		expect(countClause('Police interviewed six women in Leeds, including two nurses, about the attacks.')).toBe('How many women did police interview in Leeds, including two nurses, about the attacks?');
		expect(countClause('Firefighters have rescued 12 people from the flooded homes in Leeds.')).toBe('How many people have firefighters rescued from the flooded homes in Leeds?');
		expect(countClause("The Lawrence Hill Residents' Association had collected 1,200 signatures on a petition against the plans, arguing that the tallest block would overshadow neighbouring streets.")).toBe(
			"How many signatures had the Lawrence Hill Residents' Association collected on a petition against the plans?"
		);
	});

	it('writes no question round a pronoun, an opening phrase, a present verb or a bound', () => {
		expect(countClause('They arrested 38 people after the march through the city.')).toBeUndefined();
		expect(countClause('In 2021 the same team found 61 footprints in the lake bed.')).toBeUndefined();
		expect(countClause('The company employs 500 people in its technology division.')).toBeUndefined();
		expect(countClause('The company has taken 500 orders since March.')).toBeUndefined();
		expect(countClause('The storm killed 12 people and injured dozens more in the north of Leeds.')).toBeUndefined();
		expect(countClause('Last year the council built 300 homes in Leeds.')).toBeUndefined();
		expect(countClause('Police arrested 38 people and seized weapons in Leeds.')).toBeUndefined();
		expect(countClause('Police arrested 38 people and children after the march in Leeds.')).toBeUndefined();
		expect(countClause('The club said that more than 3,500 Leeds supporters had made the trip.', true)).toBeUndefined();
		expect(countClause('Leeds have now won five of their past six league games.')).toBeUndefined();
		expect(countClause('There were 2,716 floods recorded nationwide between 2011 and 2016, with 431 deaths.')).toBeUndefined();
	});

	it('reads the base form of a past verb, and lower-cases only common nouns', () => {
		expect(['arrested', 'sold', 'built', 'lost', 'used', 'employs', 'in'].map(pastInfinitive)).toEqual(['arrest', 'sell', 'build', 'lose', 'use', undefined, undefined]);
		expect(['Officials', 'Rescuers from Leeds', 'The company', 'Ocado', 'Manchester City', 'BBC'].map((phrase) => inQuestion(phrase))).toEqual([
			'officials',
			'rescuers from Leeds',
			'the company',
			'Ocado',
			'Manchester City',
			'BBC'
		]);
	});
});

describe('ages and years that fit the sentence', () => {
	it('keeps a child’s age under 18 among the distractors', () => {
		const [age] = extractFacts('A film showing the moment a missing 7-year-old Dunmore boy was found by police was released.').filter((f) => f.type === 'age');
		for (let seed = 1; seed <= 20; seed++) {
			const options = numericDistractors(age, createPrng(seed), new Set(), Infinity);
			expect(options).toHaveLength(3);
			for (const o of options) expect(parseInt(o, 10)).toBeLessThan(18);
		}
	});

	it('offers no year before publication for what "will" happen', () => {
		const text = `Pensions to overtake schools budget\n\n${['Spending on pensions in the UK will overtake the schools budget in 2020 and the health budget in 2023.', ...filler].join('\n\n')}`;
		const article = { ...parseArticleText(text), published: '2018-06-18' };
		const years: number[] = [];
		for (let seed = 1; seed <= 10; seed++) {
			for (const item of generateWithReport(article, { seed, maxItems: 15 }).quiz.items) {
				if (item.factType !== 'date' || !item.source.text.includes('pensions')) continue;
				for (const text of [item.stem, ...item.options]) for (const y of text.match(/\b20\d\d\b/g) ?? []) years.push(Number(y));
			}
		}
		expect(years.length).toBeGreaterThan(0);
		expect(Math.min(...years)).toBeGreaterThanOrEqual(2018);
	});
});

describe('the range of an estimate', () => {
	it('gives whole bounds for money in billions (no 119999999999.99998)', () => {
		const report = generateWithReport(
			parseArticleText(
				[
					'Harbour firm posts record year',
					'Norwater Holdings reported revenue of $38.2 billion for the year to March.',
					'The company employs 12,400 people at ports in Ostmark, Valdor and Brelin, and plans to open a fourth port in 2028.',
					'Its chief executive, Lena Vos, said demand for shipping had grown in every region where the company works.'
				].join('\n\n')
			),
			{ seed: 1, maxItems: 15 }
		);
		const estimate = report.quiz.items.find((i) => i.numeric && i.numeric.value === 38_200_000_000);
		const { min, max } = estimate!.numeric!;
		for (const end of [min, max]) expect(Number.isInteger(end / 100_000_000)).toBe(true);
		expect(min).toBeLessThan(38_200_000_000);
		expect(max).toBeGreaterThan(38_200_000_000);
	});
});

describe('a count bounded by a part counted after it', () => {
	it('writes no true/false that keeps "- four of them in one game -" beside a false count of "saved eight break points"', () => {
		const text = [
			'Vance edges Morel in Halden final',
			'Lina Vance won the Halden Open on Sunday, beating Chloé Morel 7-6, 6-4 in a final that lasted two hours.',
			'Vance saved eight break points in a tense second set - four of them in one 12-minute game at 3-3 - before Morel double-faulted to hand her the break.',
			'Morel, who had won the title twice before, said she had run out of energy.',
			'Vance will next play in Brelin, where she is seeded third.'
		].join('\n\n');
		const items = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => generateWithReport(parseArticleText(text), { seed, maxItems: 15 }).quiz.items);
		const fromSentence = items.filter((i) => i.source.text.startsWith('Vance saved eight'));
		expect(fromSentence.length).toBeGreaterThan(0);
		for (const item of fromSentence.filter((i) => i.type === 'true-false')) expect(item.stem).not.toMatch(/of them/);
	});
});

describe('distractors for a key of one significant digit', () => {
	it('are as round as 100 or 3,000, for every seed', () => {
		for (const sentence of ['Aid groups said more than 100 people spent the night in shelters.', 'The plant will create 3,000 jobs, the company said.']) {
			const fact = extractFacts(sentence).find((f) => f.type === 'count')!;
			for (let seed = 1; seed <= 10; seed++) {
				const options = numericDistractors(fact, createPrng(seed), new Set());
				expect(options).toHaveLength(3);
				for (const o of options) expect(o.replace(/,/g, '')).toMatch(/^[1-9]0*$/);
			}
		}
	});
});

describe('formatLike past a thousand million', () => {
	it('writes "1.2 billion", "$2 billion" and "1.5 trillion", not "1,200 million"', () => {
		expect(formatLike('600 million', 1200)).toBe('1.2 billion');
		expect(formatLike('$500 million', 2000)).toBe('$2 billion');
		expect(formatLike('£900 billion', 1500)).toBe('£1.5 trillion');
		expect(formatLike('600 million', 840)).toBe('840 million');
	});
});
