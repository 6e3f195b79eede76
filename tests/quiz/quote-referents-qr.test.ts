import { describe, expect, it } from 'vitest';
import { leaningWord } from '../../src/lib/quiz/quote-referents';

describe('a quote whose words lean on words outside it (R4)', () => {
	it('refuses a third-person pronoun that nothing in the quote names', () => {
		expect(leaningWord('She asked the mayor a simple question, and he could not answer it')).toBe('She');
		expect(leaningWord('A few of them trusted us from the start')).toBe('them');
		expect(leaningWord('Once that happens, their whole week is different')).toBe('that');
		expect(leaningWord('I never expected to see that again')).toBe('that');
		expect(leaningWord('If this study helps shift that idea, we will be glad')).toBe('that');
		expect(leaningWord('We owe her more than we can say')).toBe('her');
		expect(leaningWord('This summer, it was the message that won')).toBe('it');
		expect(leaningWord('Nobody here will forget that night')).toBe('that');
		expect(leaningWord('I will never trust anyone in that job again')).toBe('that');
		expect(leaningWord('We would do the same again')).toBe('same');
		expect(leaningWord('He turned up at my sister’s wedding')).toBe('He');
	});

	it('refuses a quote that opens on a connective going on from an earlier one', () => {
		expect(leaningWord('But our first duty is to the pupils')).toBe('But');
		expect(leaningWord('That is why we are asking for more time')).toBe('That is why');
		expect(leaningWord('And the water kept rising through the night')).toBe('And');
		expect(leaningWord('Still, the village has come through worse')).toBe('Still,');
	});

	it('keeps a pronoun whose referent the quote itself names', () => {
		expect(leaningWord('The council promised a bridge, and it never came')).toBeUndefined();
		expect(leaningWord('My mother ran the shop for forty years and she never took a holiday')).toBeUndefined();
		expect(leaningWord('Farmers told us they had never seen the river so high')).toBeUndefined();
		expect(leaningWord('We cut fares by half, and that changed everything')).toBeUndefined();
		expect(leaningWord('The defendant was no bystander to what went on around him')).toBeUndefined();
		expect(leaningWord('When Marta joined the crew, nobody believed she would last a month')).toBeUndefined();
	});

	it('keeps a generic "it", a demonstrative before a noun the quote names, and first and second person', () => {
		expect(leaningWord('It is time to stop playing games with the ferry')).toBeUndefined();
		expect(leaningWord('It was a great day for the whole valley')).toBeUndefined();
		expect(leaningWord('It’s important that families are heard at the inquiry')).toBeUndefined();
		expect(leaningWord('This bridge has carried traffic since 1890')).toBeUndefined();
		expect(leaningWord('We have waited twenty years for this bridge')).toBeUndefined();
		expect(leaningWord('Those who lost their homes deserve answers')).toBeUndefined();
		expect(leaningWord('This year we planted more oaks than ever')).toBeUndefined();
		expect(leaningWord('I think that change is coming to the valley')).toBeUndefined();
		expect(leaningWord('I did it for my late wife and for the doctors who cared for her')).toBeUndefined();
		expect(leaningWord('You cannot run a hospital on goodwill alone')).toBeUndefined();
		expect(leaningWord('It roared like a jet engine overhead, and then it went silent')).toBeUndefined();
		expect(leaningWord('It’s all very well praising the volunteers, but someone has to fund them')).toBeUndefined();
		expect(leaningWord('No one on this board claims this is a perfect budget')).toBeUndefined();
		expect(leaningWord('This is a working harbour, not a theme park')).toBeUndefined();
		expect(leaningWord('These are fine ferries, and they are the lifeline of the islands')).toBeUndefined();
		expect(leaningWord('The pupils achieved something that, honestly, the inspectors never managed')).toBeUndefined();
	});

	it('keeps a "this" alone, which points at the matter the story is about, but not a "that"', () => {
		expect(leaningWord('This decision will cost families dearly')).toBeUndefined();
		expect(leaningWord('This is going to keep happening unless the rules change')).toBeUndefined();
		expect(leaningWord('Nobody in the valley wanted this')).toBeUndefined();
		expect(leaningWord('Nobody in the valley wanted that')).toBe('that');
		expect(leaningWord('That was never going to last the winter')).toBe('That');
		expect(leaningWord('If we keep missing those figures, the ministry will set them for us')).toBeUndefined();
		expect(leaningWord('If we keep missing that figure, the ministry will set one for us')).toBe('that');
	});

	it('keeps a "he" or "she" that can mean the story\'s own person, and no other', () => {
		const man = new Set(['male'] as const);
		const woman = new Set(['female'] as const);
		expect(leaningWord('He turned up at my sister’s wedding', man)).toBeUndefined();
		expect(leaningWord('He is sorry, above all for what it has cost his family', man)).toBeUndefined();
		expect(leaningWord('She never stopped believing that clay could hold grief', woman)).toBeUndefined();
		expect(leaningWord('She didn’t just win her own wards, she went where nobody had campaigned', woman)).toBeUndefined();
		expect(leaningWord('He turned up at my sister’s wedding', woman)).toBe('He');
		expect(leaningWord('She asked the mayor a simple question, and he could not answer it', man)).toBe('She');
		expect(leaningWord('She asked him one plain question, and he had no answer', woman)).toBe('him');
		expect(leaningWord('She asked him one plain question, and he had no answer', man)).toBe('She');
		expect(leaningWord('Some of them believed him', man)).toBe('them');
	});
});
