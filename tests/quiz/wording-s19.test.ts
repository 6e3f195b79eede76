import { describe, expect, it } from 'vitest';
import { dateDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { howManyStem } from '../../src/lib/quiz/how-many';
import { createPrng } from '../../src/lib/quiz/prng';
import { filler, itemsOf, reportOf, written } from './report';

/** The "how many" stem for the first count of a sentence, its clause cut as writeItems cuts it. */
function howMany(text: string, attributed = false): string | undefined {
	const fact = extractFacts(text).find((f) => f.type === 'count')!;
	return howManyStem(fact, { before: text.slice(0, fact.span.start), after: text.slice(fact.span.end).replace(/\.$/, ''), attributed });
}

describe('session 19 wording: kinds from the holdout54–55 grades', () => {
	it('a "how many" question asks the counted clause alone, whatever opens the clause joined on (R1: ", and four were flown", "and the rest at Newcastle", ", and UGI Utilities shut off")', () => {
		expect(howMany('Seven people were in a serious condition, and four were flown to hospitals in Newcastle by helicopter.')).toBe('How many people were in a serious condition?');
		expect(howMany('The company said 39 passengers boarded in Sydney and the rest at Newcastle and Port Macquarie.', true)).toBe(
			'According to the company, how many passengers boarded in Sydney?'
		);
		expect(howMany('Officials evacuated 14 row homes on the block as a precaution, and UGI Utilities shut off gas service to about 60 customers.')).toBe(
			'How many row homes did officials evacuate on the block as a precaution?'
		);
	});

	it('asks no "how many" where a verb after "and" may be the source’s, or where the subject holds a verb ("did the association noted that ...")', () => {
		expect(howMany('Agri SA said about 860,000 people were employed in primary agriculture and urged the department to speed up the processing of applications.', true)).toBeUndefined();
		expect(howMany('Police said 38 people were arrested after the march.', true)).toBe('According to police, how many people were arrested after the march?');
		expect(howMany('The association noted that its members made about 27,000 requests to technology companies for user data in 2025.')).toBeUndefined();
	});

	it('a name the article writes "the new Cooper Ferry Bridge" keeps its "the" where it stands for "the bridge" (R1: "to build Cooper Ferry Bridge")', () => {
		const stems = written(
			reportOf('New toll bridge opens to traffic', [
				'The first paying car rolled across the new Cooper Ferry Bridge at 6:02 a.m. Monday, state officials said.',
				'Executive Director Rodger Klemm said the toll was the only way to build the bridge this decade.',
				'The bridge’s main span rises 65 feet above the water to let barges pass.',
				...filler
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => /(?<!\bthe )Cooper Ferry Bridge/i.test(s))).toEqual([]);
		expect(stems.some((s) => /\bthe Cooper Ferry Bridge\b/i.test(s))).toBe(true);
	});

	it('a name after "the" and describing words, before a noun, names a thing, no person to offer (R8: "the old two-lane Isabel Holmes detour")', () => {
		expect(extractFacts('The old two-lane Isabel Holmes detour will remain open.').filter((f) => f.type === 'person')).toEqual([]);
		expect(extractFacts('The annual Jane Goodall lecture was held in London.').filter((f) => f.type === 'person')).toEqual([]);
		// a person after a role, or before a verb, is still one
		expect(extractFacts('The teenager Emma Raducanu beat her rival in straight sets.').map((f) => f.text)).toContain('Emma Raducanu');
		expect(extractFacts('The unseeded Valentina Restrepo won the title.').map((f) => f.text)).toContain('Valentina Restrepo');
	});

	it('an organisation after its owner or home ("Munich’s", "London-based") is never swapped, and "London-based" is no part of its name (R8)', () => {
		const facts = extractFacts('The round was led by London-based Sapphire Ridge Ventures, the company said.');
		expect(facts.filter((f) => f.type === 'organisation').map((f) => f.text)).toEqual(['Sapphire Ridge Ventures']);
		const items = itemsOf('Berlin heat-pump startup raises €85m', [
			'Wärmewerk, a Berlin-based startup that installs heat pumps for apartment blocks, has raised an €85m round led by London-based Sapphire Ridge Ventures, the company said on Wednesday.',
			'Existing backers Project A and Munich’s Nordhaus Capital also took part, alongside the European Investment Bank.'
		]);
		const stems = items.filter((i) => i.type === 'true-false').map((i) => i.stem);
		expect(stems.filter((s) => /Munich’s (?!Nordhaus Capital)\p{Lu}|London-based (?!Sapphire Ridge Ventures)\p{Lu}/u.test(s))).toEqual([]);
	});

	it('a date’s options never leave the key alone in its month (R5: "Oct. 1, 2025" among three September dates)', () => {
		const fact = extractFacts('Japan’s population stood at 123,007,482 as of Oct. 1, 2025, the ministry said.').find((f) => f.type === 'date')!;
		for (let seed = 1; seed <= 40; seed++) {
			const options = dateDistractors(fact, createPrng(seed), new Set(), '2026-06-25');
			if (options.length > 0) expect(options.some((o) => o.startsWith('Oct.'))).toBe(true);
		}
		// with no other date of its month to offer (none after the report of a past event), none is offered
		expect(dateDistractors(fact, createPrng(1), new Set(), '2025-10-01')).toEqual([]);
	});
});
