import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { obituarySubject } from '../../src/lib/quiz/obituary';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';

// a given name and two family names, the body calling her by the first of them; a daughter and an
// unrelated artist who bear that family name too
const WEAVER = `Itzel Carrasco Ledesma, Zapotec weaver who dyed wool with cochineal, dies at 84

Itzel Carrasco Ledesma, the weaver whose red and indigo rugs hang in museums from Madrid to Chicago, has died at her home in Teotitlán del Valle. She was 84.

Her death was announced by her daughter, Yareli Soto Carrasco, who said her mother had been ill since the spring.

Born in 1941 in Teotitlán del Valle, Carrasco learned to card wool from her grandmother. She studied for a time with the painter Aurelio Carrasco, no relation, and borrowed his habit of sketching every pattern before the loom.

At 17 she moved to Oaxaca City, where she sold rugs in the Benito Juárez market.

Carrasco returned to Teotitlán in 1975 and, with her brother, the dyer Joaquín Carrasco Ledesma, opened a cooperative for women weavers.

She won the National Folk Art Prize in 1998 and exhibited in Lima, Bogotá and Seville.

She is survived by her daughter, three sons and nine grandchildren.`;

// the headline calls him by the name he was known by; the body writes his family name with its particle, "da Rocha", and "Da Rocha" opening a sentence
const FIDDLER = `Tio Bené, fiddler who played every village feast of the Minho, dies at 90

BRAGA, Portugal — Benedito Almeida da Rocha, the fiddler known throughout the Minho as Tio Bené, has died in Braga. He was 90.

His son, Rui Almeida da Rocha, said he died on Friday at the district hospital.

Born in 1935 in Ponte de Lima, da Rocha was the third of six children of a miller and a seamstress. He left school at 11 to herd goats and taught himself the fiddle from a neighbour.

He recorded his first album in 1968, at the age of 33. He went on to record nine more and toured Brazil twice.

In 2012 a court in Porto ordered a record label to pay him about €410,000 in royalties.

Da Rocha is survived by his wife of 58 years, Ana Luísa, two sons and seven grandchildren.`;

function subjectOf(text: string) {
	const article = parseArticleText(text);
	const sentences = splitSentences(article);
	const facts = sentences.map((s) => extractFacts(s.text));
	return { subject: obituarySubject(article.title, sentences, facts), facts };
}

describe('an obituary subject known by a family name of several words (y33b)', () => {
	it('files her under the family name the body writes alone, the first of her two', () => {
		expect(subjectOf(WEAVER).subject).toEqual({ surname: 'Carrasco', full: 'Itzel Carrasco Ledesma', gender: 'female' });
	});

	it('files an unrelated namesake under his own full name, and leaves a relative after a kinship word to the family rules', () => {
		const persons = subjectOf(WEAVER).facts.flat().filter((f) => f.type === 'person');
		expect(persons.find((f) => f.text === 'Aurelio Carrasco')?.surname).toBe('Aurelio Carrasco');
		expect(persons.find((f) => f.text === 'Carrasco')?.surname).toBe('Carrasco');
	});

	it('asks her life with her own name, never the namesake\'s, and never a stem ending on "and, with her brother."', () => {
		const stems = generateQuiz(parseArticleText(WEAVER), { seed: 1 }).items.map((i) => i.stem);
		expect(stems.some((s) => /^At (?:_____|\d+) Itzel Carrasco Ledesma moved to/.test(s))).toBe(true);
		expect(stems.filter((s) => /Aurelio Carrasco(?:’s|'s)? (?:moved|returned|won|learned)/.test(s))).toEqual([]);
		expect(stems.filter((s) => /\band, with\b[^,]*\.$/.test(s))).toEqual([]);
	});

	it('takes the name the lead gives for the headline\'s "known as" name, and files "da Rocha" and "Da Rocha" as him', () => {
		const { subject, facts } = subjectOf(FIDDLER);
		expect(subject).toEqual({ surname: 'Rocha', full: 'Benedito Almeida da Rocha', gender: 'male' });
		expect(facts.flat().filter((f) => f.type === 'person' && f.surname === 'Rocha').map((f) => f.text)).toEqual(['Benedito Almeida da Rocha', 'da Rocha', 'Da Rocha']);
	});

	it('writes "Da Rocha" for a "He" that opens a stem, and asks what the body tells of him', () => {
		const stems = generateQuiz(parseArticleText(FIDDLER), { seed: 1 }).items.map((i) => i.stem);
		expect(stems.filter((s) => /^da /.test(s))).toEqual([]);
		expect(stems.filter((s) => /^(?:Da Rocha|Benedito Almeida da Rocha)\b/.test(s)).length).toBeGreaterThanOrEqual(2);
	});
});
