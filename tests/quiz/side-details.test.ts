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
function detailOf(sentence: string, key: string, type: 'count' | 'date' | 'place' | 'ordinal' | 'percent' | 'person' | 'organisation' | 'age', context: { stems?: string[]; published?: string; opening?: string; lead?: boolean } = {}): string | undefined {
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
	it('refuses the age of one victim past the lead, and keeps a lead victim\'s, a defendant\'s and a protagonist\'s', () => {
		const opening = 'Four dead as storm floods valley towns\nFour people have died after a storm flooded towns along the Varnel valley, officials said.';
		const past = { opening, lead: false };
		expect(detailOf('A second victim, a 52-year-old lorry driver, died when his cab was swept into the river.', '52-year-old', 'age', past)).toBe('victim-age');
		expect(detailOf('A 71-year-old shepherd was found dead near his flooded barn on Friday.', '71-year-old', 'age', past)).toBe('victim-age');
		expect(detailOf('Greta Holm, 84, drowned in the ground floor of her home in Sandvik.', '84', 'age', past)).toBe('victim-age');
		expect(detailOf('Among the dead was a 19-year-old student.', '19-year-old', 'age', past)).toBe('victim-age');
		expect(detailOf('A 17-year-old boy was charged with the burglary on Monday.', '17-year-old', 'age', past)).toBeUndefined();
		expect(detailOf('A 46-year-old man died after being stabbed outside a bar in Leeds.', '46-year-old', 'age', { opening, lead: true })).toBeUndefined();
		const protagonist = 'Farmer killed by bull named as Tomas Brink\nA farmer killed by a bull on Sunday has been named by police.';
		expect(detailOf('Tomas Brink, 58, died at the scene despite efforts to save him.', '58', 'age', { opening: protagonist, lead: false })).toBeUndefined();
	});

	it('refuses the size of a task a study set its participants, and keeps its findings', () => {
		expect(detailOf('Volunteers were asked to memorise a list of 15 faces before the scan.', '15', 'count')).toBe('study-task');
		expect(detailOf('On the test, in which participants were asked to recall a list of 12 words, users of the app lost 0.3 points a year.', '12', 'count')).toBe('study-task');
		expect(detailOf('The study followed 4,200 participants for nine years.', '4,200', 'count')).toBeUndefined();
		expect(detailOf('Participants who slept less than six hours were 30 per cent more likely to fall ill.', 'six', 'count')).toBeUndefined();
	});

	it('refuses the state of the score at a minute counted from the break, and keeps a goal\'s', () => {
		expect(detailOf('United were level eight minutes before half-time.', 'eight', 'count')).toBe('break-minute');
		expect(detailOf('Dromore led 20 minutes into the second half.', '20', 'count')).toBe('break-minute');
		expect(detailOf('Moloney scored eight minutes before half-time with a header.', 'eight', 'count')).toBeUndefined();
		expect(detailOf('Moloney equalised eight minutes after the break.', 'eight', 'count')).toBeUndefined();
		expect(detailOf('Castlebridge seized the advantage eight minutes before the interval.', 'eight', 'count')).toBeUndefined();
		expect(detailOf('Dromore took the lead 20 minutes into the second half.', '20', 'count')).toBeUndefined();
		expect(detailOf('Castlebridge were still ahead ten minutes after the restart.', 'ten', 'count')).toBe('break-minute');
	});

	it('refuses another company\'s share move in a company\'s results story, and keeps the company\'s own', () => {
		const opening = 'Brandvik profit falls 20% as orders slow\nShares in Brandvik Marine fell 9% in Oslo after the shipbuilder reported a 20% drop in quarterly profit.';
		expect(detailOf('In London, shares in engine supplier Caldor Dynamics fell 3.4%.', '3.4%', 'percent', { opening })).toBe('side-shares');
		expect(detailOf('Rival Ostgaard Yards shares dropped 2.1% in Oslo.', '2.1%', 'percent', { opening })).toBe('side-shares');
		expect(detailOf('Shares in Brandvik Marine fell 9% in Oslo after the results.', '9%', 'percent', { opening })).toBeUndefined();
		expect(detailOf('Shares in engine supplier Caldor Dynamics fell 3.4% in Frankfurt.', 'Frankfurt', 'place', { opening })).toBe('side-shares');
		const both = 'Brandvik closed 9% lower, while shares in engine supplier Caldor Dynamics fell 3.4%.';
		expect(detailOf(both, '9%', 'percent', { opening })).toBeUndefined();
		expect(detailOf(both, '3.4%', 'percent', { opening })).toBe('side-shares');
		expect(detailOf('Shares in the company fell 9% in early trading.', '9%', 'percent', { opening })).toBeUndefined();
		expect(detailOf('Shares in the FTSE 250 group fell 9% in early trading.', '9%', 'percent', { opening })).toBeUndefined();
		const markets = 'Oslo stocks edge higher as oil recovers\nNorway\'s main index rose 0.4% on Tuesday as crude prices recovered.';
		expect(detailOf('In London, shares in engine supplier Caldor Dynamics fell 3.4%.', '3.4%', 'percent', { opening: markets })).toBeUndefined();
		const move = 'Brandvik shares slump 9% on order warning\nShares in Brandvik Marine fell 9% in Oslo after the shipbuilder warned on orders.';
		expect(detailOf('In London, shares in engine supplier Caldor Dynamics fell 3.4%.', '3.4%', 'percent', { opening: move })).toBe('side-shares');
	});

	it('refuses another company\'s move told without "shares", as a firm or priced in pence, and keeps the story\'s own figures', () => {
		const opening = 'Brandvik profit falls 20% as orders slow\nShares in Brandvik Marine fell 9% in Oslo after the shipbuilder reported a 20% drop in quarterly profit.';
		const firm = 'Caldor Dynamics, the German engine maker that counts Brandvik as its biggest customer, fell 3.4% to €41.20 in Frankfurt.';
		expect(detailOf(firm, '3.4%', 'percent', { opening })).toBe('side-shares');
		expect(detailOf(firm, 'Frankfurt', 'place', { opening })).toBe('side-shares');
		expect(detailOf('Late in London, Ostgaard Yards, a rival shipbuilder, was down 2.1%.', '2.1%', 'percent', { opening })).toBe('side-shares');
		expect(detailOf('In London, Pellow Engineering slid 5% to 212p.', '5%', 'percent', { opening })).toBe('side-shares');
		expect(detailOf('Pellow Engineering dropped 1.5 per cent to 88 pence as traders sold suppliers.', '1.5 per cent', 'percent', { opening })).toBe('side-shares');
		expect(detailOf('Revenue fell 6% to NOK 4.1bn, while net profit dropped to NOK 310m.', '6%', 'percent', { opening })).toBeUndefined();
		expect(detailOf('Orders fell 11% to 14 vessels, the company said.', '11%', 'percent', { opening })).toBeUndefined();
		expect(detailOf('Brandvik Marine, the Bergen-based shipbuilder, fell 9% to NOK 212.40 in Oslo.', '9%', 'percent', { opening })).toBeUndefined();
		expect(detailOf('Pellow Engineering, the supplier of its engines, said deliveries fell 5% in the quarter.', '5%', 'percent', { opening })).toBeUndefined();
	});

	it('refuses the year a quote was asked for, told before it', () => {
		const paragraphs = [
			'Ingrid Solvang, the Norwegian potter whose stoneware bowls filled kitchens across Scandinavia, has died aged 91.',
			'She opened her first studio in Bergen in 1958 and sold her work at the town market for two decades.',
			'Asked in 2019 whether she would ever stop working, she replied: "Only when the clay stops answering."'
		];
		expectRefused(checksOf('Ingrid Solvang, potter who brought stoneware to the kitchen, dies at 91', paragraphs, /Asked in _____ whether/));
	});

	it('refuses the year a relative died when his surname is only half of the subject\'s double-barrelled one', () => {
		const paragraphs = [
			'Amara Okonjo-Lind, the Nigerian-born weaver whose tapestries hang in town halls from Lagos to Malmö, has died at her home in Lund.',
			'She trained in Zaria and moved to Sweden in 1969, where she met the architect Johan Lind, whom she married in 1971.',
			'He died in 2012. She is survived by their two daughters.'
		];
		expectRefused(checksOf('Amara Okonjo-Lind, weaver who hung tapestries in town halls, dies at 84', paragraphs, /Lind died in/));
	});
});
