import { describe, expect, it } from 'vitest';
import { filler, stemsFrom } from './report';

// an invented study story whose main finding opens on its people and a "who" clause of what they did
const title = 'Short bike rides after dinner lower blood pressure in older adults, study finds';
const paragraphs = [
	'Older adults who took a short bike ride after dinner had lower blood pressure the next morning, according to a study published on Monday in a cardiology journal.',
	'Volunteers who cycled gently for 15 minutes after dinner saw their morning blood pressure fall by 6 points over 10 weeks.',
	'About 30% had diabetes, and none were taking insulin.',
	'The researchers said the rides were easy to fit into a working day.',
	...filler
];

describe('a study finding told of its people by what they did', () => {
	it('keeps the finding with the study written in, its "their" being the people its own clause names', () => {
		expect(stemsFrom(title, paragraphs, 'Volunteers who cycled')).toContainEqual(expect.stringMatching(/^OK: In the study, volunteers who cycled gently for (?:_____|15) minutes after dinner saw their morning blood pressure fall by/));
	});

	it('still refuses a share that says of no one which people it counts', () => {
		expect(stemsFrom(title, paragraphs, 'About 30% had diabetes').filter((s) => s.startsWith('OK:'))).toEqual([]);
	});
});
