import { describe, expect, it } from 'vitest';
import { speaksOfOwnLife } from '../../src/lib/quiz/speakers';
import { filler, personTexts, reportOf, stemsMatching } from './report';

/** The options of every kept item whose stem matches `pattern`, from a headline and paragraphs (`filler` after them). */
function optionsOf(title: string, paragraphs: string[], pattern: RegExp): string[][] {
	return reportOf(title, [...paragraphs, ...filler])
		.quiz.items.filter((i) => pattern.test(i.stem))
		.map((i) => ('options' in i ? (i.options as string[]) : []));
}

describe('n40: the strict readers’ NO kinds of holdout122 and holdout123', () => {
	it('a name before a gold, silver or bronze medal names the medal, no person', () => {
		expect(personTexts("The violinist was given Hungary's Maria Kovacs silver medal in 2011 and an honorary degree.")).toEqual([]);
	});

	it('an exchange rate quoted to four decimals keeps its options within a few per cent of it', () => {
		const options = optionsOf('FTSE 100 edges up as banks gain', ["London's FTSE 100 rose 0.4 per cent on Tuesday, led by banks.", 'Sterling was flat at $1.2718 ahead of UK jobs figures due on Thursday.'], /^Sterling was flat at _____/);
		expect(options.length).toBeGreaterThan(0);
		for (const o of options.flat()) expect(Math.abs(Number(o.replace('$', '')) / 1.2718 - 1)).toBeLessThan(0.2);
	});

	it('a minute of stoppage time has options of minutes a referee adds, never a fifteenth', () => {
		const options = optionsOf('Late header sends Millbrook into cup final', ['Millbrook reached the final of the Shield for the first time after a 2-1 win over Eastfield on Saturday.', 'With the tie heading for penalties, Millbrook won a free kick in the fourth minute of stoppage time.', 'Eastfield had led through a 64th-minute penalty from Dean Calloway.'], /minute of stoppage time/);
		expect(options.length).toBeGreaterThan(0);
		for (const o of options.flat()) expect(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']).toContain(o);
	});

	it('a festival story’s country is not read from a nationality of its winner', () => {
		const stems = stemsMatching('Vietnamese director’s debut wins top prize at Busan film festival', ['Vietnamese director Tran Minh Chau’s debut feature "River of Salt" won the top prize at the Busan International Film Festival on Friday.', 'The prize of 30 million won was presented by the head of the national film council at a ceremony in Busan.', 'The jury praised the film for its restraint, and 41 films competed this year.', ...filler], /film council/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /Vietnam/.test(w.stem))).toEqual([]);
	});

	it('a results figure in a currency named by its nationality names no company (R4)', () => {
		const checks = stemsMatching('Torvik Freight profit falls 30% as shipping rates weaken', ['Shipping rates fell sharply across the North Sea in the final quarter of the year.', 'Earnings before interest and tax fell to 2.41 billion Norwegian crowns in 2025 from 3.44 billion crowns a year earlier.', ...filler], /^Earnings before interest/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((w) => w.check === 'R4')).toBe(true);
	});

	it('a stem that opens on the story company’s rivals never says whose rivals they are (R4)', () => {
		const checks = stemsMatching('Torvik Freight profit falls 30% as shipping rates weaken', ['Norwegian freight forwarder Torvik Freight reported a 30% fall in full-year operating profit on Tuesday and cut its dividend.', 'Rival forwarders Kuehne and Panalpina slipped about 2% each.', ...filler], /^Rival forwarders/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((w) => w.check === 'R4')).toBe(true);
	});

	it('a prize category that went to someone needs the event it was given at (R4)', () => {
		const stems = stemsMatching('Island drama sweeps awards at Lisbon film festival', ['A drama about a fishing family on the island of Flores won four prizes at the Lisbon International Film Festival on Saturday.', 'Best actress went to Inês Carvalho, 64, who plays the grandmother.', 'The film was shot over 38 days with a cast of mostly local residents.', ...filler], /^Best actress/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.check === 'R4')).toBe(true);
	});

	it('a sum recovered from no one the stem names is refused (R4)', () => {
		const stems = stemsMatching('Bookkeeper jailed for taking £600,000 from builders’ merchant', ['A bookkeeper who took more than £600,000 from a builders’ merchant in Sheffield has been jailed for five years.', 'Janet Orme, 51, moved the money into her own accounts over six years.', 'Around £185,000 has since been recovered, Sheffield Crown Court heard.', ...filler], /recovered/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.check === 'R4')).toBe(true);
	});

	it('a quote of the speaker’s own home and family is read as their private life, a party’s or a plan’s not', () => {
		expect(speaksOfOwnLife('The water took my father\'s old piano and all our photographs')).toBe(true);
		expect(speaksOfOwnLife('By the time my phone buzzed, the river was in the hall')).toBe(true);
		expect(speaksOfOwnLife('We will not leave anyone behind, and the army is on its way')).toBe(false);
	});

	it('a family name that is also an English word is never a stem’s whole name for its person (R4)', () => {
		const stems = stemsMatching('Conservative holds Daejeon in tight mayoral race', ['The conservative People Power Party held the mayor’s office in Daejeon, where its candidate Oh Tae-yang won by fewer than 9,000 votes.', 'Oh, a 61-year-old former judge, won 50.8% of the vote in Daejeon to 48.1% for the Democratic Party’s Seo Jun-ho.', '"The city has asked us to work harder," Oh told supporters on Thursday.', ...filler], /^Oh won/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.check === 'R4')).toBe(true);
	});

	it('a name that ends on a noun of an activity is a business’s, never a person’s', () => {
		expect(personTexts('Developer Brackenside Restoration, based in Carlisle, says the ground floor will be used only for parking.')).toEqual([]);
	});

	it('a subject with its infinitive cut from the verb of its list is no sentence (R1)', () => {
		const stems = stemsMatching('Councillors back £30m plan to turn derelict Ripon tannery into homes', ['Plans to convert a derelict tannery in Ripon into 184 homes, a café and a small business hub have been approved, despite objections from more than 150 residents worried about flooding.', 'The committee voted six to three in favour on Wednesday evening.', ...filler], /^Plans to convert/);
		const cut = stems.filter((w) => !/approved/.test(w.stem));
		expect(cut.length).toBeGreaterThan(0);
		expect(cut.every((w) => w.check === 'R1')).toBe(true);
	});

	it('a city in the country its sentence names takes no false side or option from another country (R8)', () => {
		const stems = stemsMatching('Kwame Asante, highlife guitarist, dies at 79', ['The Ghanaian highlife guitarist Kwame Asante, who took the music of Accra to audiences across Europe, has died aged 79.', 'Born in Kumasi in 1946, he joined the Star Rhythm band in Accra at 17.', 'The band toured Nigeria, Togo and, in 1975, Germany, where they played a jazz club in Hamburg and a string of student bars in west Berlin.', 'He recorded 14 albums and settled in Kumasi in 1990.', ...filler], /student bars in west _____/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.check === 'R8')).toBe(true);
	});

	it('a subject ranked by a superlative aside still needs its name (R4)', () => {
		const stems = stemsMatching('Debut about Georgian shepherds wins top prize at Tbilisi film festival', ["A debut feature about two shepherds in the mountains of Tusheti has won the top prize at the Tbilisi International Film Festival, the first winner of the festival's new competition section.", "Director Nino Beridze, 31, received the festival's main award at a ceremony in Tbilisi on Friday evening.", "The nine-day festival, Europe's largest, screened 212 films from 58 countries this year.", ...filler], /^The nine-day festival/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => w.check === 'R4')).toBe(true);
	});
});

