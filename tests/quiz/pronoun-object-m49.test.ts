import { describe, expect, it } from 'vitest';
import { gendersFromPronouns } from '../../src/lib/quiz/pronouns';

/** One sentence naming one person by `surname`, its mention ending after the surname's first occurrence. */
function naming(text: string, surname: string) {
	return { text, paragraph: 0, mentions: [{ surname, end: text.indexOf(surname) + surname.length }] };
}

// merging p49: "The chair, Annette Corby, described him as ..." made Corby a man, her lexicon gender was then
// taken as contradicted and left unknown, and she could no longer be a true/false who-said's false sayer
describe('an object pronoun of the person’s own verb is someone else (binding theory, Principle B)', () => {
	it('gives no gender from "described him", "thanked her for"', () => {
		expect(gendersFromPronouns([naming('The federation’s chair, Annette Corby, described him as a quiet architect of the sport.', 'Corby')]).get('Corby')).toBeUndefined();
		expect(gendersFromPronouns([naming('Coach Dariusz Wolny thanked her for ten years of service.', 'Wolny')]).get('Wolny')).toBeUndefined();
	});

	it('still reads a pronoun of a clause of its own, and a possessive of the person’s own', () => {
		expect(gendersFromPronouns([naming('Kári Sveinsson said reading the saga as a boy had shown him the sea.', 'Sveinsson')]).get('Sveinsson')).toBe('male');
		expect(gendersFromPronouns([naming('Nneka Obi sold her shares in March.', 'Obi')]).get('Obi')).toBe('female');
	});
});
