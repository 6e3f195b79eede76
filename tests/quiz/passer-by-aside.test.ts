import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

// holdout172 "Maryam Chaudhry shared a studio building with her for _____ years", holdout176 "Priya Raman was head of
// European technology research at _____", holdout177 "whose _____ children attend Riverside", holdout182 "a curator who
// organised the _____ exhibition": each blank sat in the words that introduce someone the story only quotes
describe('a key inside the aside that introduces a passer-by (R7)', () => {
	const title = 'Council votes to close Riverside and Hillcrest primary schools';
	const lead = 'Councillors in Marlow Vale voted on Tuesday to close two primary schools and move 410 pupils to a new site by 2028.';

	it('refuses a count in a quoted neighbour’s relative clause', () => {
		const pies = checksOf(title, [lead, 'Teresa Hollings, whose bakery opposite Hillcrest sells 300 pies a week, said trade would suffer.'], /sells _____ pies/);
		expect(pies.length).toBeGreaterThan(0);
		for (const check of pies) expect(check).toBe('R7');
		const metres = checksOf(title, [lead, 'Dev Raman, who lives 300 metres from Hillcrest, said the road outside was already busy.'], /lives _____ metres/);
		expect(metres.length).toBeGreaterThan(0);
		for (const check of metres) expect(check).toBe('R7');
	});

	it('refuses a place in an analyst’s title', () => {
		const checks = checksOf(title, [lead, 'Oliver Brandt, head of education research at Calloway Partners in London, was more sanguine about the plan.'], /Partners in _____/);
		expect(checks.length).toBeGreaterThan(0);
		for (const check of checks) expect(check).toBe('R7');
	});

	it('keeps a figure the sentence reports in its main clause after the aside', () => {
		const checks = checksOf(title, [lead, 'Ana Lindqvist, a parent who chairs a governing body, said 140 families had signed a letter against closing Riverside.'], /said _____ families/);
		expect(checks).toContain('');
	});

	it('keeps a figure in the aside of the person the headline names', () => {
		const checks = checksOf('Lindqvist quits as Marlow Vale council leader after school closure vote', [
			'Ana Lindqvist resigned as leader of Marlow Vale council on Tuesday after councillors voted to close two primary schools.',
			'Lindqvist, who led Marlow Vale council for nine years, said she could not support closing Riverside.'
		], /for _____ years/);
		expect(checks).toContain('');
	});

	it('keeps a figure in the aside of a party the story follows past its lead', () => {
		const checks = checksOf('Hospice finance officer jailed for stealing from charity', [
			'A hospice finance officer who stole from the charity that employed her was jailed for four years on Friday.',
			'Mara Keller, who was paid £61,000 a year, pleaded guilty in March to fraud by abuse of position.',
			'Keller moved the money through 40 false invoices, the court heard.',
			'Keller spent much of it on holidays and a car, prosecutors said.'
		], /paid £_____ a year/);
		expect(checks).toContain('');
	});
});
