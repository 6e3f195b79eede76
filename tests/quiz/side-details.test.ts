import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

const results = 'Lindqvarn Paper lifts profit 12% as packaging demand holds';
const resultsLead = 'Lindqvarn Paper, the Tampere-based maker of cartons and labels, said on Tuesday that full-year operating profit rose 12 per cent to €212m as demand for food packaging held up.';

const match = 'Ferrybank 2 Dromore Athletic 1';
const matchLead = 'Ferrybank beat Dromore Athletic 2-1 at Riverside Park on Saturday to go top of the Southern League.';

/** Every matching candidate is refused, at least one as trivia (others may fall to an earlier check). */
function expectRefused(checks: string[]): void {
	expect(checks).toContain('R7');
	expect(checks).not.toContain('');
}

describe('side details a teacher deletes are refused as trivia (QUALITY.md R7)', () => {
	it('refuses the date and town of an annual general meeting', () => {
		const paragraphs = [resultsLead, 'Revenue climbed 5 per cent to €1.9bn, helped by higher prices for recycled board.', 'Lindqvarn will hold its annual general meeting in Lahti on 22 April.'];
		const checks = checksOf(results, paragraphs, /annual general meeting in (?:_____|\p{Lu}\p{Ll}+) on/u);
		expectRefused(checks);
	});

	it('refuses the minute of a shot against the post or a save, and keeps the minute of a goal', () => {
		const paragraphs = [
			matchLead,
			'Dromore almost went ahead in the 17th minute, but Keeley Ashe turned a low shot from Ruairí Tobin against the post.',
			'Ferrybank winger Darragh Moloney scored in the 38th minute with a curling shot into the far corner.',
			'Moloney struck the crossbar in the 61st minute before Aoife Brennan headed the winner from a corner.'
		];
		const nearMisses = checksOf(match, paragraphs, /went ahead in the (?:_____|17th) minute|crossbar in the (?:_____|61st) minute/);
		expectRefused(nearMisses);
		expect(checksOf(match, paragraphs, /scored in the (?:_____|38th) minute/)).toContain('');
	});

	it('keeps the minute of a sending-off for a second yellow card', () => {
		const paragraphs = [matchLead, 'Dromore Athletic finished with ten men after Conor Phelan received a second yellow card in the 71st minute for a foul on Moloney.'];
		expect(checksOf(match, paragraphs, /second yellow card in the _____ minute/)).toContain('');
	});

	it('refuses the length of the period a figure is compared with', () => {
		const paragraphs = [resultsLead, 'Carton prices in Finland averaged 1,120 euros a tonne in December, up about a fifth on three years ago.', 'The company said it would hire 240 staff at its plant in Lahti.'];
		const checks = checksOf(results, paragraphs, /^(?!.*_____ euros).*on (?:_____|three) years ago/);
		expectRefused(checks);
	});

	it('refuses a lender\'s multiple of earnings before interest, tax, depreciation and amortisation, and any stem that copies the jargon', () => {
		const paragraphs = [resultsLead, 'Finance chief Tuula Rantanen told analysts that net debt had fallen to €410m, or 1.4 times earnings before interest, tax, depreciation and amortisation, down from 1.9 times at the end of 2024.'];
		const checks = checksOf(results, paragraphs, /times earnings before interest/);
		expectRefused(checks);
	});

	it('refuses the number of lots a contract is tendered in and the grant that paid for an evaluation', () => {
		const paragraphs = [
			'The regional transport agency said on Monday that it would extend the Valdora light rail line by 6 kilometres to the new hospital at a cost of €380m.',
			'Valdora Transport will put the track-laying contract out to tender in March, split into four lots.',
			'The evaluation of the line was partly funded by a €250,000 grant from the Valdora Civic Foundation.'
		];
		const checks = checksOf('Valdora light rail to reach hospital by 2029', paragraphs, /split into (?:_____|four) lots|funded by a (?:€_____|€250,000) grant/);
		expectRefused(checks);
	});

	it('refuses the year one critic reviewed a performance', () => {
		const paragraphs = [
			'Marta Villanueva, the Chilean harpist who brought Andean songs to concert halls across Europe, has died in Valparaíso aged 84.',
			'Reviewing a recital at Vienna\'s Konzerthaus in 1981, one critic wrote that she played as though the strings could talk.',
			'She recorded 31 albums and taught at the conservatory in Santiago for 22 years.'
		];
		const checks = checksOf('Marta Villanueva, harpist, dies at 84', paragraphs, /Konzerthaus in (?:_____|\d{4})/);
		expectRefused(checks);
	});
});
