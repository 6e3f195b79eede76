import { describe, expect, it } from 'vitest';
import { withHeadlineNounPhrase, withHeadlineSumPurpose } from '../../src/lib/quiz/in-view';
import { filler, stemsMatching } from './report';

const TITLE = 'Ashcombe council backs £2.6 million plan to rebuild Castle Road pool';
const BODY = [
	'Ashcombe councillors have agreed to rebuild the Castle Road swimming pool, which closed two years ago after its roof began to leak.',
	'The £2.6 million scheme won the backing of 31 councillors to 12 at a meeting on Wednesday night.',
	'Swimming clubs had collected more than 4,000 signatures calling for the pool to reopen before the summer holidays.',
	'Council leader Ruth Penrose said the town had waited long enough for a pool of its own.',
	'The council said it expected the pool to open again in the autumn of next year.'
];

describe('y38b: a sum the headline gives a purpose to says which thing "the £2.6 million scheme" is (R4)', () => {
	it('writes the headline’s purpose after the sum and the stem’s own noun', () => {
		expect(withHeadlineSumPurpose(TITLE, 'The £2.6 million scheme won the backing of 31 councillors to 12.')).toBe('The £2.6 million scheme to rebuild Castle Road pool won the backing of 31 councillors to 12.');
		expect(withHeadlineSumPurpose('Town approves $3m project to build 60 homes as critics object', 'The $3m plan was passed by five votes.')).toBe('The $3m plan to build 60 homes was passed by five votes.');
	});

	it('keeps the vote of an invented council story that a bare "The £2.6 million scheme" lost', () => {
		const stems = stemsMatching(TITLE, BODY, /won the backing of/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((w) => w.check === '' && w.stem.startsWith('The £2.6 million scheme to rebuild Castle Road pool won the backing of'))).toBe(true);
	});

	it('leaves the stem where the sum, its kind or its words do not say the headline’s thing', () => {
		// another sum, a thing of another kind, and a purpose the stem gives itself
		expect(withHeadlineSumPurpose(TITLE, 'The £1.2 million scheme was dropped.')).toBe('The £1.2 million scheme was dropped.');
		expect(withHeadlineSumPurpose(TITLE, 'The £2.6 million grant came from the lottery.')).toBe('The £2.6 million grant came from the lottery.');
		expect(withHeadlineSumPurpose(TITLE, 'The £2.6 million scheme for the pool was backed.')).toBe('The £2.6 million scheme for the pool was backed.');
		// a speaker's own words, and a headline's object without the article a sentence needs
		expect(withHeadlineSumPurpose(TITLE, '“The £2.6 million scheme is good value,” she said.')).toBe('“The £2.6 million scheme is good value,” she said.');
		expect(withHeadlineSumPurpose('Town backs £2.6 million plan to rebuild old pool', 'The £2.6 million scheme was backed.')).toBe('The £2.6 million scheme was backed.');
	});
});

describe('y38b: a word that ends a sentence modifies no noun that opens the next (R4)', () => {
	it('"Council leader" after a paragraph that ends on a noun is no second council, so "The council" is the headline’s', () => {
		expect(withHeadlineNounPhrase(TITLE, BODY, 'The council said it expected the pool to open again in the autumn of next year.')).toBe('The Ashcombe council said it expected the pool to open again in the autumn of next year.');
	});

	it('a council the body names by another word before it stays bare', () => {
		const body = [...BODY.slice(0, 4), 'The county council said it would not help pay for the pool.', BODY[4]];
		expect(withHeadlineNounPhrase(TITLE, body, 'The council said it expected the pool to open again in the autumn of next year.')).toBe('The council said it expected the pool to open again in the autumn of next year.');
	});
});

describe('y38b: the name a development is by is its developer, which "the developer" and "the company" mean (R4)', () => {
	const title = 'Councillors back 220 homes on former brewery site in Kettleby';
	const body = [
		'Plans for 220 homes on the former Holt Lane brewery site in Kettleby were approved by councillors on Monday night.',
		'The development, by Derby-based Ashdown Living, includes a care home and a small shop.',
		'The Environment Agency withdrew its objection after the developer agreed to raise floor levels by 1.5 metres.',
		'Under the planning agreement, the company will also pay £1.4m towards new classrooms at Kettleby Primary School.'
	];

	it('writes the developer in for "the developer" and "the company", and keeps their items', () => {
		const tanks = stemsMatching(title, body, /raise floor levels/);
		expect(tanks.some((w) => w.check === '' && w.stem.includes('Ashdown Living agreed to raise'))).toBe(true);
		const pay = stemsMatching(title, body, /towards new classrooms/);
		expect(pay.some((w) => w.check === '' && w.stem.includes('Ashdown Living will also pay'))).toBe(true);
	});

	it('takes no person and no council a plan is by for a developer', () => {
		for (const by of ['Julia Marsden', 'Kettleby Town Council']) {
			const own = [body[0], `The development, by ${by}, includes a care home and a small shop.`, ...body.slice(2)];
			const tanks = stemsMatching(title, own, /raise floor levels/);
			expect(tanks.length).toBeGreaterThan(0);
			expect(tanks.filter((w) => w.stem.includes(`after ${by} agreed`))).toEqual([]);
		}
	});
});

describe('y38b: a scheme its own named site says is no scheme told of before (R4)', () => {
	const title = 'Councillors approve 150 homes despite traffic fears';
	const lead = 'Plans for 150 homes on farmland at the edge of Kettleby have been approved after a three-hour meeting.';

	it('keeps "in favour of the scheme on the Holt Lane site" as a self-contained vote', () => {
		const body = [lead, 'West Marsh District Council’s planning committee voted eight to three in favour of the scheme on the 6.1-hectare Holt Lane site on Monday.', ...filler];
		const stems = stemsMatching(title, body, /in favour of the scheme on the 6\.1-hectare Holt Lane site/);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('still refuses "the scheme" that only a meeting follows', () => {
		const body = [lead, 'West Marsh District Council’s planning committee voted eight to three in favour of the scheme at a meeting in the town hall on Monday.', ...filler];
		const stems = stemsMatching(title, body, /in favour of the scheme at a meeting/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === '')).toEqual([]);
	});
});

describe('y38b: a place "off", "beside", "behind" or "along" a named road says which thing a measure describes (R4)', () => {
	const title = 'Councillors approve 150 homes despite traffic fears';
	const lead = 'Plans for 150 homes on farmland at the edge of Kettleby have been approved after a three-hour meeting.';

	it('keeps "The 18-hectare site off Mill Lane" as its own words', () => {
		const body = [lead, 'The 18-hectare site off Mill Lane was home to a brickworks until it closed in 2011 with the loss of 60 jobs.', ...filler];
		const stems = stemsMatching(title, body, /^The 18-hectare site off Mill Lane was home/);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('still refuses a measured site with no place after it', () => {
		const body = [lead, 'The 18-hectare site was home to a brickworks until it closed in 2011 with the loss of 60 jobs.', ...filler];
		const stems = stemsMatching(title, body, /^The 18-hectare site was home/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === '')).toEqual([]);
	});
});
