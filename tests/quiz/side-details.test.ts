import { describe, expect, it } from 'vitest';
import { sideDetail } from '../../src/lib/quiz/side-details';
import { checksOf } from './report';

const results = 'Lindqvarn Paper lifts profit 12% as packaging demand holds';
const resultsLead = 'Lindqvarn Paper, the Tampere-based maker of cartons and labels, said on Tuesday that full-year operating profit rose 12 per cent to €212m as demand for food packaging held up.';

const match = 'Ferrybank 2 Dromore Athletic 1';
const matchLead = 'Ferrybank beat Dromore Athletic 2-1 at Riverside Park on Saturday to go top of the Southern League.';

/** There are candidates asking the fact (patterns match only stems that blank it), and every one is refused as trivia. */
function expectRefused(checks: string[]): void {
	expect(checks.length).toBeGreaterThan(0);
	expect(checks.every((c) => c === 'R7')).toBe(true);
}

/** The side detail `sideDetail` finds in `sentence` for the fact written `key`, of `type`, at its first place, with the stems and publication date given. */
function detailOf(sentence: string, key: string, type: 'count' | 'date' | 'place' | 'ordinal' | 'percent' | 'person' | 'organisation', context: { stems?: string[]; published?: string } = {}): string | undefined {
	const start = sentence.indexOf(key);
	if (start < 0) throw new Error(`no "${key}" in "${sentence}"`);
	return sideDetail(sentence, { type, text: key, span: { start, end: start + key.length } }, context);
}

describe('side details a teacher deletes are refused as trivia (QUALITY.md R7)', () => {
	it('refuses the date and town of an annual general meeting', () => {
		const paragraphs = [resultsLead, 'Revenue climbed 5 per cent to €1.9bn, helped by higher prices for recycled board.', 'Lindqvarn will hold its annual general meeting in Lahti on 22 April.'];
		const checks = checksOf(results, paragraphs, /annual general meeting in (?:_____ on|Lahti on _____)/);
		expectRefused(checks);
	});

	it('refuses the minute of a shot against the post or a save, and keeps the minute of a goal', () => {
		const paragraphs = [
			matchLead,
			'Dromore almost went ahead in the 17th minute, but Keeley Ashe turned a low shot from Ruairí Tobin against the post.',
			'Ferrybank winger Darragh Moloney scored in the 38th minute with a curling shot into the far corner.',
			'Moloney struck the crossbar in the 61st minute before Aoife Brennan headed the winner from a corner.'
		];
		const nearMisses = checksOf(match, paragraphs, /went ahead in the _____ minute|crossbar in the _____ minute/);
		expectRefused(nearMisses);
		expect(checksOf(match, paragraphs, /scored in the (?:_____|38th) minute/)).toContain('');
	});

	it('keeps the minute of a sending-off for a second yellow card', () => {
		const paragraphs = [matchLead, 'Dromore Athletic finished with ten men after Conor Phelan received a second yellow card in the 71st minute for a foul on Moloney.'];
		expect(checksOf(match, paragraphs, /second yellow card in the _____ minute/)).toContain('');
	});

	it('refuses the length of the period a figure is compared with', () => {
		const paragraphs = [resultsLead, 'Carton prices in Finland averaged 1,120 euros a tonne in December, up about a fifth on three years ago.', 'The company said it would hire 240 staff at its plant in Lahti.'];
		const checks = checksOf(results, paragraphs, /on _____ years ago/);
		expectRefused(checks);
	});

	it('refuses a lender\'s multiple of earnings before interest, tax, depreciation and amortisation, and any stem that copies the jargon', () => {
		const paragraphs = [resultsLead, 'Lindqvarn said its net debt stood at 1.4 times earnings before interest, tax, depreciation and amortisation at the end of December.'];
		expectRefused(checksOf(results, paragraphs, /_____ times earnings before interest/));
		// whatever else it asks, a stem that copies the jargon is refused (some fall to an earlier check)
		expect(checksOf(results, paragraphs, /times earnings before interest/)).not.toContain('');
	});

	it('refuses the number of lots a contract is tendered in and the grant that paid for an evaluation', () => {
		const paragraphs = [
			'The regional transport agency said on Monday that it would extend the Valdora light rail line by 6 kilometres to the new hospital at a cost of €380m.',
			'Valdora Transport will put the track-laying contract out to tender in March, split into four lots.',
			'The evaluation of the line was partly funded by a €250,000 grant from the Valdora Civic Foundation.'
		];
		const checks = checksOf('Valdora light rail to reach hospital by 2029', paragraphs, /split into _____ lots|funded by a €_____ grant/);
		expectRefused(checks);
	});

	it('refuses the year one critic reviewed a performance', () => {
		const paragraphs = [
			'Marta Villanueva, the Chilean harpist who brought Andean songs to concert halls across Europe, has died in Valparaíso aged 84.',
			'Reviewing a recital at Vienna\'s Konzerthaus in 1981, one critic wrote that she played as though the strings could talk.',
			'She recorded 31 albums and taught at the conservatory in Santiago for 22 years.'
		];
		const checks = checksOf('Marta Villanueva, harpist, dies at 84', paragraphs, /Konzerthaus in _____/);
		expectRefused(checks);
	});

	it('reads a minute, a meeting, a period and a review as side details only where they are', () => {
		// a hedge of the minute is no near miss, and a blocked bill is no blocked shot
		expect(detailOf('Okafor scored the winner with almost 9 minutes left after a long throw.', '9', 'count')).toBeUndefined();
		expect(detailOf('Okafor almost equalised with 9 minutes left, but his shot hit the post.', '9', 'count')).toBe('near-miss');
		expect(detailOf('The amendment was blocked with 15 minutes left before the vote.', '15', 'count')).toBeUndefined();
		expect(detailOf('Her header was blocked on the line with 15 minutes left.', '15', 'count')).toBe('near-miss');
		// (a match's own minute needs no ball game's word beside it)
		expect(detailOf('Tierney came on in the 64th minute for his first senior appearance.', '64th', 'ordinal')).toBe('near-miss');
		// only the meeting's own place and date
		expect(detailOf('At the AGM, the chief executive said the depot in Wakefield would shut.', 'Wakefield', 'place')).toBeUndefined();
		expect(detailOf('The company will hold its annual general meeting in Wakefield on 3 June.', 'Wakefield', 'place')).toBe('meeting');
		// "more than" hedges a count; a figure set against a past one has its period
		expect(detailOf('The bakery was founded more than 30 years ago by two brothers.', '30', 'count')).toBeUndefined();
		expect(detailOf('Sales were up a tenth on three years ago.', 'three', 'count')).toBe('comparison-period');
		// a critic's review of a performance only
		expect(detailOf('The board reviewed its parking policy in 2021 after complaints.', '2021', 'date')).toBeUndefined();
		expect(detailOf('Reviewing a concert in Leipzig in 1979, one critic praised her phrasing.', '1979', 'date')).toBe('review-year');
	});

	it('refuses the minute of a shot against the post reckoned from the break, and keeps a goal so reckoned', () => {
		expect(detailOf('Dunmore hit the post four minutes before the break, and Carrow headed wide soon after.', 'four', 'count')).toBe('near-miss');
		expect(detailOf('Dunmore scored ten minutes after half-time with a low shot.', 'ten', 'count')).toBeUndefined();
	});

	it('refuses the day of a date decades before the story, whose options share its year, and keeps a recent one', () => {
		expect(detailOf('Born in Ostrava on 14 March 1941, she began singing at six.', '14 March 1941', 'date', { published: '2026-05-02' })).toBe('distant-day');
		expect(detailOf('The bridge was closed on 3 March 2026 after inspectors found cracks.', '3 March 2026', 'date', { published: '2026-05-02' })).toBeUndefined();
		expect(detailOf('Born in Ostrava in 1941, she began singing at six.', '1941', 'date', { published: '2026-05-02' })).toBeUndefined();
	});

	it('refuses counts of neighbouring areas and of a study\'s instruments, and keeps other counts', () => {
		expect(detailOf('About 4,200 homes in Marlow and three neighbouring districts lost power overnight.', 'three', 'count')).toBe('neighbours');
		expect(detailOf('The study drew on readings from five flux towers and 40 soil probes.', 'five', 'count')).toBe('instruments');
		expect(detailOf('The team has installed 48 automated sensors measuring water levels.', '48', 'count')).toBe('instruments');
		expect(detailOf('The council will close three libraries in the spring.', 'three', 'count')).toBeUndefined();
	});

	it('refuses an election\'s procedural date, its share of ballots counted and a minor official\'s title', () => {
		expect(detailOf('The county board is expected to certify the results on May 19.', 'May 19', 'date')).toBe('procedure');
		expect(detailOf('The county board is expected to certify the results on May 19.', 'county board', 'organisation')).toBe('procedure');
		expect(detailOf('Reyes won 52.4% of the vote, and the county board will certify the results on May 19.', '52.4%', 'percent')).toBeUndefined();
		expect(detailOf('With about 91% of ballots counted, Reyes led with 52.4% of the vote.', '91%', 'percent')).toBe('ballots-counted');
		expect(detailOf('With about 91% of ballots counted, Reyes led with 52.4% of the vote.', '52.4%', 'percent')).toBeUndefined();
		const clerk = 'County Clerk Dana Morrow said 400 provisional ballots were still to be checked.';
		expect(detailOf(clerk, 'Dana Morrow', 'person', { stems: ['In the article, Dana Morrow is described as the County Clerk.'] })).toBe('functionary');
		expect(detailOf('Mayor Dana Morrow said the budget would pass.', 'Dana Morrow', 'person', { stems: ['In the article, Dana Morrow is described as the mayor.'] })).toBeUndefined();
	});

	it('refuses a stem that stops before the clock time its clause is about, and keeps one that keeps it', () => {
		const warning = 'The weather service had issued a flood alert, its highest level, for the valley shortly after 4 p.m.';
		expect(detailOf(warning, 'weather service', 'organisation', { stems: ['The weather service had issued a flood alert.'] })).toBe('cut-time');
		expect(detailOf(warning, 'weather service', 'organisation', { stems: ['The weather service had issued a flood alert for the valley shortly after 4 p.m.'] })).toBeUndefined();
		expect(detailOf('Ferry services resumed, and the port reopened at 6 a.m.', 'Ferry', 'organisation', { stems: ['Ferry services resumed.'] })).toBeUndefined();
	});

	it('refuses the closing move of a stock index after an opener in a company\'s results story', () => {
		const paragraphs = [resultsLead, 'Revenue climbed 5 per cent to €1.9bn, helped by higher prices for recycled board.', 'More broadly, the FTSE 100 closed up 0.7% at a record high, led by banks.'];
		expectRefused(checksOf(results, paragraphs, /FTSE 100 closed up/));
	});

	it('refuses the year a relative died when the stem names him only by a name the family shares', () => {
		const paragraphs = [
			'Ludmila Varga, the Slovak violinist who left Bratislava and founded the Danube Youth Orchestra in Vienna, has died aged 88.',
			'She died on Tuesday at her home in Graz after a short illness, her family said. Her son, Martin Kessel, said she had been "teaching and practising until the last week".',
			'She joined the Slovak Philharmonic at 22 and toured Europe with it for a decade.',
			'In 1968 she married Paul Kessel, an engineer she had met at a concert. He died in 2009. She is survived by their son and by three grandchildren.'
		];
		expectRefused(checksOf('Ludmila Varga, violinist who founded a youth orchestra, dies at 88', paragraphs, /Kessel died in/));
	});
});
