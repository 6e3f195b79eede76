import { describe, expect, it } from 'vitest';
import { cutName, wholeNames } from '../../src/lib/quiz/cut-names';
import { numericDistractors, rangeDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { besideRange, generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { familyNameLeads } from '../../src/lib/quiz/person-options';
import { createPrng } from '../../src/lib/quiz/prng';
import { checksOf, filler, itemsOf, kept, reportOf, written } from './report';

// an invented storm report whose names run on before the words a rewrite picks them up by:
// "the Harbourside Arts and Exhibition Centre", "Chief Operating Officer Quang Tho", "the
// Maritime and Coastal Safety Commission", the painting "Sailors by the Harbour Wall"
const STORM_TITLE = 'Storm floods Port Ellery seafront as hundreds seek shelter';
const STORM = [
	'PORT ELLERY - Hundreds of residents spent Saturday night in emergency shelters after a storm surge flooded the seafront of Port Ellery, officials said.',
	'Evacuees were asked to register at the reception desk of the Harbourside Arts and Exhibition Centre, which had registered 640 people by midnight.',
	'Chief Operating Officer Quang Tho said the ferry company had cancelled 38 crossings since Friday. He said the company would spend about $12 million on new sea defences at its terminal.',
	'The surge was the highest recorded since 1987, according to the Maritime and Coastal Safety Commission. The commission said 212 homes had been damaged.',
	'Sailors by the Harbour Wall, which shows four fishermen mending nets beside the old pier, was moved to a dry store by the town museum on Friday.'
];
const article = parseArticleText(`${STORM_TITLE}\n\n${STORM.join('\n\n')}`);

describe('names cut short in stems (g30-c)', () => {
	it('writes a name cut at "and" or before its title whole, with its "the"', () => {
		expect(wholeNames(article, 'How many people had Exhibition Centre registered by midnight?')).toBe('How many people had the Harbourside Arts and Exhibition Centre registered by midnight?');
		expect(wholeNames(article, 'Operating Officer Quang Tho said the company would spend about _____ on new sea defences.')).toBe('Chief Operating Officer Quang Tho said the company would spend about _____ on new sea defences.');
		expect(wholeNames(article, 'The Coastal Safety Commission said _____ homes had been damaged.')).toBe('The Maritime and Coastal Safety Commission said _____ homes had been damaged.');
	});

	it('refuses a title cut after "by the", and leaves whole names and persons without their titles alone', () => {
		expect(cutName(article, 'The Harbour Wall shows four fishermen mending nets beside the old pier.')).toBe('Harbour Wall');
		expect(cutName(article, 'Quang Tho said the ferry company had cancelled _____ crossings since Friday.')).toBeUndefined();
		expect(cutName(article, 'Sailors by the Harbour Wall shows _____ fishermen mending nets beside the old pier.')).toBeUndefined();
		expect(cutName(article, 'Hundreds of residents spent Saturday night in shelters after a surge flooded the seafront of Port Ellery.')).toBeUndefined();
	});

	it('reads a person "of the" a body as no part of its name ("Judge Maartje Visser of the Utrecht District Court")', () => {
		const court = parseArticleText(['Port official jailed over bribes', 'Judge Maartje Visser of the Utrecht District Court said Pieter Smit, 61, had taken the money.', 'Professor Jan Bakker of the Delft Institute of Ports gave evidence.', ...filler].join('\n\n'));
		expect(cutName(court, 'The Utrecht District Court ordered Smit to repay _____ euros.')).toBeUndefined();
		expect(cutName(court, 'The Delft Institute of Ports studied _____ ports.')).toBeUndefined();
	});

	it('keeps no stem that writes a cut name', () => {
		const stems = kept(STORM_TITLE, STORM);
		expect(stems.length).toBeGreaterThan(0);
		for (const stem of stems) {
			expect(stem).not.toMatch(/(?<!Arts and )Exhibition Centre|(?<!Chief )Operating Officer|(?<!Maritime and )Coastal Safety Commission|(?<!Sailors by the )Harbour Wall/);
		}
	});
});

// an invented tourism release whose figure holds for the period its sentence opens on
const ARRIVALS_TITLE = 'Veloria posts record spring as visitor arrivals climb';
const ARRIVALS = [
	'Veloria welcomed 2.1 million foreign visitors in April and May, the tourism ministry said on Monday, the most for those months since records began.',
	'Over the first four months of 2031, Veloria recorded 6.8 million arrivals, up 11 percent, putting the country on course to pass 20 million for the full year.',
	'Hotel occupancy on the coast averaged 74 percent in May, the ministry said.'
];

// an invented phone launch whose figure is measured under a list of uses
const PHONE_TITLE = 'Lumora unveils Vela 3 tablet with in-house chip and five years of updates';
const PHONE = [
	'SEOUL (Reuters) - Lumora Electronics on Tuesday unveiled the Vela 3, its first tablet built around a processor it designed itself, as it tries to win back buyers from larger rivals.',
	'The tablet goes on sale in 14 countries on Oct. 2.',
	'Lumora says the L2 chip uses 18% less power than the chip in last year’s Vela 2 under a typical mix of music streaming, reading and gaming, and claims the tablet will last three days on a single charge.'
];

// an invented obituary: an age reached "by" a number
const OBIT_TITLE = 'Mirela Dascal, violinist who led the Harbour Strings, dies at 88';
const OBIT = [
	'Mirela Dascal, the violinist who led the Harbour Strings for three decades, died on Sunday in Constanta, her family said. She was 88.',
	'Dascal picked up a violin at age 7 and by 12 was playing with the city youth orchestra at weddings and festivals.',
	'She is survived by her son, Andrei Dascal, and two grandchildren.'
];

// an invented match report: the manager's quote runs over three sentences, the key in the last
const MATCH_TITLE = 'Kelby Rovers come from behind to beat Ashcombe 3-2';
const MATCH = [
	'Kelby Rovers came from two goals down to beat ten-man Ashcombe 3-2 at Quarry Lane on Saturday, with substitute Mara Tennant scoring twice late on.',
	'Rovers manager Chidi Okonedo made three changes at the interval.',
	'"At the interval I told them we had been too timid," Okonedo said. "Nobody argued, nobody sulked – I just asked whether they wanted to be remembered for that first hour. Mara has been pushing for a start in training for four weeks, and tonight she grabbed it."'
];

describe('stems that keep what the fact needs (g30-c)', () => {
	it('keeps the period a release figure is a total of', () => {
		const stems = kept(ARRIVALS_TITLE, [...ARRIVALS, ...filler]).filter((s) => /6\.8 million|recorded _____/.test(s));
		expect(stems.length).toBeGreaterThan(0);
		for (const s of stems) expect(s).toContain('Over the first four months of 2031');
	});

	it('never ends a stem on the first member of a list of uses', () => {
		const cut = checksOf(PHONE_TITLE, PHONE, /music streaming\.$/);
		expect(cut.length).toBeGreaterThan(0);
		expect(cut.every((c) => c === 'R1')).toBe(true);
	});

	it('refuses a blank after "by" that stands for an age reached, and a blank or a swap in a quote opened a sentence before', () => {
		const ages = checksOf(OBIT_TITLE, OBIT, /by _____ was playing/);
		expect(ages.length).toBeGreaterThan(0);
		expect(ages.every((c) => c === 'R3')).toBe(true);
		const quoted = written(reportOf(MATCH_TITLE, [...MATCH, ...filler])).filter((w) => /pushing for a start in training for (?:_____|four) weeks/.test(w.stem));
		expect(quoted.length).toBeGreaterThan(0);
		// a stem that keeps the quote's closing mark without its opening one is broken English first (R1)
		expect(quoted.every((w) => w.check === 'R6' || (w.check === 'R1' && /[^“"]*["”]$/.test(w.stem) && !/[“]/.test(w.stem)))).toBe(true);
	});
});

// an invented earnings story: a forecast range raised from another
const EARNINGS_TITLE = 'Brenhall Freight raises outlook as warehouse demand grows';
const EARNINGS = [
	'Brenhall Freight on Thursday reported third-quarter revenue of $1.7 billion, up 8% from a year earlier.',
	'Brenhall raised its 2031 revenue forecast to between $6.2 billion and $6.4 billion, from a previous range of $5.9 billion to $6.1 billion.',
	'Brenhall said it had hired 14 additional warehouse engineers over the past year to run its automated sites.'
];

// an invented hospital release: a count a false statement could miss by one
const HOSPITAL_TITLE = 'Harwick hospitals hire more anaesthetists as waiting list grows';
const HOSPITAL = [
	'Harwick Hospitals NHS Trust said on Monday its waiting list had reached a record 52,400 patients, up from 47,900 a year earlier.',
	'The trust said it had recruited 11 additional consultant anaesthetists over the past year and was sending some patients to private hospitals in Hereford.',
	'Harwick Hospitals NHS Trust said 3,100 operations were cancelled last winter.'
];

// an invented obituary: a musician named by his role right before him, and people of other roles
const JAZZ_TITLE = 'Leon Abara, saxophonist of the Riverside clubs, dies at 90';
const JAZZ = [
	'Leon Abara, a saxophonist who played the Riverside clubs for half a century, died on Friday at his home in Baltimore. He was 90.',
	'Within two years of arriving in the city he was playing in pianist Rufus Hale’s trio at the Blue Lantern and other late-night rooms.',
	'He is survived by his daughter, Nia Abara-Cole, and his sister, Edith Morland, 93.',
	'Among his students was Tomas Ferreira, now a drummer based in Boston.'
];

describe('options that fit the key (g30-c)', () => {
	it('keeps a range raised from another near the key and above the range it left', () => {
		const sentence = EARNINGS[1];
		const fact = extractFacts(sentence).find((f) => f.type === 'range')!;
		const beside = besideRange(sentence, fact);
		expect(beside).toEqual({ low: 5.9, high: 6.1, side: 1 });
		for (let seed = 1; seed <= 5; seed++) {
			const options = rangeDistractors(fact, createPrng(seed), false, Infinity, beside);
			expect(options).toHaveLength(3);
			for (const o of options) {
				const [low, high] = (o.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
				expect(low).toBeGreaterThanOrEqual(6.1);
				expect(high).toBeLessThanOrEqual(8);
			}
		}
	});

	it('makes no count false by one', () => {
		const article = parseArticleText(`${HOSPITAL_TITLE}\n\n${[...HOSPITAL, ...filler].join('\n\n')}`);
		const stems: string[] = [];
		for (let seed = 1; seed <= 40; seed++) stems.push(...generateWithReport(article, { seed, maxItems: 15 }).quiz.items.filter((i) => i.type === 'true-false').map((i) => i.stem));
		const counts = stems.filter((s) => /additional consultant anaesthetists/.test(s));
		expect(counts.length).toBeGreaterThan(0);
		for (const s of counts) expect(s).not.toMatch(/recruited (?:10|12) additional/);
	});

	it('offers a value below a hedged sum with decimals, not only above it', () => {
		const fact = extractFacts('The firm was still owed about 1.4 billion pesos by customers in Mexico.').find((f) => f.type === 'money')!;
		for (let seed = 1; seed <= 5; seed++) expect(numericDistractors(fact, createPrng(seed), new Set()).some((o) => parseFloat(o) < 1.4)).toBe(true);
	});

	it('reads a Korean name with a given name in "-woo" family name first', () => {
		expect(familyNameLeads('Kang Tae-woo')).toBe(true);
		expect(familyNameLeads('Kim Jong-un')).toBe(true);
		expect(familyNameLeads('Lee Westwood')).toBe(false);
	});

	it('offers for "pianist ___" no one the article does not call a pianist', () => {
		const items = itemsOf(JAZZ_TITLE, JAZZ).filter((i) => /pianist _____/.test(i.stem));
		for (const i of items) expect(i.options.filter((o, k) => k !== i.key)).toEqual([]);
	});
});
