import { describe, expect, it } from 'vitest';
import { articleForQuiz, checkArticle } from '../../src/lib/server/article-input';
import { countWords } from '../../src/lib/limits';
import { bodyWordsRead } from '../../src/lib/quiz/parse-article';

const sentences = [
	'The Brackley tram line will run every six minutes from May, the transport board said on Thursday.',
	'Drivers at the Holloway depot agreed a new rota after talks that lasted most of the winter.',
	'A return ticket stays at £3.20, and children under twelve travel free at weekends.'
];

describe('the words of an article body as the generator reads it', () => {
	it('leaves out a byline line and page furniture among the paragraphs, as the generator does', () => {
		const body = [sentences[0], 'By Odile Ferreira', sentences[1], 'Read more: the history of the Brackley line', sentences[2], ...sentences].join('\n\n');
		const words = 2 * sentences.join(' ').split(' ').length;
		expect(bodyWordsRead(body)).toBe(words);
		// the same count the generator's own reading of the article gives
		const read = articleForQuiz({ title: 'Brackley trams to run every six minutes', paragraphs: body.split('\n\n') });
		expect(read.paragraphs.reduce((n, p) => n + countWords(p), 0)).toBe(words);
	});

	it('counts a body typed with Windows line breaks and spaces around its blank lines as one typed plainly', () => {
		expect(bodyWordsRead(sentences.join('\r\n  \r\n'))).toBe(bodyWordsRead(sentences.join('\n\n')));
	});

	it('holds a body to the 20,000-word limit by those words, so a byline line never tips it over', () => {
		const paragraph = `${sentences.join(' ')} `;
		const perParagraph = countWords(paragraph);
		const paragraphs = Array.from({ length: Math.floor(20_000 / perParagraph) }, () => paragraph.trim());
		const read = paragraphs.length * perParagraph;
		const fill = 20_000 - read;
		paragraphs.push(Array.from({ length: fill }, () => 'tram').join(' '));
		paragraphs.splice(3, 0, 'By Odile Ferreira');
		expect(bodyWordsRead(paragraphs.join('\n\n'))).toBe(20_000);
		expect(() => checkArticle({ title: 'Brackley trams to run every six minutes', paragraphs })).not.toThrow();
		paragraphs.push('Fares rise next year.');
		expect(() => checkArticle({ title: 'Brackley trams to run every six minutes', paragraphs })).toThrow(/reads 20,004 words in this article/);
	});
});
