import { describe, expect, it } from 'vitest';
import { filler, stemsFrom } from './report';

// merging y49a: "In the Czech study, only 38% of participants reached that threshold for _____ minutes" was asked,
// though which threshold only the sentence before said
const title = 'Short bike rides after dinner lower blood pressure in older adults, study finds';
const paragraphs = [
	'Older adults who took a short bike ride after dinner had lower blood pressure the next morning, according to a study published on Monday in a cardiology journal.',
	'The benefit appeared once riders kept a pace of about 16 kilometres an hour.',
	'Volunteers who reached that threshold for 15 minutes after dinner saw their morning blood pressure fall by 6 points over 10 weeks.',
	'Volunteers who cycled gently for 20 minutes after lunch saw their morning blood pressure fall by 4 points over 10 weeks.',
	...filler
];

describe('a demonstrative before a bar set in the sentence before', () => {
	it('is refused as pointing back (R4), where the same finding without it is kept', () => {
		expect(stemsFrom(title, paragraphs, 'Volunteers who reached that threshold').filter((s) => s.startsWith('OK:'))).toEqual([]);
		expect(stemsFrom(title, paragraphs, 'Volunteers who cycled gently')).toContainEqual(expect.stringMatching(/^OK: In the study, volunteers who cycled gently/));
	});
});
