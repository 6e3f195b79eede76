import { describe, expect, it } from 'vitest';
import { cutName, wholeNames } from '../../src/lib/quiz/cut-names';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { checksOf, filler, kept } from './report';

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
		const quoted = checksOf(MATCH_TITLE, MATCH, /pushing for a start in training for (?:_____|four) weeks/);
		expect(quoted.length).toBeGreaterThan(0);
		expect(quoted.every((c) => c === 'R6')).toBe(true);
	});
});
