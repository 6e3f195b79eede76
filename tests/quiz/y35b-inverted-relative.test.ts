import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { filler, stemsFrom } from './report';

/** The clauses simplify derives from a sentence, as "[kind] text". */
function clauses(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence)).map((c) => `[${c.kind}] ${c.text}`);
}

describe('a relative clause on a speaker named after the words said (clauses.ts, issue 3)', () => {
	it('states it when the sentence goes on with a quote the one before opened, so its only mark closes', () => {
		expect(clauses('By the time the lorry arrives, the milk has turned," said Halima Osei, who keeps 65 goats on a farm outside Tamale.')).toContain(
			'[aside] Halima Osei keeps 65 goats on a farm outside Tamale'
		);
	});

	it('states it after a reported statement with the speaker named after "said"', () => {
		expect(clauses('Feed prices will keep rising, said Tomasz Brzoza, who runs 14 greenhouses near Gdansk.')).toContain('[aside] Tomasz Brzoza runs 14 greenhouses near Gdansk');
	});

	it('ends it before a participle of the saying, which is the speaker’s, not the relative’s', () => {
		const spun = clauses('"We plant every spring," said Halima Osei, who keeps 65 goats outside Tamale, adding that the rains came late.');
		expect(spun).toContain('[aside] Halima Osei keeps 65 goats outside Tamale');
		expect(spun.some((c) => c.includes('adding'))).toBe(false);
	});

	it('still reads a name a reported clause opens on as interrupted ("The board said Norvale, which ..., had ...")', () => {
		expect(clauses('The board said Norvale, which rents out 300 flats, had broken the rules.')).toContain('[aside] Norvale rents out 300 flats');
	});

	it('writes nothing from the words before a lone closing mark, which are still the speaker’s', () => {
		expect(clauses('We kept the barn, which holds 200 bales, and the rest went," she said.').some((c) => c.includes('holds 200 bales'))).toBe(false);
	});

	it('asks the count the relative clause holds', () => {
		const paragraphs = [
			'Goat farmers in northern Ghana say long journeys to market are spoiling their milk before it can be sold.',
			'"We milk before dawn and load the cans by six. By the time the lorry arrives, the milk has turned," said Halima Osei, who keeps 65 goats on a farm outside Tamale.',
			...filler
		];
		expect(stemsFrom('Halima Osei and Ghana goat farmers lose milk on the road to market', paragraphs, 'keeps 65 goats').some((s) => /^OK: .*Halima Osei keeps _____ goats/.test(s) || /^OK: How many goats does Halima Osei keep/.test(s))).toBe(true);
	});
});
