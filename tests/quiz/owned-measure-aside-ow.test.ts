import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';

const mains = (text: string) => simplify(text, extractFacts(text)).map((c) => c.text);

describe("a relative aside that is the only owner of a business's measure (R4: whose footfall?)", () => {
	it('keeps the aside that says whose the bare measure is', () => {
		for (const [sentence, kept] of [
			['Oliver Grant, who runs a bakery on Mill Lane, said footfall had dropped by about 30% during the roadworks.', 'who runs a bakery on Mill Lane'],
			['Nadia Haddad, who owns two cafés near the station, said takings were down by a quarter last winter.', 'who owns two cafés near the station'],
			['Tom Ashby, who has run the village pub since 2009, told the inquiry that trade had halved in 2023.', 'who has run the village pub since 2009'],
			['Leah Morgan, who manages a hotel on the seafront, said bookings had fallen by 40%.', 'who manages a hotel on the seafront'],
		])
			{
			const said = mains(sentence).filter((m) => /\b(?:said|told)\b/.test(m));
			expect(said.length).toBeGreaterThan(0);
			expect(said.every((m) => m.includes(kept))).toBe(true);
		}
	});

	it('still cuts an aside when the measure has its owner or the aside tells no business', () => {
		expect(mains('Oliver Grant, who runs a bakery on Mill Lane, said his takings had dropped by about 30%.').some((m) => m.startsWith('Oliver Grant said his takings'))).toBe(true);
		expect(mains('Oliver Grant, who lives on Mill Lane, said footfall had dropped by about 30% in the high street.').some((m) => m.startsWith('Oliver Grant said footfall'))).toBe(true);
	});
});
