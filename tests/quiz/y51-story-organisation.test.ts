import { describe, expect, it } from 'vitest';
import { filler, stemsFrom, story } from './report';

const title = 'Porto start-up Corvelo raises €40m for warehouse robots';
const funding = [
	'Corvelo, a Porto-based robotics start-up, has raised €40m from investors to build warehouse robots.',
	'The round was led by Lisbon investment firm Atlântico Capital.',
	'It values the three-year-old company at about €210m.',
	'Ana Pires founded the company in 2022 with two friends from university.',
	...filler
];

describe('a start-up the headline and the lead name as the story’s one organisation', () => {
	it('is the story’s organisation, "start-up" or "startup" being a business noun', () => {
		expect(story(title, funding)).toBe('Corvelo [company]');
		const written = funding.map((p) => p.replace('robotics start-up', 'robotics startup'));
		expect(story('Porto startup Corvelo raises €40m for warehouse robots', written)).toBe('Corvelo [company]');
	});

	it('is what "the company" means, never the investor the body names by a business noun', () => {
		const stems = stemsFrom(title, funding, 'founded the company');
		expect(stems.some((s) => s.includes('founded Corvelo in 2022'))).toBe(true);
		expect(stems.some((s) => s.includes('Atlântico Capital in 2022'))).toBe(false);
	});
});

describe('a sea or an ocean in a business lead', () => {
	const results = [
		'Havlund ASA, the Ålesund-based fish farmer, reported a 9 per cent fall in quarterly profit on Tuesday, blaming lower prices for Atlantic salmon and higher fuel costs for its North Sea feed barges.',
		'Profit for the quarter came to NOK 640 million, down from NOK 703 million a year earlier.',
		'Shares in the company fell 3.1 per cent in Oslo.',
		...filler
	];

	it('is no second body that "the company" may mean ("Atlantic salmon", "North Sea feed barges")', () => {
		expect(story('Havlund profit falls 9% on weaker salmon prices', results)).toBe('Havlund ASA [company]');
		expect(stemsFrom('Havlund profit falls 9% on weaker salmon prices', results, 'Shares in the company')).toContain('OK: Shares in Havlund ASA fell _____ per cent in Oslo.');
	});
});
