import { describe, expect, it } from 'vitest';
import { checksOf } from './report';

const election = [
	'A Brazilian-born nurse is set to become mayor of Skarvik, a harbour town of 2,400 people, after her list won four of the seven council seats.',
	'Lucia Ferreira, who moved from Brazil in 2009, led the Harbour List to its first win since the town council was formed.',
	'The outgoing mayor, Lars Holm, conceded on Sunday morning and said he would help with the handover.',
	'Voters went to the polls in dozens of towns across Norway on Saturday, but few races drew as much interest as the one in Skarvik.'
];

describe('a country the headline names is no blank where the story happens (R7)', () => {
	it('refuses "across _____" for Norway under a headline on a Norwegian town, though the story names Brazil too', () => {
		const checks = checksOf('Brazilian-born nurse set to become mayor of Norwegian harbour town', election, /towns across _____/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c === 'R7')).toBe(true);
	});

	it('reads the country in an adjective made of its name: "Icelandic" for Iceland', () => {
		const icelandic = election.map((p) => p.replace('across Norway', 'across Iceland'));
		const checks = checksOf('Brazilian-born nurse set to become mayor of Icelandic harbour town', icelandic, /towns across _____/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c === 'R7')).toBe(true);
	});

	it('still asks it where the headline names no country', () => {
		const checks = checksOf('Nurse set to become mayor of Skarvik after council vote', election, /towns across _____/);
		expect(checks).toContain('');
	});
});
