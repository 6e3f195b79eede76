import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

describe('s51 (1): a place the article writes inside another is no false swap nor option for it (R3)', () => {
	const storm = [
		'Typhoon Halya made landfall near the town of Palo Verde in Northern Leyte province early on Monday, with winds of 180 kilometres per hour.',
		'Fourteen of the victims were in Northern Leyte, six in Samar and three in Biliran.',
		'In Palo Verde, where the eye of the storm passed overhead, residents cleared fallen trees on Tuesday.',
		'Officials in Tacloban said power would be restored to most homes within a week.'
	];

	it('never writes "Fourteen of the victims were in Palo Verde", nor offers Palo Verde for Northern Leyte', () => {
		const items = itemsOf('Typhoon Halya kills 23 in the central Philippines', storm);
		const victims = items.filter((i) => i.source.text.startsWith('Fourteen of the victims'));
		expect(victims.length).toBeGreaterThan(0);
		for (const i of victims) {
			expect(i.stem).not.toMatch(/were in Palo Verde/);
			if (i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end) === 'Northern Leyte') expect(i.options).not.toContain('Palo Verde');
		}
		for (const i of items.filter((i) => i.source.text.startsWith('In Palo Verde'))) expect(i.stem).not.toMatch(/^In Northern Leyte/);
	});
});

describe('s51 (2): the range of a shot written after its number is no key (R7)', () => {
	const match = [
		'Harrowby Town beat Lindcaster 2-1 on Saturday to reach the county cup final for the first time since 2011.',
		'Tomasz Orzeł collected a loose ball 18 yards out and drove a low shot in off the post after 34 minutes.',
		'Lindcaster levelled when Sione Fifita scored with a 20-yard drive just before half-time.',
		'A crowd of 3,412 watched the winner, a header by Callum Reyes in the 81st minute.'
	];

	it('asks neither "_____ yards out" nor "a _____-yard drive", and still asks the goal\'s other facts', () => {
		const items = itemsOf('Harrowby reach county cup final', match);
		expect(items.filter((i) => /_____(?: yards|-yard)/.test(i.stem))).toEqual([]);
		expect(items.filter((i) => i.type !== 'true-false' && /(?:18|20)$/.test(i.options[i.key]) && /yard/.test(i.source.text.slice(i.source.keySpan.end, i.source.keySpan.end + 6)))).toEqual([]);
		expect(items.some((i) => i.source.text.startsWith('Tomasz Orzeł collected'))).toBe(true);
	});
});

describe('s51 (3): the year of an interview or of a series\' start is no key (R7)', () => {
	it('asks neither "in a radio interview in _____" nor "since the trust began collecting data in _____"', () => {
		const paragraphs = [
			'The composer Ingrid Malmberg, whose suites for jazz trio and strings made the fjord towns famous, has died aged 84.',
			'"I was told I had a gift and that I was wasting it," she said in a radio interview in 2011.',
			'Malmberg\'s breakthrough came in 1974 with Havblikk, recorded in three days in a boathouse near Ålesund.',
			'Water temperatures in the fjord reached 21.8C on 3 July, the highest since the institute began collecting data in 1997.'
		];
		const items = itemsOf('Ingrid Malmberg, composer of the fjords, dies at 84', paragraphs);
		const keyed = (year: string) => items.filter((i) => i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end) === year);
		expect(keyed('2011')).toEqual([]);
		expect(keyed('1997')).toEqual([]);
		expect(items.some((i) => i.source.text.startsWith('Malmberg\'s breakthrough'))).toBe(true);
	});
});

describe('s51 (4): a town no list knows is not given the towns of a country its lead\'s people are not from (R8)', () => {
	it('a Chilean weaver\'s unlisted home town is never swapped for a town of the United States', () => {
		const paragraphs = [
			'Rosa Quilapán, the Chilean weaver whose indigo quilts revived an old craft and later won her a following in the United States, has died at her home in Dalsan-ri, aged 88.',
			'Quilapán learned to weave from her grandmother and opened her first workshop in Dalsan-ri in 1962.',
			'A touring exhibition in the United States in 2004 drew 48,000 visitors in twelve weeks.',
			'A public memorial will be held at the Indigo House in Dalsan-ri on 3 March.'
		];
		const items = itemsOf('Rosa Quilapán, Chilean weaver who revived indigo quilting, dies at 88', paragraphs);
		const atHome = items.filter((i) => i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end) === 'Dalsan-ri');
		for (const i of atHome) expect(i.type === 'true-false' ? i.stem : i.options.join(' ')).toContain('Dalsan-ri');
		for (const i of atHome) if (i.type !== 'true-false') expect(i.options).toEqual(['Dalsan-ri']);
	});
});

describe('s51 (5): "The town council of X" and "the former airfield" point back to nothing (R4)', () => {
	it('asks the lead "The town council of Kilbrannan voted ..." and "Planners in Ashgrove approved ... on the former airfield"', () => {
		const council = ['The town council of Kilbrannan voted 9 to 6 on Monday to approve a €31.5 million sea wall along the River Corran.', 'Mayor Ines Valcourt said the town had waited long enough.'];
		expect(itemsOf('Kilbrannan approves sea wall', council).some((i) => i.source.text.startsWith('The town council of Kilbrannan'))).toBe(true);
		const homes = ['Planners in Ashgrove approved 620 homes on the former airfield on Thursday, despite objections from 940 residents.', 'Councillor Dara Phelan said the town needed the homes.'];
		expect(itemsOf('Ashgrove approves 620 homes', homes).some((i) => i.source.text.startsWith('Planners in Ashgrove'))).toBe(true);
	});

	it('still refuses "the former" and "the town" that point back', () => {
		const pair = ['Mayor Ines Valcourt and her deputy, Tomas Rigby, visited the wall on Monday.', 'The former said 1,400 homes would be safer.'];
		expect(itemsOf('Kilbrannan approves sea wall', pair).filter((i) => /^The former said/.test(i.stem))).toEqual([]);
		const town = ['Kilbrannan and Ardmore both asked for money.', 'The town council voted 9 to 6 to spend €2 million.'];
		expect(itemsOf('Two towns ask for flood money', town).filter((i) => /^The town council voted/.test(i.stem))).toEqual([]);
	});
});
