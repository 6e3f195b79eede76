import { describe, expect, it } from 'vitest';
import { relativeClauses } from '../../src/lib/quiz/clauses';
import { extractFacts } from '../../src/lib/quiz/facts';
import { nameObituaryRitesIn } from '../../src/lib/quiz/obituary';
import { eventTextsOf } from './report';
import { cutColonList, cutInList, cutPredicateSeries, danglingAfterSemicolon, lostClosingComma, nameTwice } from '../../src/lib/quiz/cut-stems';

describe('stems cut so that they read broken', () => {
	it('refuses a list cut after its second item when the sentence goes on with more', () => {
		const sentence = 'In her forty years at the bakery Hollis made _____ wedding cakes, nine christening cakes, a model of the cathedral and more than 300 birthday cakes.';
		const full = 'In her forty years at the bakery Hollis made 612 wedding cakes, nine christening cakes, a model of the cathedral and more than 300 birthday cakes.';
		expect(cutInList('In her forty years at the bakery Hollis made _____ wedding cakes, nine christening cakes.', full)).toBe(true);
		expect(cutInList(sentence, full)).toBe(false);
		// a true/false statement has no blank: its end is read as the cloze's is
		expect(cutInList('In her forty years at the bakery Hollis made 612 wedding cakes, nine christening cakes.', full)).toBe(true);
	});

	it('refuses a list that "among them" opens cut after its first item', () => {
		const full = 'The review makes 9 proposals, among them later school start times, a cap on homework for under-11s, and free breakfast clubs.';
		expect(cutInList('The review makes _____ proposals, among them later school start times.', full)).toBe(true);
	});

	it('refuses a series of predicates cut before its "and", not a verb after the subject\'s appositive', () => {
		const full = 'The inquiry heard that Pell charged 30 clients for audits never carried out, doubled the fees of two charities, and hid the money in a cousin\'s account.';
		expect(cutPredicateSeries("The inquiry heard that Pell charged _____ clients for audits never carried out, doubled the fees of two charities.", full)).toBe(true);
		const appositive = 'The harbour master, Ruth Lyle, announced on Monday a £2 million plan to dredge the channel, and said work would start in May.';
		expect(cutPredicateSeries('The harbour master, Ruth Lyle, announced on Monday a £_____ million plan to dredge the channel.', appositive)).toBe(false);
	});

	it('keeps a stem whose last comma opens a clause, not an item', () => {
		const full = 'The ferry carried 214 passengers across the strait, and the crossing took four hours, the operator said.';
		expect(cutInList('The ferry carried _____ passengers across the strait, and the crossing took four hours.', full)).toBe(false);
	});

	it("refuses a colon's list cut after its first item", () => {
		const full = 'The new board set out four aims: planting 3,000 trees by 2030, reopening the lido, cutting parking fees and running a night bus.';
		expect(cutColonList('The new board set out four aims: planting _____ trees by 2030.', full)).toBe(true);
		expect(cutColonList('Tamsin Orr said: “We will plant the trees by 2030.”', 'Tamsin Orr said: “We will plant the trees by 2030, and more.”')).toBe(false);
	});

	it('refuses a semicolon clause left as a bare condition, not one that keeps its main clause', () => {
		expect(danglingAfterSemicolon('Without new dredging the harbour would silt up by _____; if the council pays for it.')).toBe(true);
		expect(danglingAfterSemicolon('Without new dredging the harbour would silt up by _____; if the council pays, it stays open.')).toBe(false);
		expect(danglingAfterSemicolon('The harbour would silt up by _____; the council will pay for dredging.')).toBe(false);
	});

	it('reads "before", "after" and "until" before a pointer or a time as prepositions, not clause openers', () => {
		expect(danglingAfterSemicolon('The ferry stopped running in _____; until then it had crossed twice a day.')).toBe(false);
		expect(danglingAfterSemicolon('The brewery shut in 2011; before that it brewed _____ barrels a week.')).toBe(false);
		expect(danglingAfterSemicolon('The ferry was sold in _____; after the war it carried cargo.')).toBe(false);
		expect(danglingAfterSemicolon('The ferry was sold in _____; after the owners went bankrupt.')).toBe(true);
		expect(danglingAfterSemicolon('The brewery shut in _____; before its workers were told.')).toBe(true);
	});

	it('refuses an appositive run into its verb where the sentence closes it with a comma', () => {
		const full = 'The Northern Bakers Guild, Branch 12, which speaks for 340 bakers, said its members would stop work.';
		expect(lostClosingComma('The Northern Bakers Guild, Branch 12 said its members would stop work.', full)).toBe(true);
		expect(lostClosingComma('The Northern Bakers Guild, Branch 12, said its members would stop work.', full)).toBe(false);
		// after a leading phrase the word after the comma is the subject, and no appositive is open
		expect(lostClosingComma('In April, Corvale said it would shut two depots.', 'In April, Corvale, which runs 14 depots, said it would shut two depots.')).toBe(false);
	});

	it('refuses a full name written twice where the sentence names the person once', () => {
		const full = 'A memorial will be held in Tarrow on 3 May, where a band of 40 players he trained will perform.';
		const names = ['Idris Pellow Vane', 'Ann Cole'];
		expect(nameTwice("Idris Pellow Vane's memorial will be held in Tarrow on 3 May, where a band of _____ players Idris Pellow Vane trained will perform.", full, names)).toBe(true);
		expect(nameTwice("Idris Pellow Vane's memorial will be held in Tarrow on 3 May, where a band of _____ players he trained will perform.", full, names)).toBe(false);
		expect(nameTwice("Idris Pellow Vane's death was announced by the Idris Pellow Vane Trust on _____ May.", 'His death was announced by the Idris Pellow Vane Trust on 3 May.', names)).toBe(false);
	});

	it('builds no pattern of a name that the stem writes once or not at all', () => {
		const names = ['Idris Pellow Vane', 'Ann Cole', 'Teodor Marsh Brill'];
		const sources: string[] = [];
		const Original = globalThis.RegExp;
		// every pattern built while nameTwice runs is seen (literals are not built by the constructor)
		globalThis.RegExp = new Proxy(Original, {
			construct: (target, args: ConstructorParameters<typeof RegExp>) => {
				sources.push(String(args[0]));
				return new target(...args);
			}
		});
		try {
			expect(nameTwice('Ann Cole said the band of _____ players would perform in Tarrow on 3 May.', 'Ann Cole said the band of 40 players would perform in Tarrow on 3 May.', names)).toBe(false);
			expect(sources.filter((source) => /Pellow|Cole|Brill/.test(source))).toEqual([]);
			// a name written twice is still read with its pattern, and still refused
			expect(nameTwice('Ann Cole thanked the players Ann Cole trained.', 'She thanked the players she trained.', names)).toBe(true);
			expect(sources.filter((source) => /Cole/.test(source)).length).toBeGreaterThan(0);
		} finally {
			globalThis.RegExp = Original;
		}
	});
});

describe('cuts made where a sentence is rewritten', () => {
	it('gives no which-first event of a verb whose object runs on past its date, nor of the second of two subjects', () => {
		expect(
			eventTextsOf([
				'The ferry company and the dockers union agreed late on Thursday to end the strike at Harwell.',
				'The harbour board voted on 4 March to sell the old pier.',
				'In 2009, the Lind family opened a bakery in Tartu.'
			])
		).toEqual(['The Lind family opened a bakery in Tartu']);
	});

	it('ends a relative clause before a noun phrase that the outer sentence adds with ", and"', () => {
		const s = 'The rest came from Tarrow Borough Council, which gave £40,000 in grants, and a raffle that raised £9,000 from 600 tickets.';
		expect(relativeClauses(s, s.length - 1, extractFacts(s)).map((c) => c.text)).toEqual(['Tarrow Borough Council gave £40,000 in grants']);
	});

	it('writes no obituary subject into the rites of a stem that names the subject already', () => {
		const article = { title: 'Idris Vane obituary', paragraphs: ['Idris Vane, the bandmaster, has died aged 80.'] };
		const subject = { surname: 'Vane', full: 'Idris Vane', gender: 'male' as const };
		const named = { stem: 'A funeral will be held in Tarrow, where a band of _____ players Idris Vane trained will perform.' };
		expect(nameObituaryRitesIn(subject, article, named).stem).toBe(named.stem);
		expect(nameObituaryRitesIn(subject, article, { stem: 'A funeral will be held in Tarrow on _____ May.' }).stem).toBe("Idris Vane’s funeral will be held in Tarrow on _____ May.");
	});
});

describe('stems whose commas are the sentence’s own', () => {
	it('keeps a stem ending on an appositive name that a relative clause follows', () => {
		expect(cutInList('About £_____ was spent on a 9-metre sailing boat, Sea Wren.', 'About £84,000 was spent on a 9-metre sailing boat, Sea Wren, which has since been seized and sold.')).toBe(false);
	});

	it('keeps a clause joined by ", and" whose subject lost its whole aside', () => {
		expect(lostClosingComma('Okafor scored on _____ minutes, and Lindqvist added a second soon after.', 'Okafor scored on 12 minutes, and Lindqvist, the Swedish winger, added a second soon after.')).toBe(false);
	});
});
