import { describe, expect, it } from 'vitest';
import { filler, kept } from './report';

/** The stems kept from a headline and paragraphs with `filler` after them. */
function keptOf(title: string, paragraphs: string[]): string[] {
	return kept(title, [...paragraphs, ...filler]);
}

describe('session 23: a stem leans on a race, a horse, a standing, a company, persons, a census or a vote it never names (R4, holdout68 and holdout69 grades)', () => {
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

	it('refuses persons counted but never named ("Both men", "each man")', () => {
		const stems = keptOf('Two inmates escape Harlan County jail through air vent', [
			'Two inmates escaped from the Harlan County jail in Kentucky early Monday by climbing through an air vent, Sheriff Dale Whitcomb said.',
			'Troy Maddox, 29, and Luis Carranza-Vidal, 34, were last seen in a grey pickup truck heading south on Route 421.',
			'Both men should be considered dangerous and should not be approached, Whitcomb said at a news conference on Tuesday.',
			'The U.S. Marshals Service has offered a reward of up to $4,000 for information leading to the arrest of each man.'
		]);
		expect(stems.filter((s) => /\bBoth men\b|\beach man\b/.test(s))).toEqual([]);
	});

	it('writes the headline\'s census in for "The census" where the article tells of another census year', () => {
		const stems = keptOf('Census 2025: Kenya\'s population reaches 58.2 million as Nairobi grows fastest', [
			'Kenya\'s population has grown to 58.2 million people, according to the first results of Census 2025 released by the Kenya National Bureau of Statistics in Nairobi on Thursday.',
			'The figure is up from 47.6 million recorded in Census 2019, an average annual growth rate of about 3.4%.',
			'The census cost 18.5 billion shillings and employed about 165,000 enumerators, most of them young graduates.'
		]);
		expect(stems.filter((s) => /\b[Tt]he census\b/.test(s))).toEqual([]);
		expect(stems.some((s) => s.startsWith('Census 2025 cost'))).toBe(true);
	});

	it('refuses a vote or an abstention on nothing named ("did not vote") and an effect with no cause ("Worst hit were")', () => {
		const stems = keptOf('Senate passes right-to-repair Bill as rail strike cancels 400 trains', [
			'Senators voted by 41 to 30 on Tuesday to pass the second reading of the Right to Repair Bill 2026.',
			'Twelve senators did not vote and four formally abstained.',
			'A 24-hour strike by train drivers cancelled 400 services across the country on Tuesday.',
			'Worst hit were Central Station, where 96 departures were cancelled, followed by Northgate and Riverside.'
		]);
		expect(stems.filter((s) => /\bdid not vote\b|^Worst hit\b/.test(s))).toEqual([]);
	});

	it('refuses a distance from a town or site the stem never names ("_____ kilometres to the south", "about 30 kilometres away"), not one that says from where', () => {
		const stems = keptOf('Residents of Manitoba town evacuated after freight train derails', [
			'About 300 residents of Elkhorn, Manitoba, were ordered from their homes on Monday night after 19 cars of a freight train left the tracks near the town.',
			'Most evacuees spent the night with relatives or in the hall in Virden, 45 kilometres to the south.',
			'Crews built berms to stop diesel from reaching a creek that drains toward Oak Lake, about 30 kilometres away.',
			'Manitoba Hydro said 1,200 homes in Kirkella, 12 kilometres north of Elkhorn, lost power on Monday night.'
		]);
		expect(stems.filter((s) => /\bkilometres (?:to the south|away)\b/.test(s))).toEqual([]);
		expect(stems.some((s) => /\bkilometres north of Elkhorn\b/.test(s))).toBe(true);
	});
});

