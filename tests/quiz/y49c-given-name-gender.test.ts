import { describe, expect, it } from 'vitest';
import { nameGender } from '../../src/lib/quiz/lexicon';
import { stemsFrom } from './report';

const TITLE = 'Oughterard pharmacy to close after 61 years';
const STORY = [
	'A community pharmacy in the Galway village of Oughterard will close in March after 61 years, its owner Caoimhe Ruane said on Thursday.',
	'She said the shop had lost money for three years as prescriptions moved online.',
	'The nearest other pharmacy is 27 kilometres away in Moycullen, and about 1,300 people live in the village.',
	'Local councillor Tomás Ó Curraoin said he would ask the health service to fund a weekly clinic.'
];

describe('y49c: a given name the lexicon lacks takes its gender from the given-name registers (R4)', () => {
	it('knows Irish, Nigerian, Polish, Turkish and Brazilian given names the lexicon does not', () => {
		expect(['Aoife', 'Caoimhe', 'Saoirse', 'Chiamaka', 'Agnieszka', 'Zeynep', 'Luíza'].map(nameGender)).toEqual(Array(7).fill('female'));
		expect(['Darragh', 'Emeka', 'Łukasz', 'Burak', 'Vinícius'].map(nameGender)).toEqual(Array(5).fill('male'));
	});

	it('gives no gender where the registers disagree or the lexicon files the name for both', () => {
		expect(nameGender('Jordan')).toBeUndefined();
		expect(nameGender('Hoang')).toBeUndefined();
	});

	it('resolves "She" to a woman with such a name and asks her sentence', () => {
		expect(stemsFrom(TITLE, STORY, 'lost money')).toContain('OK: Caoimhe Ruane said the shop had lost money for _____ years as prescriptions moved online.');
	});
});
