import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

const strike = [
	'Bus drivers in Tarrow will strike for four days from Monday after talks with the operator Greyline broke down, their union said on Friday.',
	'The union says 430 drivers will walk out over a pay offer it calls an insult, halting almost every route in the city.',
	'Greyline said it had offered a rise of 4% and would keep talking.',
	'Marta Kowalczyk, 52, a cleaner who travels in from Dunmore each morning, said she would share a taxi with three neighbours to get to work.'
];

const waits = [
	'More patients than ever are waiting over a year for surgery at Harlow General, figures published on Tuesday show.',
	'The hospital said 6,200 patients had waited more than 52 weeks, up from 4,100 a year earlier.',
	'Managers blamed a shortage of anaesthetists and the closure of two theatres.',
	'Doreen Halsey, 71, a retired postwoman from Kelby, waited 67 weeks for a knee operation that was carried out in March.'
];

const trial = [
	'A former school bursar who stole £640,000 from a village primary school was jailed for six years on Friday.',
	'Colin Ashcroft, 61, moved the money into his own accounts over eight years, Lowbridge Crown Court heard.',
	'Office manager Ruth Dearing, 44, was given an 18-month suspended sentence after admitting false accounting.'
];

describe('a passer-by\'s own circumstances are no fact of the story (R7)', () => {
	it('keeps the sentence of a party to the story ("Office manager Ruth Dearing, 44, was given ..."), who is introduced by no trade and says nothing', () => {
		const checks = checksOf('Former school bursar jailed for six years over £640,000 theft', trial, /Ruth Dearing, 44, was given an? \d+-month suspended sentence/);
		expect(checks).toContain('');
	});

	it('refuses the count of neighbours a commuter the strike story quotes will share a taxi with', () => {
		const checks = checksOf('Tarrow bus drivers to strike for four days', strike, /taxi with _____ neighbours/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c === 'R7')).toBe(true);
	});

	it('refuses the weekly sum a commuter the strike story quotes will pay, whether "a week" or "each week"', () => {
		const lead = strike.slice(0, 3);
		for (const per of ['a week', 'each week']) {
			const said = `Oskar Lindqvist, 47, a night porter from Ravenholt, said a minicab would cost him £35 ${per}.`;
			const checks = checksOf('Tarrow bus drivers to strike for four days', [...lead, said], /cost him £_____/);
			expect(checks.length).toBeGreaterThan(0);
			expect(checks.every((c) => c === 'R7')).toBe(true);
		}
	});

	it('refuses the weekly sum a commuter introduced only as speaking ("Oskar Lindqvist, 47, said ...") will pay', () => {
		const said = 'Oskar Lindqvist, 47, said a minicab would cost him £35 a week.';
		const checks = checksOf('Tarrow bus drivers to strike for four days', [...strike.slice(0, 3), said], /cost him £_____/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c === 'R7')).toBe(true);
	});

	it('keeps the weeks a patient waited in a story of waiting times, which counts weeks too', () => {
		const checks = checksOf('Record waits for surgery at Harlow General', waits, /waited _____ weeks for a knee operation/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).not.toContain('R7');
	});
});
