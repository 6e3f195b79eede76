import { describe, expect, it } from 'vitest';
import { orphanedDeterminer } from '../../src/lib/quiz/cut-stems';

// a fresh user's stem "Engineers ... told the that a flood like the one in 2024 could ..." (R1): a cut took the
// determiner's noun with the clause after it
describe('a determiner whose noun a cut took', () => {
	const sentence = 'Divers from the Tromsø firm Havbunn AS told the ferry committee that the pier had sunk by about six centimetres since 2015, and that a new one could cost 40 million kroner.';

	it('is refused where the stem writes it and the sentence does not', () => {
		expect(orphanedDeterminer('Divers from the Tromsø firm Havbunn AS told the that a new one could cost _____ million kroner.', sentence)).toBe(true);
		expect(orphanedDeterminer('Divers from the Tromsø firm Havbunn AS said the pier had sunk by about _____ centimetres since the of 2015.', sentence)).toBe(true);
	});

	it('passes a sound stem, one whose object pronoun "her" is followed by "that", and a pair the sentence itself writes', () => {
		expect(orphanedDeterminer('Divers from the Tromsø firm Havbunn AS told the ferry committee that a new one could cost _____ million kroner.', sentence)).toBe(false);
		expect(orphanedDeterminer('The harbour master told her that the pier had sunk by _____ centimetres.', 'The harbour master told her on Monday that the pier had sunk by six centimetres.')).toBe(false);
		const band = 'The band The The played _____ songs at the pier festival.';
		expect(orphanedDeterminer(band, 'The band The The played 14 songs at the pier festival.')).toBe(false);
		expect(orphanedDeterminer('Pupils who passed the A-level in _____ were invited.', 'Pupils who passed the A-level in physics were invited.')).toBe(false);
		// a word ending in "a" after an accented letter is no "a" ("the Vuelta a España is" of "Thursday's stage is", a resolved race)
		expect(orphanedDeterminer("Thursday's 12th stage of the Vuelta a España is a _____km run.", "Thursday's 12th stage is a 187km run.")).toBe(false);
	});
});
