import { describe, expect, it } from 'vitest';
import { numericDistractors } from '../../src/lib/quiz/distractors';
import { gendersFromOwnWords } from '../../src/lib/quiz/family';
import { articlePlaces, extractFacts } from '../../src/lib/quiz/facts';
import { relativeClauses } from '../../src/lib/quiz/clauses';
import { neighboursOf } from '../../src/lib/quiz/lexicon';
import { createPrng } from '../../src/lib/quiz/prng';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, stemsFrom, stemsMatching } from './report';

// the dev158 and dev159 readers' NOs, each kind on invented text

describe('me50: a headline decision keeps a thousands comma in its object (R1)', () => {
	it('"approve 1,180 homes" is written whole into "the decision"', () => {
		const body = [
			'Plans for 1,180 homes on farmland at the edge of Brackley have been approved by West Marsh District Council after a three-hour meeting on Tuesday evening.',
			'The planning committee voted six to three in favour of the scheme by Fenwold Homes, which had drawn 640 letters of objection.',
			'Residents said the village school was already full and the lanes could not take the extra traffic.',
			'The decision comes as the government presses councils in England to build 1.5 million homes by 2029.'
		];
		const stems = stemsMatching('Councillors approve 1,180 homes on edge of Brackley despite objections', body, /comes as the government presses/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^The decision to approve 1,180 homes comes as/.test(w.stem))).toBe(true);
	});
});

describe('me50: words that lean on the sentence before are dropped from a stem (R4)', () => {
	const body = [
		'Chile and Morocco signed a trade agreement on Monday that will remove tariffs on most farm goods over ten years.',
		'Morocco will scrap its 30% duty on Chilean salmon from January.',
		'In return, Chile will cut tariffs on Moroccan sardines from 18% to 6% immediately and to zero by 2030.',
		'The trade minister, Lucía Ferrer, said the deal had nonetheless taken eleven years to agree.'
	];
	it('"In return," opens no stem', () => {
		const stems = stemsFrom('Chile and Morocco sign trade deal', [...body, ...filler], 'Moroccan sardines');
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /In return/i.test(s))).toEqual([]);
	});
	it('a "nonetheless" inside a clause goes, the statement stays', () => {
		const stems = stemsFrom('Chile and Morocco sign trade deal', [...body, ...filler], 'eleven years');
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /nonetheless/.test(s))).toEqual([]);
		expect(stems.some((s) => /trade deal had taken/.test(s))).toBe(true);
	});
});

describe('me50: a festival\'s bare "the event" is the festival (R1)', () => {
	it('"said the event had shown" names the festival, with no "edition of"', () => {
		const body = [
			'The Harrowmere Folk Festival closed on Sunday after four days in which 22,000 tickets were sold, its organisers said.',
			'Storms on the Friday forced the main stage to close for six hours.',
			'The festival director, Ines Almeida, said the event had shown that a town of 9,000 people could host a crowd of that size.'
		];
		const stems = stemsFrom('Record crowds at Harrowmere Folk Festival', [...body, ...filler], 'a town of 9,000');
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /edition of/.test(s))).toEqual([]);
		expect(stems.some((s) => /the Harrowmere Folk Festival had shown/.test(s))).toBe(true);
	});
});

describe('me50: "how many" asks the first of two reported clauses alone (R1)', () => {
	it('"said 8,300 homes had been destroyed and that about 31,000 people ..." asks of the homes only', () => {
		const stems = stemsFrom(
			'Quake in Chile leaves thousands homeless',
			['A magnitude 6.8 earthquake struck northern Chile on Monday, killing at least 40 people.', 'Chile’s disaster agency said 8,300 homes had been destroyed or badly damaged and that about 31,000 people had been forced to leave.', 'Rescue teams from Peru and Argentina arrived on Tuesday.', ...filler],
			'disaster agency'
		);
		expect(stems.some((s) => /how many homes had been destroyed or badly damaged\?$/.test(s))).toBe(true);
		expect(stems.filter((s) => /how many.*and that/.test(s))).toEqual([]);
	});
});

describe('me50: a bare office of a place is no role to ask after (R4, R7)', () => {
	it('"who is described as the mayor?" is not asked in a story of several towns', () => {
		const body = [
			'An earthquake of magnitude 6.4 struck the south of Peru on Sunday, damaging homes in the towns of Arequipa, Camaná and Chala.',
			'Mayor Julio Condori said 61 residents had died and 30 were still missing.',
			'Rescue teams from Lima reached Camaná on Monday morning, the civil defence agency said.',
			'Health minister Rosa Paredes said field hospitals would open in Chala and Camaná.',
			'Aid worker Tomás Huamaní said food and water were the most urgent needs.',
			'Engineer Diego Salazar said 300 homes would have to be pulled down.'
		];
		const stems = stemsFrom('Quake damages homes in southern Peru', [...body, ...filler], 'Mayor Julio');
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /described as the mayor/.test(s))).toEqual([]);
	});
});

describe('me50: a country\'s neighbours are the states nearest it (R8)', () => {
	it('Ireland is near France and Belgium, not Lithuania or Estonia', () => {
		const near = neighboursOf('Ireland');
		expect(near.has('United Kingdom')).toBe(true);
		expect(near.has('France')).toBe(true);
		expect(near.has('Lithuania')).toBe(false);
		expect(near.has('Estonia')).toBe(false);
	});
});

describe('me50: a small count in words never stands alone among far words (R8)', () => {
	it('"two planes" with its near words spent by the article has no options, not six, seven and eight', () => {
		const two = extractFacts('Italy and Croatia each sent two planes to fight the fire.').find((f) => f.type === 'count')!;
		const spent = new Set([1, 3, 4, 5]);
		for (let seed = 1; seed <= 20; seed++) expect(numericDistractors(two, createPrng(seed), spent).length).toBeLessThan(3);
	});
	it('with one near word left, far words still fill the options', () => {
		const two = extractFacts('Italy and Croatia each sent two planes to fight the fire.').find((f) => f.type === 'count')!;
		expect(numericDistractors(two, createPrng(1), new Set([1, 4, 5])).length).toBe(3);
	});
});

describe('me50: "between two rows" is no count to ask (R7)', () => {
	it('is not asked', () => {
		const stems = stemsFrom(
			'Warehouse worker killed by forklift, inquest finds',
			['A warehouse worker died after being struck by a reversing forklift at a depot in Corby, an inquest has found.', 'The inquest heard that Piotr Nowak was walking between two rows of shelving when the forklift reversed into him.', ...filler],
			'rows of shelving'
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /^OK:.*between _____ rows/.test(s))).toEqual([]);
	});
});

describe('me50: a relative clause ends before the next item of its sentence\'s list (R1)', () => {
	it('"X, who won in 2018 for A, and the Danish writer Y, the winner in 2021" gives "X won in 2018 for A." alone', () => {
		const stems = stemsFrom(
			'Polish poet Ewa Lis wins £25,000 Marlow Prize',
			['The Polish poet Ewa Lis has won the £25,000 Marlow Prize for her collection Salt Roads, the judges announced on Thursday.', 'Earlier winners of the prize, which is funded by the Marlow Trust, include the Kenyan novelist Amina Wekesa, who won in 2018 for The Long Dry, and the Danish writer Jens Holm, the winner in 2021.', 'Lis said she would spend the money on a year of writing.', ...filler],
			'Earlier winners'
		);
		expect(stems.some((s) => /Amina Wekesa won in (?:2018|_____) for The Long Dry\.$/.test(s))).toBe(true);
		expect(stems.filter((s) => /^[^:]+: Amina Wekesa won .*Jens Holm, the winner/.test(s))).toEqual([]);
	});
});

describe('me50: a second subject with a word of aside keeps its verb (R1)', () => {
	it('"and Kowalczyk, unmarked, headed in from six yards" is never cut after "unmarked"', () => {
		const sentence = "Tom Ashby's corner was flicked on at the near post and Kowalczyk, unmarked, headed in from six yards.";
		const clauses = simplify(sentence, extractFacts(sentence)).map((c) => c.text);
		expect(clauses.length).toBeGreaterThan(0);
		expect(clauses.filter((c) => /unmarked$/.test(c))).toEqual([]);
	});
});

describe('me50: "the additional £X" is a sum after one the stem does not give (R4)', () => {
	it('is refused as R4', () => {
		const stems = stemsMatching(
			'Village council raises precept by 12 per cent',
			['Members of Ashdown Parish Council voted on Tuesday to raise the precept by 12 per cent.', 'Most of the additional £7,400 will go into a fund for repairs to the roof of Ashdown Village Hall.', ...filler],
			/additional £/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.check === 'R4')).toBe(true);
	});
});

describe('me50: "the village" whose parish council the stem names is that village (R4)', () => {
	it('"Ashdown Parish Council has voted ... to keep the village\'s old school open" is kept', () => {
		const stems = stemsMatching(
			'Ashdown precept to rise 11 per cent to save old school',
			['Ashdown Parish Council has voted to raise its share of council tax by 11.5 per cent to keep the village’s old school building open, after a long meeting on Monday.', 'The building is used by a playgroup and a lunch club.', ...filler],
			/^Ashdown Parish Council has voted to raise its share of council tax by _____/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});
	it('a village no council of the stem names stays refused', () => {
		const stems = stemsMatching(
			'Ashdown precept to rise 11 per cent to save old school',
			['Tessford District Council has voted to give £11,500 to keep the village’s old school building open, after a long meeting on Monday.', 'The building is used by a playgroup and a lunch club.', ...filler],
			/^Tessford District Council has voted to give/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.check === 'R4')).toBe(true);
	});
});

describe('me50: a town known by its own words ("São", "Puerto", "Vila") is a place, and "the city" after it is that place (R4)', () => {
	it('"Commuters in Santo Aleixo rode the city\'s new tram line" is kept', () => {
		const stems = stemsMatching(
			'Santo Aleixo opens its first tram line',
			['About 9,000 commuters in Santo Aleixo rode the city’s new tram line on its first morning, Monday, officials said.', 'The line cost R$2.3 billion and runs for 14 kilometres.', ...filler],
			/^About _____ commuters in Santo Aleixo rode the city’s new tram line/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});
});

describe('me50: "Under the deal, <country> will ..." is the story\'s deal, written in (R4)', () => {
	it('names the headline\'s pact where the stem names one party and the other\'s adjective', () => {
		const stems = stemsMatching(
			'Peru and Ghana sign trade pact to cut tariffs on cocoa and quinoa',
			['Peru and Ghana signed a trade agreement on Tuesday that will remove tariffs on most farm goods by 2031.', 'Under the deal, Ghana will scrap its 12% tariff on Peruvian quinoa within two years.', 'Trade between the two was worth $96 million last year.', ...filler],
			/will scrap its _____% tariff on Peruvian quinoa/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^Under the Peru–Ghana trade deal, Ghana will scrap/.test(w.stem))).toBe(true);
	});
});

describe('me50 review: mends the code reviewer asked for', () => {
	it('New Zealand and Australia are each other\'s neighbours, and Norfolk Island is no state', () => {
		expect(neighboursOf('New Zealand').has('Australia')).toBe(true);
		expect(neighboursOf('Australia').has('New Zealand')).toBe(true);
		expect(neighboursOf('Australia').has('Norfolk Island')).toBe(false);
	});
	it('a relative clause keeps its own list with an Oxford comma', () => {
		const sentence = 'The farm was sold to Ann Reid, who bought the mill, the barn, and the old house in 2019 for £2 million.';
		const clauses = relativeClauses(sentence, sentence.length - 1, extractFacts(sentence)).map((c) => c.text);
		expect(clauses).toContain('Ann Reid bought the mill, the barn, and the old house in 2019 for £2 million');
	});
	it('a company named like a town ("Novo Nordisk", "Nova Poshta") is no place', () => {
		const places = articlePlaces('Investors hold a large stake in Novo Nordisk, and buyers queued in Nova Poshta shops.');
		expect([...places].filter((p) => /Novo|Nova/.test(p))).toEqual([]);
		expect([...articlePlaces('Crowds gathered in Puerto Ayora on Sunday.')]).toContain('Puerto Ayora');
	});
	it('"Under the agreement, Vietnam, Laos and Cambodia will ..." names the story\'s deal', () => {
		const stems = stemsMatching(
			'Vietnam and Thailand sign rice trade pact',
			['Vietnam and Thailand signed a rice trade agreement on Monday that sets common export prices from 2027.', 'Under the agreement, Vietnam, Laos and Cambodia will cut duties on Thai machinery by 8% within two years.', ...filler],
			/will cut duties on Thai machinery by _____/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^Under the Vietnam–Thailand (?:rice )?trade agreement, Vietnam, Laos and Cambodia/.test(w.stem))).toBe(true);
	});
	it('"a 30-year low" is a set phrase, no count of years', () => {
		expect(extractFacts('The currency fell to a 30-year low against the dollar on Friday.').filter((f) => f.type === 'count')).toEqual([]);
	});
});

describe('me50 review: "Mx" is a title of no gender', () => {
	it('gives no gender', () => {
		const sentence = 'A statement from Mx Taylor said the hall would reopen.';
		const at = sentence.indexOf('Taylor');
		expect(gendersFromOwnWords([{ surname: 'Taylor', before: sentence.slice(0, at), after: sentence.slice(at + 6) }]).size).toBe(0);
	});
});
