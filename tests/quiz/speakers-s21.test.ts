import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

describe('a surname two people share names neither of them alone (QUALITY.md R6)', () => {
	const homes = [
		'Canadian home prices rose in July for the first time in five months, the Canadian Real Estate Association said on Tuesday.',
		'Hélène Bouchard, a senior economist at a major bank, said she expects prices to finish the year flat. "Affordability has improved," Ms. Bouchard said. She noted that unemployment stood at 6.9 per cent in July.',
		'For first-time buyers such as Priya Okafor, the softer Toronto market has opened a door. She and Daniel Okafor, both 31, closed last month on a two-bedroom condo in Etobicoke for $618,000.',
		'"We had been renting for seven years and kept getting outbid," Mr. Okafor said. "This time we were the only offer."',
		'Economist Marcus Oyelaran said prices would rise 3 per cent next year in most of the country.'
	];

	it('gives "She" beside Daniel Okafor to no other woman, and "Mr. Okafor"’s words to no Priya', () => {
		const items = itemsOf('Canadian home prices edge up in July', homes);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(`${item.stem} ${item.options.join(' ')}`).not.toMatch(/Bouchard and Daniel Okafor|Priya Okafor said|Priya Okafor$/);
	});
});

describe('a true/false swap of an organisation takes one of its kind (QUALITY.md R8)', () => {
	it('never writes that a patient "had come to" a doctors’ association for the hospital he came to', () => {
		const strike = [
			'The strike, called by the Central Maharashtra Association of Resident Doctors (MARD), has affected 27 government medical colleges in Maharashtra, including KEM and Sion in Mumbai.',
			'At KEM Hospital in Parel, only 2,140 patients were seen in the OPD by 2 p.m., hospital officials said. MARD said the strike would go on.',
			'Emergency and ICU services were being maintained, MARD said. The ICU at Sion Hospital was full.',
			'Ramesh Gaikwad, a farmer from Latur district who had come to KEM for a follow-up on his cardiac surgery, said he had been waiting since 7 a.m.'
		];
		const items = itemsOf('Mumbai resident doctors strike enters third day', strike);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.stem).not.toMatch(/had come to (?!KEM\b)\S+ for a follow-up/);
	});
});
