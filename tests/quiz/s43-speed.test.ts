import { describe, expect, it } from 'vitest';
import { wholeNames } from '../../src/lib/quiz/cut-names';
import { topiclessNoun } from '../../src/lib/quiz/definites';
import { tallyOfNothing } from '../../src/lib/quiz/headless';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler } from './report';

// s43 made generation faster without changing any quiz: readings kept per stem, and quick scans
// that refuse a stem before a slow pattern is tried. These tests hold what the shortcuts must not lose.

/** An article from a headline and paragraphs, padded past the word floor with `filler`. */
function article(title: string, paragraphs: string[]) {
	return parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
}

describe('names cut short, read once per stem (cut-names.ts)', () => {
	// an invented water story whose two names the stem writes only by their tails
	const water = article('Valley water board orders checks on harbour moorings', [
		'Engineers at the Kestrel Valley Water and Drainage Board found cracks in 14 moorings on Tuesday.',
		'Crews from the Northern Estuary Boat and Mooring Authority will inspect 60 boats before the weekend.'
	]);
	const stem = 'Drainage Board engineers told Mooring Authority crews that _____ boats needed checks.';

	it('writes both names whole, and the same again when the stem is read a second time', () => {
		const first = wholeNames(water, stem);
		expect(first).toContain('Kestrel Valley Water and Drainage Board');
		expect(first).toContain('Northern Estuary Boat and Mooring Authority');
		// the kept runs are read right to left; a second reading must find them in their own order still
		expect(wholeNames(water, stem)).toBe(first);
	});
});

describe('a tally of nothing still found behind its quick scan (headless.ts)', () => {
	it('finds every verb of a side tally', () => {
		for (const verb of ['won', 'wins', 'took', 'takes', 'secured', 'gained', 'retained', 'kept', 'claimed', 'picked up', 'ended with', 'finished with']) {
			expect(tallyOfNothing(`The Orchard Alliance ${verb} 12, its best result in a decade.`, false), verb).toBe(true);
		}
		for (const verb of ['fell to', 'rose to', 'dropped to', 'slipped to', 'climbed to', 'increased to', 'decreased to', 'was down to', 'were down to']) {
			expect(tallyOfNothing(`The Orchard Party ${verb} 12 from 19.`, false), verb).toBe(true);
		}
	});

	it('reads a stem with no such verb as no tally', () => {
		expect(tallyOfNothing('The Orchard Party held a rally for 12 hours in the square.', false)).toBe(false);
		expect(tallyOfNothing('The Orchard Party won 12 seats in the northern valleys.', false)).toBe(false);
	});
});

describe('a topical noun still found behind its quick scan (definites.ts)', () => {
	const quarry = article('Quarry owner told to pay for road repairs', ['The quarry on Millbrook Lane has operated since 1962, the council said.']);

	it('finds each topical noun, in any case the stem writes it', () => {
		expect(topiclessNoun(quarry, 'Inspectors counted _____ breaches over the summer.')).toBe('breaches');
		expect(topiclessNoun(quarry, 'Inspectors logged _____ outbreaks over the summer.')).toBe('outbreaks');
		expect(topiclessNoun(quarry, 'Inspectors found _____ violations over the summer.')).toBe('violations');
		expect(topiclessNoun(quarry, 'Inspectors collected _____ samples over the summer.')).toBe('samples');
		expect(topiclessNoun(quarry, 'Inspectors kept _____ specimens over the summer.')).toBe('specimens');
		expect(topiclessNoun(quarry, 'Fines rose to $_____ over the summer.')).toBe('Fines');
		expect(topiclessNoun(quarry, 'Inspectors issued _____ FINES over the summer.')).toBe('FINES');
		expect(topiclessNoun(quarry, 'The deadliest season was _____, the inspectors said.')).toBe('deadliest season');
	});

	it('finds none in a stem without one', () => {
		expect(topiclessNoun(quarry, 'The quarry on Millbrook Lane has operated since _____.')).toBeUndefined();
	});
});
