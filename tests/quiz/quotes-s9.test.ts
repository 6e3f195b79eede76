import { describe, expect, it } from 'vitest';
import { ORG_SUFFIX, extractFacts } from '../../src/lib/quiz/facts';
import { mayBePerson } from '../../src/lib/quiz/person-options';
import type { Item } from '../../src/lib/quiz/types';
import { itemsOf } from './report';

/** The items on who said a statement (who-said, or a true/false "X said ...") whose source sentence includes `words`. */
function saidItems(title: string, paragraphs: string[], words: string): Item[] {
	return itemsOf(title, paragraphs).filter((i) => i.source.text.includes(words) && (i.type === 'who-said' || (i.type === 'true-false' && / said:? /.test(i.stem))));
}

/** Each item as "stem | options, the key starred", once. */
function shown(items: Item[]): Set<string> {
	return new Set(items.map((i) => `${i.stem} | ${i.options.map((o, k) => (k === i.key ? `*${o}` : o)).join(', ')}`));
}

describe('a quote whose named speaker comes after it, with whom they told and where', () => {
	const pier = [
		'“The harbour has waited far too long for a proper pier,” council leader Dana Whitlock told residents at a packed meeting in the town hall on Tuesday night, as the vote was counted.',
		'Opposition councillor Peter Malone said the cost of the pier had doubled since the plan was first drawn up.',
		'“We cannot keep borrowing money for projects that never arrive on time,” said Alice Fenwick, a local councillor.',
		'Mayor Robert Quinn said the pier would open to its first passengers in the spring of 2027.'
	];

	it('reads the speaker whatever follows the verb', () => {
		const said = extractFacts(pier[0]).find((f) => f.type === 'attribution');
		expect(said?.text).toBe('council leader Dana Whitlock');
		expect(said?.quote).toBe(true);
	});

	it('asks who said it, with the article’s three other speakers as options', () => {
		const items = saidItems('Council backs ferry pier', pier, 'proper pier');
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) {
			expect(i.type).toBe('who-said');
			expect(i.stem).toBe('Who said “The harbour has waited far too long for a proper pier”?');
			expect(new Set(i.options)).toEqual(new Set(['Dana Whitlock', 'Peter Malone', 'Alice Fenwick', 'Robert Quinn']));
			expect(i.options[i.key]).toBe('Dana Whitlock');
		}
	});

	it('resolves "she told the court on Friday" to the one woman the sentence before names', () => {
		const court = [
			'Judge Helen Marsh said the company had ignored repeated warnings from its own engineers about the pumps.',
			'“This was not a case of an unforeseeable storm overwhelming the system,” she told the court on Friday.',
			'Prosecutor Tom Hale said the spills had killed hundreds of fish along a 3km stretch of the river.',
			'Angling club secretary Sarah Bright said the fine was a drop in the ocean for a company of its size.',
			'Agency director Mark Penrose said the case sent a clear message to every water company in England.'
		];
		const items = saidItems('Water firm fined over spills', court, 'unforeseeable storm');
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) {
			expect(i.type).toBe('who-said');
			expect(i.options[i.key]).toBe('Helen Marsh');
			expect(i.options).toHaveLength(4);
		}
	});
});

describe('a quote said by "she" after a sentence that names her speaking', () => {
	it('is hers when the sentence before names her, her age between commas, then "said"', () => {
		const strike = [
			'Rail workers walked out at midnight, cancelling 400 trains across the corridor between Quebec City and Windsor.',
			'Union co-ordinator Marc Tremblay said workers had waited 14 months for a fair contract from the company.',
			'Company spokeswoman Karine Bouchard said the offer on the table was fair and responsible.',
			'At the central station, Hannah Okafor, 28, said she had planned to take the train to see her family.',
			'“Now I am looking at an expensive flight or a six-hour bus ride,” she said.'
		];
		const items = saidItems('Rail strike', strike, 'bus ride');
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) {
			expect(i.options[i.key]).toBe('Hannah Okafor');
			expect(new Set(i.options)).toEqual(new Set(['Hannah Okafor', 'Karine Bouchard', 'Marc Tremblay']));
		}
	});
});

describe('who said it, as true or false, of a speaker whose first name no lexicon knows', () => {
	const clinics = [
		'Health Minister Tavita Rangihuna on Wednesday released a review of how money for clinics is shared across the region.',
		'“For too long, the system has rewarded postcodes rather than patients,” Ms Rangihuna said.',
		'Opposition health spokesman Mark Ellis said patients deserved to know exactly when the new clinics would open.'
	];

	it('names her in full, made false by the article’s other speaker', () => {
		expect(shown(saidItems('Clinic funding shake-up', clinics, 'postcodes rather than patients'))).toEqual(
			new Set([
				'Tavita Rangihuna said: “For too long, the system has rewarded postcodes rather than patients.” | *True, False',
				'Mark Ellis said: “For too long, the system has rewarded postcodes rather than patients.” | True, *False'
			])
		);
	});

	it('never asks a reported statement with the writer’s aside on what others said', () => {
		const floods = [
			'Interior ministry spokeswoman Grace Wanjiru told reporters that 63 people had died in the floods since March.',
			'Wanjiru said the government would also revive plans to resettle families living on riverbanks, a pledge that residents said they had heard before.',
			'Red Cross official Mark Otieno said the agency was running 34 camps for people who had fled their homes.'
		];
		expect(itemsOf('Flood toll rises', floods).filter((i) => i.stem.includes('a pledge that residents'))).toEqual([]);
	});
});

describe('the people a who-said item offers', () => {
	const hockey = [
		'Erik Lindqvist scored twice as the Falcons beat the Hawks 4-1 on Saturday night in front of 15,000 fans.',
		'“He is playing well again, and he is getting a little bit of confidence back,” Falcons coach Bruce Hanley said after the game.',
		'“I did not really see the second goal coming at all,” said Hawks goalie David Morton.',
		'“We were second to every loose puck from the first minute tonight,” Hawks captain Sam Ryder said.',
		'“It felt good to finally see one go in after a long few weeks,” Lindqvist said.'
	];

	it('never offers the man a quote’s "he" may mean as its false sayer', () => {
		const items = saidItems('Lindqvist scores twice as Falcons beat Hawks', hockey, 'confidence back');
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) expect(i.options.concat(i.stem).join(' ')).not.toMatch(/Lindqvist/);
	});

	it('reads no telescope, vessel or building that a first name opens as a person', () => {
		expect(extractFacts('Astronomers hope to study its air with the James Webb Space Telescope next year.').filter((f) => f.type === 'person')).toEqual([]);
		expect(mayBePerson('James Webb Space Telescope', '', ORG_SUFFIX)).toBe(false);
		expect(mayBePerson('Marie Curie Building', '', ORG_SUFFIX)).toBe(false);
	});

	it('never offers a surname the article never writes alone', () => {
		const named = [
			'Falcons centre Joel Eriksson Ek set up both goals as the Falcons beat the Hawks 4-1 on Saturday night.',
			'“We were second to every loose puck from the first minute tonight,” Hawks captain Sam Ryder said.',
			'“I did not really see the second goal coming at all,” said Hawks goalie David Morton.',
			'“It was a big night for the whole group after a long few weeks,” Eriksson Ek said.',
			'“The kids played with real courage in the third period tonight,” Falcons coach Bruce Hanley said.'
		];
		const items = itemsOf('Falcons beat Hawks', named).filter((i) => i.type === 'who-said');
		expect(items.length).toBeGreaterThan(0);
		for (const i of items) expect(i.options).not.toContain('Ek');
	});

	it('reads no lone "I" after a first name as a surname', () => {
		expect(extractFacts('“As soon as it fell to Conor I think everybody in the stadium expected a goal,” he said.').filter((f) => f.type === 'person')).toEqual([]);
	});
});

describe('short quotes, judgments and two-word surnames', () => {
	const court = [
		'Prosecutor Sarah Kendall told jurors the gang had watched each house for days before striking.',
		'“These were not opportunistic break-ins,” she said.',
		'Judge Martin Hale said the men had caused lasting fear to dozens of families across the county.',
		'Detective Inspector Rachel Amos said the sentences sent a clear message to other gangs.'
	];

	it('asks a quote of five words with a long word in it, never a vague one', () => {
		const items = saidItems('Burglary gang jailed', court, 'opportunistic');
		expect(items.map((i) => i.options[i.key])).toContain('Sarah Kendall');
		const vague = [...court.slice(0, 1), '“You can go either way,” she said.', ...court.slice(2)];
		expect(saidItems('Burglary gang jailed', vague, 'either way')).toEqual([]);
	});

	it('takes "she was satisfied" as the judge’s own view, asked of her and of the tenant', () => {
		const tribunal = [
			'The tenant, Aoife Ní Bhriain, had lived in the flat for nine years when the notice to quit arrived in March.',
			'Judge Orla Brennan said she was satisfied that the notice was invalid.',
			'Outside court, Ms Ní Bhriain said she was relieved that the long dispute with her landlord was finally over.'
		];
		expect(shown(saidItems('Tenant wins appeal', tribunal, 'satisfied that the notice'))).toEqual(
			new Set(['Orla Brennan said she was satisfied that the notice to quit was invalid. | *True, False', 'Aoife Ní Bhriain said she was satisfied that the notice to quit was invalid. | True, *False'])
		);
	});
});

describe('people whose first names the lexicon lacks', () => {
	it('reads the name after a title of several words ("Chief Financial Officer Marco De Santis")', () => {
		expect(extractFacts('Chief Financial Officer Marco De Santis said net debt stood at 2.1 billion euros.').filter((f) => f.type === 'person').map((f) => f.text)).toEqual(['Marco De Santis']);
	});

	it('takes an appositive with "a" after the name as proof of a person, for a true/false who-said', () => {
		const homes = [
			'Home sales rose for a fifth straight month in September as lower mortgage rates drew buyers back.',
			'“We have got investors trying to close on flats that are now worth less than they paid,” said Priya Raghunathan, a broker with a firm in Mississauga.',
			'Economist Daniel Leclair said sales had risen because borrowing costs had fallen sharply since the spring.'
		];
		expect(shown(saidItems('Home sales climb', homes, 'close on flats'))).toEqual(
			new Set([
				'Priya Raghunathan said: “We have got investors trying to close on flats that are now worth less than they paid.” | *True, False',
				'Daniel Leclair said: “We have got investors trying to close on flats that are now worth less than they paid.” | True, *False'
			])
		);
	});
});

describe('a speaker who describes someone', () => {
	it('is a speaker of the story, a false sayer for a true/false who-said', () => {
		const obituary = [
			'Peter Hallam, who rowed for Britain at two Olympic Games, has died aged 84.',
			'“We trained on a river that smelt of diesel every single morning,” he told a newspaper in 2008.',
			'His former crewmate Sarah Whitby said he had been a patient and generous coach to younger rowers.',
			'“He never raised his voice, never once,” Whitby said this week.',
			'The rowing federation’s chair, Annette Corby, described him as “one of the quiet architects of the sport”.'
		];
		expect(extractFacts(obituary[4]).find((f) => f.type === 'attribution')?.text).toBe('Annette Corby');
		expect(shown(saidItems('Peter Hallam, Olympic oarsman, dies aged 84', obituary, 'never raised his voice'))).toEqual(
			new Set(['Sarah Whitby said: “He never raised his voice, never once.” | *True, False', 'Annette Corby said: “He never raised his voice, never once.” | True, *False'])
		);
	});
});
