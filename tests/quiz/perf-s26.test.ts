import { describe, expect, it } from 'vitest';
import { diedInStory, namedAsAnimal, onlyAsMaker, onlyInPast } from '../../src/lib/quiz/person-options';
import { escapeRe, wordOffsets } from '../../src/lib/quiz/words';

/** The offsets the whole-word pattern that `wordOffsets` stands in for finds. */
function byPattern(text: string, word: string): number[] {
	return [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}])${escapeRe(word)}(?![\p{L}\p{M}])`, 'gu'))].map((m) => m.index!);
}

describe('session 26 speed: name readings that build no pattern per name, or only where a sentence could match', () => {
	it('wordOffsets finds a name as a whole word where the pattern does, and nowhere else', () => {
		const cases: [string, string][] = [
			['Ash said Ashgrove and Nash were near Ash.', 'Ash'],
			['Müller, Müllerová and Müller’s team', 'Müller'],
			['Lee Lee-Anne LeeLee (Lee)', 'Lee'],
			['AnnAnn Ann Ann.', 'Ann'],
			['O’Neill met O’Neill.', 'O’Neill'],
			['C.J. Brown and C.J. Brown', 'C.J. Brown'],
			['no name here', 'Ward']
		];
		for (const [text, word] of cases) expect(wordOffsets(text, word), `${word} in ${text}`).toEqual(byPattern(text, word));
		expect(wordOffsets('Ash said Ashgrove and Nash were near Ash.', 'Ash')).toEqual([0, 37]);
	});

	it('an animal is still read where the name and its animal word share a sentence, and only there', () => {
		const stud = 'Bidding opened on Monday at the sales in Newmarket.\nThe yard sold two Frankel fillies for £2.4 million.\nFrankel said nothing.';
		expect(namedAsAnimal(stud, 'Frankel')).toBe(true);
		const zoo = 'The zoo reopened on Tuesday after the storm.\nKeepers coaxed Mei Lin down with apple slices.';
		expect(namedAsAnimal(zoo, 'Mei Lin')).toBe(true);
		// the animal word and the name in two sentences name no animal
		expect(namedAsAnimal('Rosa Nautica said the sale went well.\nHer dog was waiting outside.', 'Rosa Nautica')).toBe(false);
	});

	it('death, the past and works of art are still read of the sentences that name the person', () => {
		expect(onlyInPast(['The mill opened in 2024.', 'Powell, who died in 1966, built its first loom.'], 'Powell', 2025)).toBe(true);
		expect(onlyInPast(['Powell said the mill would reopen in 2025.'], 'Powell', 2025)).toBe(false);
		expect(onlyAsMaker(['The gallery hangs four paintings by Johannes Vermeer.', 'Its director said crowds were large.'], 'Vermeer')).toBe(true);
		expect(onlyAsMaker(['The gallery hangs four paintings by Johannes Vermeer.', 'Vermeer said nothing, of course.'], 'Vermeer')).toBe(false);
		const persons = [{ text: 'Callum Rowe', surname: 'Rowe' }];
		expect([...diedInStory({}, { text: 'Callum Rowe, an apprentice electrician from Swaffham, died at the scene.', persons, organisations: new Set() })]).toEqual(['Callum Rowe', 'Rowe']);
		expect([...diedInStory({}, { text: 'Callum Rowe, an apprentice electrician from Swaffham, won the award.', persons, organisations: new Set() })]).toEqual([]);
	});
});
