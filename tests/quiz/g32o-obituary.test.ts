import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { obituarySubject } from '../../src/lib/quiz/obituary';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';

// an obituary whose subject has a first name and a family name of two words that no lexicon knows
const WEAVER = `Yoltzin Cuauhtli Ferrandiz, weaver who revived Mixtec backstrap looms, dies at 91

TLAXIACO, Mexico — Yoltzin Cuauhtli Ferrandiz, a weaver who spent eight decades at the backstrap loom and taught the craft to hundreds of girls in the Mixteca highlands, has died. She was 91.

Her death, at her home in Chalcatongo, about 40 kilometres west of the town of Tlaxiaco, was announced on Monday by the regional crafts council.

Born in 1933 into a family of farmers, Cuauhtli Ferrandiz learned to weave from an aunt, spinning cotton grown behind her parents' house.

She became known for huipiles woven with the feathered serpent, some taking more than a year to finish. She received the National Folk Art Award in 2004 and exhibited her work in Lima, Seville and Toronto.

She is survived by three sons, 14 grandchildren and six great-grandchildren.`;

// a publisher the fact reader files as a person of unknown gender, a life story opening on "Born in ...,
// the daughter of ...", and a husband whose name ends on a letter outside ASCII
const POET = `Ingunn Hallvarðsdóttir, Faroese poet of the northern sounds, dies at 90

Ingunn Hallvarðsdóttir, the Faroese poet whose plain verses about weather and boats were read aloud in every school on the islands, has died in Tórshavn. She was 90.

Her publisher, Forlag Ljósberin, said she died on Sunday at the national hospital after a brief illness. She is survived by three sons and eleven grandchildren.

Born in 1935 in the village of Gjógv, the daughter of a fisherman and a midwife, Hallvarðsdóttir began writing at 15 in the margins of her school books, often on the boat to the mainland. She was discovered in 1956 by the editor Jákup Poulsen Heinesen at a reading in Tórshavn.

Hallvarðsdóttir married the sculptor Tróndur Graça in 1961. Together they built a house above the harbour at Gjógv, where she wrote every morning for sixty years.

She published 14 collections of poems and won the Nordic Council Literature Prize in 1988 for "Salt in the Wind".`;

function subjectOf(text: string) {
	const article = parseArticleText(text);
	const sentences = splitSentences(article);
	const facts = sentences.map((s) => extractFacts(s.text));
	return { subject: obituarySubject(article.title, sentences, facts), facts };
}

describe('the subject of an obituary (g32o)', () => {
	it('files a subject the fact reader does not know as a person, under the short form the body uses, with the gender of the pronoun after the lead', () => {
		const { subject, facts } = subjectOf(WEAVER);
		expect(subject).toEqual({ surname: 'Cuauhtli Ferrandiz', full: 'Yoltzin Cuauhtli Ferrandiz', gender: 'female' });
		expect(facts.flat().filter((f) => f.type === 'person').map((f) => f.text)).toEqual(['Yoltzin Cuauhtli Ferrandiz', 'Cuauhtli Ferrandiz']);
	});

	it('asks the facts of her life with her name in the stem, not "she" or "her"', () => {
		const quiz = generateQuiz(parseArticleText(WEAVER), { seed: 1 });
		const stems = quiz.items.map((i) => i.stem);
		expect(stems.some((s) => s.startsWith('Yoltzin Cuauhtli Ferrandiz received the National Folk Art Award in'))).toBe(true);
		expect(stems.some((s) => s.startsWith('Yoltzin Cuauhtli Ferrandiz’s death') || s.startsWith("Yoltzin Cuauhtli Ferrandiz's death"))).toBe(true);
		expect(stems.some((s) => /^Yoltzin Cuauhtli Ferrandiz is survived by/.test(s))).toBe(true);
		expect(stems.filter((s) => /^(?:She|Her) /.test(s))).toEqual([]);
	});

	it('gives the gender of a subject filed already whose first name the lexicon lacks, so her "she" is resolved', () => {
		const text = `Ludomíra Hrdličková, glass engraver of Nový Bor, dies aged 88

Ludomíra Hrdličková, the engraver whose goblets stood in embassies from Oslo to Canberra, has died in Liberec at the age of 88.

Her family said she died at home on Friday evening after a long illness.

Born in 1937 in the village of Polevsko, Hrdličková trained at the glassmaking school in Kamenický Šenov and worked for a state glassworks for many years.

In 1971 she opened her own workshop in Nový Bor, with two apprentices and a single cutting wheel.`;
		expect(generateQuiz(parseArticleText(text), { seed: 1 }).items.some((i) => /^(?:In (?:_____|1971) )?Ludomíra Hrdličková opened her own workshop/.test(i.stem))).toBe(true);
	});

	it('files no one where the headline tells of no death', () => {
		expect(subjectOf(WEAVER.replace('dies at 91', 'honoured at 91')).subject).toBeUndefined();
	});

	it('takes no gender from a pronoun after a sentence that names another person first', () => {
		const text = WEAVER.replace('Her death, at her home', 'Tomasa Ruiz, a neighbour, said the death came at her home').replace(' She was 91.', '');
		expect(subjectOf(text).subject).toBeUndefined();
	});

	it('asks "She is survived by" of the one who died, though a publisher of unknown gender is named before', () => {
		const stems = generateQuiz(parseArticleText(POET), { seed: 1 }).items.map((i) => i.stem);
		expect(stems.some((s) => s.startsWith('Ingunn Hallvarðsdóttir is survived by'))).toBe(true);
	});

	it('gives "She" after a sentence opening "Born in ..., the daughter of ..., Hallvarðsdóttir" to Hallvarðsdóttir', () => {
		const stems = generateQuiz(parseArticleText(POET), { seed: 1 }).items.map((i) => i.stem);
		expect(stems.some((s) => s.startsWith('Ingunn Hallvarðsdóttir was discovered in'))).toBe(true);
		expect(stems.filter((s) => /^(?:She|Her) /.test(s))).toEqual([]);
	});

	it('asks the year of a marriage to a man whose name ends on a non-ASCII letter ("Graça in 1961" is no "a 1961")', () => {
		const items = generateQuiz(parseArticleText(POET), { seed: 1 }).items;
		expect(items.some((i) => i.stem.startsWith('Hallvarðsdóttir married the sculptor Tróndur Graça in') && i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end) === '1961')).toBe(true);
	});

	it('writes the subject by the headline\'s whole name where the fact reader kept its end only', () => {
		const text = POET.replaceAll("Ingunn Hallvarðsdóttir", "Ana do Mar Hallvarðsdóttir");
		const stems = generateQuiz(parseArticleText(text), { seed: 1 }).items.map((i) => i.stem);
		expect(stems.some((s) => s.startsWith('Ana do Mar Hallvarðsdóttir '))).toBe(true);
	});
});

// a Guardian obituary: the headline is the name and "obituary", and the lead says the death in a relative clause
const PRINTER = `Wiremu Tautahi-Brennan obituary

The New Zealand printer and typographer Wiremu Tautahi-Brennan, who has died aged 86, spent half a century setting books by hand in a converted woolshed near Masterton.

He learned the trade at 15 as an apprentice on a Wellington daily paper, sweeping floors and melting down used type.

In 1968 he bought a Columbian hand press for 40 pounds from a closing print shop in Napier and moved it north on the back of a farm truck.

Over the next 50 years the Woolshed Press issued 212 titles, most of them poetry, in editions of no more than 300 copies.

He is survived by his partner, the bookbinder Ana Kereama, and by three daughters.`;

describe('the subject of an obituary headed "X obituary" (y37b)', () => {
	it('files the subject a headline of a name and "obituary" names, with the gender of the pronoun after the lead', () => {
		expect(subjectOf(PRINTER).subject).toEqual({ surname: 'Tautahi-Brennan', full: 'Wiremu Tautahi-Brennan', gender: 'male' });
		expect(subjectOf(PRINTER.replace('Wiremu Tautahi-Brennan obituary', 'Obituary: Wiremu Tautahi-Brennan')).subject?.full).toBe('Wiremu Tautahi-Brennan');
	});

	it('asks the facts of his life with his name in the stem, not "He"', () => {
		const stems = generateQuiz(parseArticleText(PRINTER), { seed: 1 }).items.map((i) => i.stem);
		expect(stems.some((s) => /^(?:In (?:_____|1968) )?Wiremu Tautahi-Brennan bought a Columbian hand press/.test(s))).toBe(true);
		expect(stems.filter((s) => /^(?:He|His) /.test(s))).toEqual([]);
	});

	it('files no one where the headline is a name and a word other than "obituary"', () => {
		expect(subjectOf(PRINTER.replace('Wiremu Tautahi-Brennan obituary', 'Wiremu Tautahi-Brennan interview')).subject).toBeUndefined();
	});
});

// an obituary whose subject's father shares his surname and whose closing line gives his middle name: the
// surname alone is then one two full names share, which the fact reader types for no one
const CARVER = `Tobenna Ezeh obituary

The Nigerian sculptor Tobenna Ezeh, who has died aged 77, carved the great wooden doors of the national theatre in Lagos and taught a generation of carvers at his workshop in Awka.

His first commission, a set of benches for a Methodist church in Onitsha, took him 14 months to finish.

Born in Awka, Tobenna was the eldest of five children of Samuel Ezeh, a drummer at the royal court, and his wife, Ama.

Critics in Lagos accused Ezeh of flattering the powerful. He was apprenticed for five years to a coffin maker in Nnewi.

He opened his own workshop in 1971 and employed 12 carvers at its height.

Ezeh was a reluctant public figure who rarely gave interviews after the age of 60.

He is survived by his wife, Efua, and by four daughters.

Tobenna Samuel Ezeh, sculptor, born 2 March 1948; died 9 January 2026`;

describe('the bare surname of an obituary’s subject whom the fact reader knows (y38a)', () => {
	it('files each bare mention of the surname as the subject, though his father’s full name shares it', () => {
		const { subject, facts } = subjectOf(CARVER);
		expect(subject).toEqual({ surname: 'Ezeh', full: 'Tobenna Ezeh', gender: 'male' });
		expect(facts.flat().filter((f) => f.type === 'person' && f.text === 'Ezeh').map((f) => f.surname)).toEqual(['Ezeh', 'Ezeh']);
	});

	it('asks the facts of his "He" and "His" sentences with his name in the stem', () => {
		const stems = generateQuiz(parseArticleText(CARVER), { seed: 1 }).items.map((i) => i.stem);
		expect(stems).toContain("Tobenna Ezeh's first commission, a set of benches for a Methodist church in Onitsha, took him _____ months to finish.");
		expect(stems.some((s) => s.startsWith('Tobenna Ezeh opened his own workshop in 1971'))).toBe(true);
		expect(stems.filter((s) => /^(?:He|His) /.test(s))).toEqual([]);
	});
});
