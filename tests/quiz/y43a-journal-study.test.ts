import { describe, expect, it } from 'vitest';
import { stemsMatching } from './report';

const TITLE = 'Afternoon naps linked to sharper memory in older adults, study finds';
const LEAD = 'Older adults who napped for up to 40 minutes after lunch scored better on memory tests than those who never napped, according to a large study published on Friday in the journal Sleep Medicine.';
const BODY = [
	'The study followed 24,600 adults aged 60 to 85 in Portugal and Chile for an average of six years.',
	'Participants who napped for longer than an hour did no better than those who never napped, the authors said.',
	'The work was funded by the Lisbon Brain Foundation with a grant of about 3.2 million euros.',
	'The authors said they now planned a trial in which some participants would be asked to nap.'
];

describe('y43a: a bare "the study" is the one study a journal published (R4)', () => {
	it('"The study followed" is written with the lead’s journal and kept', () => {
		const stems = stemsMatching(TITLE, [LEAD, ...BODY], /adults aged 60 to 85/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^The (?:large )?Sleep Medicine study followed/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('a journal the paragraph after the lead gives names the study too, and its aside reads as the modifier', () => {
		const lead = 'Older adults who napped for up to 40 minutes after lunch scored better on memory tests than those who never napped, according to a large study published on Friday.';
		const second = 'The study, published in the journal Sleep Medicine, followed 24,600 adults aged 60 to 85 in Portugal and Chile for an average of six years.';
		const stems = stemsMatching(TITLE, [lead, 'Researchers at the University of Braga led the work.', second, ...BODY.slice(1)], /adults aged 60 to 85/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^The (?:large )?Sleep Medicine study followed/.test(w.stem))).toBe(true);
	});

	it('"published in December" names no journal', () => {
		const lead = 'Older adults who napped for up to 40 minutes after lunch scored better on memory tests than those who never napped, according to a large study published in December.';
		const stems = stemsMatching(TITLE, [lead, ...BODY], /adults aged 60 to 85/);
		expect(stems.filter((w) => /December study/.test(w.stem))).toEqual([]);
	});

	it('stays unnamed where the article tells of another study, which it may mean', () => {
		const stems = stemsMatching(TITLE, [LEAD, 'A separate study in Japan found no such link.', ...BODY], /adults aged 60 to 85/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /Sleep Medicine study/.test(w.stem))).toEqual([]);
	});
});
