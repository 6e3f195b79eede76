import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { headlinePhrase } from '../../src/lib/quiz/in-view';

describe('a club named with its city is no person', () => {
	it('types "Wisla Krakow" as an organisation, and no club as a person', () => {
		const facts = extractFacts('The draw leaves Rovers third, two points behind leaders Wisla Krakow, who beat Pogon Szczecin 2-0 on Sunday.');
		expect(facts.filter((f) => f.type === 'person')).toEqual([]);
		expect(facts.filter((f) => f.type === 'organisation').map((f) => f.text)).toContain('Wisla Krakow');
	});

	it('reads a city written with its own letters ("Białystok") as the gazetteer’s plain spelling', () => {
		const facts = extractFacts('Rovers are one point behind leaders Jagiellonia Białystok, who drew 1-1 at home.');
		expect(facts.filter((f) => f.type === 'person')).toEqual([]);
	});

	it('keeps a person whose surname is also a city when the first name is a first name', () => {
		const facts = extractFacts('Andy Preston and Kevin Lincoln scored in the second half.');
		expect(facts.filter((f) => f.type === 'person').map((f) => f.text)).toEqual(['Andy Preston', 'Kevin Lincoln']);
	});
});

describe('headlinePhrase: a headline win over a side named after its description', () => {
	it('runs "win over ten-man" on to the name it describes', () => {
		expect(headlinePhrase('Late double earns Rovers 2-1 win over ten-man Wisla', 'The result leaves Rovers third on _____ points.')).toBe('win over ten-man Wisla');
	});

	it('still stops a lower-case complement at its own end', () => {
		expect(headlinePhrase('Mayor unveils overhaul of bus fares', 'The changes will lift fares by _____%.')).toBe('overhaul of bus fares');
	});
});
