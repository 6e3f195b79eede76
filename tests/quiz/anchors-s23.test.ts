import { describe, expect, it } from 'vitest';
import { filler, kept } from './report';

/** The stems kept from a headline and paragraphs with `filler` after them. */
function keptOf(title: string, paragraphs: string[]): string[] {
	return kept(title, [...paragraphs, ...filler]);
}

describe('session 23: a stem leans on a race, a horse, a standing or a company it never names (R4, holdout68 and holdout69 grades)', () => {
	it('writes the lead\'s race in for "The Derby" where the article names another Derby, and refuses "the colt", "The winning time" and "The top five"', () => {
		const stems = keptOf('Harbour Light storms home to win Queensland Derby for Brisbane trainer', [
			'Harbour Light has given trainer Mereana Tait her first Group 1 win at Eagle Farm, charging down the outside to claim the $1 million Queensland Derby on Saturday.',
			'Ridden by jockey Tomasz Lewandowski, the Brisbane-trained colt came from last at the 800m to beat the favourite Copper Crown by a head in the 14-horse field.',
			'The winning time for the 2400m was 2:29.61 on a track rated a Soft 5.',
			'Tait, 38, was in tears as she led the colt back to scale in front of 23,000 people.',
			'The Derby carries $600,000 to the winner, taking the career earnings of Harbour Light past $900,000 from eight starts.',
			'The top four are separated by 1.5 lengths in the season standings, with Copper Crown still in contention.',
			'Copper Crown will now be aimed at the Australian Derby in Sydney next autumn, trainer Dean Pollard said.'
		]);
		expect(stems.filter((s) => /\bthe (?:Brisbane-trained )?colt\b|\bThe winning time\b|\bThe top four\b/.test(s))).toEqual([]);
		expect(stems.filter((s) => /\bThe Derby\b/.test(s))).toEqual([]);
		expect(stems.some((s) => s.startsWith('The Queensland Derby carries'))).toBe(true);
	});

	it('gives a numbered stage the lead\'s race ("Thursday\'s 12th stage" → "... of the Vuelta a España")', () => {
		const stems = keptOf('Lindqvist takes the red jersey on the Angliru', [
			'Jonas Lindqvist took control of the Vuelta a España on Tuesday with a solo attack on the Angliru, winning stage 10 by 52 seconds.',
			'The 25-year-old Swede, riding for Visma, crossed the line alone after 176km in 4hr 48min.',
			'Thursday\'s 12th stage is a 187km run from Oviedo to Santander, before the decisive 31km time trial on Saturday.'
		]);
		expect(stems.filter((s) => /\b12th stage\b/.test(s) && !s.includes('12th stage of the Vuelta a España'))).toEqual([]);
		expect(stems.some((s) => s.includes('12th stage of the Vuelta a España is a'))).toBe(true);
	});

	it('refuses a company told only by where it is based ("The Ohio-based company") and a superlative with its noun left out ("One of the largest told Reuters")', () => {
		const stems = keptOf('Marlowe Foods makes $4 billion hostile bid for Britain\'s Tindall', [
			'U.S. food group Marlowe Foods said on Monday it would take its 3.1 billion pound offer for London-listed Tindall Brands directly to shareholders.',
			'The Ohio-based company is offering 640 pence per Tindall share in cash, a 38% premium to the closing price on Friday.',
			'Several of the top 10 investors in Tindall have said they would back the offer at a higher price.',
			'One of the largest, who asked not to be named, told Reuters that a bid of around 700 pence would be "hard to refuse".'
		]);
		expect(stems.filter((s) => /\bThe Ohio-based company\b|^One of the largest\b/.test(s))).toEqual([]);
	});
});
