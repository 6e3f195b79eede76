import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { stemsFrom } from './report';

const PT_TITLE = 'Santos dockworkers strike over pay';
const PT = [
	'Dockworkers at the port of Santos began a 48-hour strike on Monday over pay, halting the loading of 22 ships.',
	'The strike was called by the union leader João Pereira da Silva, who said wages had lost 18% of their value since 2020.',
	'Mr Silva said the port authority had refused to meet the union for six months.',
	'He added that 3,400 workers had joined the stoppage.',
	'The port handles about a quarter of Brazil’s foreign trade.'
];

const ES_TITLE = 'Aragón backs €38 million plan to reopen Canfranc line';
const ES = [
	'The regional government of Aragón approved a €38 million plan on Tuesday to reopen the Canfranc railway line to France by 2029.',
	'The plan was presented by the transport minister, Lucía Ibáñez Ferrer, who said trains would run four times a day.',
	'Ms Ibáñez said the French side had agreed to pay for 40% of the track works.',
	'She added that the works would create 120 jobs in the town of Jaca.',
	'Farmers in the valley have campaigned for the line since it closed in 1970.'
];

describe('y49c: a double family name is one person with its short form (R4, R8)', () => {
	it('reads "João Pereira da Silva" whole, its particle and second family name kept', () => {
		const people = extractFacts(PT[1]).filter((f) => f.type === 'person').map((f) => [f.text, f.surname]);
		expect(people).toContainEqual(['João Pereira da Silva', 'da Silva']);
	});

	it('ties a later "Mr Silva" to João Pereira da Silva, so "He" after it is written as his full name', () => {
		const stems = stemsFrom(PT_TITLE, PT, 'joined the stoppage');
		expect(stems).toContain('OK: João Pereira da Silva added that _____ workers had joined the stoppage.');
		expect(stems.filter((s) => /\bSilva added\b/.test(s) && !s.includes('da Silva'))).toEqual([]);
	});

	it('ties a later "Ms Ibáñez" to Lucía Ibáñez Ferrer, so "She" after it is written as her full name', () => {
		const stems = stemsFrom(ES_TITLE, ES, 'create 120 jobs');
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.includes('Lucía Ibáñez Ferrer added'))).toBe(true);
	});
});
