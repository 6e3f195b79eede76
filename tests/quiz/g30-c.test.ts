import { describe, expect, it } from 'vitest';
import { cutName, wholeNames } from '../../src/lib/quiz/cut-names';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { kept } from './report';

// an invented storm report whose names run on before the words a rewrite picks them up by:
// "the Harbourside Arts and Exhibition Centre", "Chief Operating Officer Quang Tho", "the
// Maritime and Coastal Safety Commission", the painting "Sailors by the Harbour Wall"
const STORM_TITLE = 'Storm floods Port Ellery seafront as hundreds seek shelter';
const STORM = [
	'PORT ELLERY - Hundreds of residents spent Saturday night in emergency shelters after a storm surge flooded the seafront of Port Ellery, officials said.',
	'Evacuees were asked to register at the reception desk of the Harbourside Arts and Exhibition Centre, which had registered 640 people by midnight.',
	'Chief Operating Officer Quang Tho said the ferry company had cancelled 38 crossings since Friday. He said the company would spend about $12 million on new sea defences at its terminal.',
	'The surge was the highest recorded since 1987, according to the Maritime and Coastal Safety Commission. The commission said 212 homes had been damaged.',
	'Sailors by the Harbour Wall, which shows four fishermen mending nets beside the old pier, was moved to a dry store by the town museum on Friday.'
];
const article = parseArticleText(`${STORM_TITLE}\n\n${STORM.join('\n\n')}`);

describe('names cut short in stems (g30-c)', () => {
	it('writes a name cut at "and" or before its title whole, with its "the"', () => {
		expect(wholeNames(article, 'How many people had Exhibition Centre registered by midnight?')).toBe('How many people had the Harbourside Arts and Exhibition Centre registered by midnight?');
		expect(wholeNames(article, 'Operating Officer Quang Tho said the company would spend about _____ on new sea defences.')).toBe('Chief Operating Officer Quang Tho said the company would spend about _____ on new sea defences.');
		expect(wholeNames(article, 'The Coastal Safety Commission said _____ homes had been damaged.')).toBe('The Maritime and Coastal Safety Commission said _____ homes had been damaged.');
	});

	it('refuses a title cut after "by the", and leaves whole names and persons without their titles alone', () => {
		expect(cutName(article, 'The Harbour Wall shows four fishermen mending nets beside the old pier.')).toBe('Harbour Wall');
		expect(cutName(article, 'Quang Tho said the ferry company had cancelled _____ crossings since Friday.')).toBeUndefined();
		expect(cutName(article, 'Sailors by the Harbour Wall shows _____ fishermen mending nets beside the old pier.')).toBeUndefined();
		expect(cutName(article, 'Hundreds of residents spent Saturday night in shelters after a surge flooded the seafront of Port Ellery.')).toBeUndefined();
	});

	it('keeps no stem that writes a cut name', () => {
		const stems = kept(STORM_TITLE, STORM);
		expect(stems.length).toBeGreaterThan(0);
		for (const stem of stems) {
			expect(stem).not.toMatch(/(?<!Arts and )Exhibition Centre|(?<!Chief )Operating Officer|(?<!Maritime and )Coastal Safety Commission|(?<!Sailors by the )Harbour Wall/);
		}
	});
});
