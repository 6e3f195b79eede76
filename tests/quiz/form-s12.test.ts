import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { howManyStem } from '../../src/lib/quiz/how-many';
import { familyNameLeads } from '../../src/lib/quiz/person-options';
import { parseNumber } from '../../src/lib/quiz/scoring';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, itemsOf, kept } from './report';

/** The texts of the clauses an item may be written from, for one sentence. */
function clauses(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence)).map((c) => c.text);
}

describe('a shortened clause keeps its grammar', () => {
	it('drops a "which" clause inside the subject whole, and never states it with the main verb', () => {
		const sentence = 'The eastbound Prairie Flyer, which runs between Seattle and Minneapolis, left the tracks at about 5 a.m. roughly 20 miles east of Havre, according to the sheriff.';
		const texts = clauses(sentence);
		expect(texts).toContain('The eastbound Prairie Flyer left the tracks at about 5 a.m. roughly 20 miles east of Havre');
		expect(texts.filter((t) => /runs between Seattle and Minneapolis, left/.test(t))).toEqual([]);
	});

	it('keeps the subject after a dropped "However", and drops the date of publication between commas', () => {
		const texts = clauses('However, the latest Kantar figures, published on Tuesday, showed the grocer’s market share slipping to 4.1 per cent.');
		expect(texts).toContain('The latest Kantar figures showed the grocer’s market share slipping to 4.1 per cent');
		expect(texts.filter((t) => /^\s|^Published/i.test(t))).toEqual([]);
	});

	it('never drops a phrase that a "when" clause after it hangs on', () => {
		const texts = clauses('Rangers plan to move 18 black rhinos to a sanctuary in Laikipia between October and January, the largest such operation since 2019, when nine rhinos died after a move.');
		expect(texts.filter((t) => /January when/.test(t))).toEqual([]);
	});

	it('asks no "how many" question that strands a participle of the counted noun', () => {
		const clause = 'The national figures showed 42 new calves born this year';
		const fact = extractFacts(clause).find((f) => f.type === 'count')!;
		expect(fact.noun).toBe('new calves');
		expect(howManyStem(fact, { before: clause.slice(0, fact.span.start), after: clause.slice(fact.span.end), attributed: false })).toBeUndefined();
		const plain = 'The national figures showed 42 new calves in the sanctuaries';
		const count = extractFacts(plain).find((f) => f.type === 'count')!;
		expect(howManyStem(count, { before: plain.slice(0, count.span.start), after: plain.slice(count.span.end), attributed: false })).toBe('How many new calves did the national figures show in the sanctuaries?');
	});
});

describe('person options are named as the article names them', () => {
	it('reads a seat written before a name as no part of the name', () => {
		const persons = extractFacts('Independent TD for Clare Michelle Considine was among several Independents who backed the Government.').filter((f) => f.type === 'person');
		expect(persons.map((f) => f.text)).toEqual(['Michelle Considine']);
	});

	it('knows a name written family name first', () => {
		expect(['Nguyen Thanh Long', 'Wang Hao', 'Kim Jong-un', 'Xi Jinping'].map(familyNameLeads)).toEqual([true, true, true, true]);
		expect(['Lee Westwood', 'Kim Jones', 'Jensen Huang', 'Arjun Raghavan'].map(familyNameLeads)).toEqual([false, false, false, false]);
	});

	it('never offers a given name set last ("Hao" of Wang Hao) as a surname option', () => {
		const items = itemsOf('Arjunan wins chess title', [
			'Grandmaster Vikram Arjunan won the Eastern Open chess title in Kolkata on Sunday, drawing his last game in 41 moves.',
			'China’s Wang Hao, the top seed, finished third with 6.5 points after losing to Iran’s Reza Tavakoli.',
			'"I knew a draw was enough, so I played safe," Arjunan said.',
			'"It was a hard week and I made too many mistakes," Tavakoli said.'
		]);
		expect(items.flatMap((i) => i.options).filter((o) => o === 'Hao')).toEqual([]);
	});
});

describe('a country option set', () => {
	it('never asks the story’s own country among gazetteer countries only', () => {
		const stems = kept('Dáil passes online safety law', [
			'Social media platforms operating in Ireland will have to verify the age of every user under a law passed by the Dáil on Wednesday.',
			'A survey by CyberSafeKids last September found that most children aged eight to 12 in Ireland had their own social media account.',
			'The Minister for Communications said the rules would apply from June next year.',
			// a false statement puts only a country the article names (country-swap-s43)
			'A similar law took effect in Australia last year.',
			...filler
		]);
		expect(stems.filter((s) => /aged eight to 12 in _____/.test(s))).toEqual([]);
		expect(stems.some((s) => /^Social media platforms operating in \p{Lu}/u.test(s))).toBe(true);
	});
});

describe('South Asian scale words', () => {
	it('reads lakh and crore as scale words of a sum', () => {
		const money = extractFacts('The university expects a deficit of about ₹74 crore, and the state has set aside ₹1.6 lakh crore.').filter((f) => f.type === 'money');
		expect(money.map((f) => [f.text, f.value])).toEqual([
			['₹74 crore', 740_000_000],
			['₹1.6 lakh crore', 1_600_000_000_000]
		]);
		expect(parseNumber('86 crore')?.value).toBe(860_000_000);
	});

	it('keeps the scale word in every option of a sum in crore', () => {
		const items = itemsOf('Measles outbreak in Nandurbar', [
			'Four children have died and 61 cases of measles have been confirmed in Nandurbar district over the past five weeks.',
			'District Collector Priya Deshmukh said ₹1.2 crore had been sanctioned for cold-chain equipment and field staff in Nandurbar.',
			'Health teams have vaccinated 14,000 children in 212 villages since the outbreak began.'
		]);
		const sums = items.filter((i) => i.options.some((o) => o.startsWith('₹')));
		expect(sums.length).toBeGreaterThan(0);
		for (const item of sums) for (const o of item.options) expect(o).toMatch(/^₹[\d.,]+ crore$/);
	});
});
