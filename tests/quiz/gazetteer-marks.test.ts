import { describe, expect, it } from 'vitest';
import { peerTowns, townsWrittenAs, writtenWithMarks } from '../../src/lib/quiz/lexicon';
import { itemsOf } from './report';

/** The towns put in place of `town` in the false statements made of "Residents of TOWN ..." over ten seeds, in a story of `country`. */
function swappedIn(town: string, country: string): { swapped: string[]; kept: number } {
	const items = itemsOf(`Wildfire forces evacuations in ${country}`, [
		`A wildfire forced the evacuation of hundreds of homes in ${country} on Sunday, the fire service said.`,
		`Residents of ${town} were told by text message to leave their homes and head towards the lake.`,
		`More than 200 firefighters were sent to fight the blaze in ${country}.`
	]);
	const about = items.filter((i) => i.source.text.startsWith('Residents of'));
	return { swapped: about.map((i) => /^Residents of (.+?) were/.exec(i.stem)![1]).filter((t) => t !== town), kept: about.length };
}

describe('gazetteer towns put beside a town of the story', () => {
	// Natural Earth writes "Salgotarjan" for Salgótarján and "Vac" for Vác: beside "Hévíz", written with its marks,
	// they read as misspelt, and no list tells them from a town rightly written plain
	it('are never written in plain letters beside a key written with its marks', () => {
		const { swapped } = swappedIn('Hévíz', 'Hungary');
		for (const town of swapped) expect(writtenWithMarks(town), town).toBe(true);
	});

	it('are never written with marks beside a key in plain letters, where the lists spell too few so', () => {
		const { swapped, kept } = swappedIn('Nerja', 'Spain');
		expect(kept).toBeGreaterThan(0);
		for (const town of swapped) expect(writtenWithMarks(town), town).toBe(false);
	});

	// the lists spell four of Marbella's nearest towns with marks ("Málaga", "Cádiz", "Córdoba"): offered beside
	// the plain key they would leave it the one option in another form
	it('are never written with marks beside a key in plain letters, even where the lists spell three or more so', () => {
		const peers = peerTowns('Marbella');
		expect(peers.filter(writtenWithMarks).length).toBeGreaterThanOrEqual(3);
		const offered = townsWrittenAs(peers, 'Marbella');
		expect(offered.length).toBeGreaterThan(0);
		for (const town of offered) expect(writtenWithMarks(town), town).toBe(false);
		for (const town of townsWrittenAs(peers, 'Málaga')) expect(writtenWithMarks(town), town).toBe(true);
	});
});
