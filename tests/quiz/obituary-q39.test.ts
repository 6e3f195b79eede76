import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { obituarySubject } from '../../src/lib/quiz/obituary';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { checksOf } from './report';

const paragraphs = [
	'The Ghanaian saxophonist and bandleader Kwabena Mensah-Ofori, who has died aged 79, spent half a century carrying highlife from the dance halls of Accra to festival stages in Europe.',
	'Known to fans from Kumasi to Camden simply as Papa Sax, he recorded more than 30 albums.',
	'His breakthrough came in 1972 with Akwaaba, a single that sold a reported 100,000 copies in its first year.',
	'He was the third of six children of Daniel Mensah-Ofori, a schoolteacher and church choirmaster.',
	'In 2018, at the age of 71, Mensah-Ofori played to about 12,000 people at the Womad festival in Wiltshire.'
];

describe('q39: an obituary headline that gives its subject’s nickname', () => {
	it('files the subject under the name the lead writes, the nickname being no one else', () => {
		const article = parseArticleText(`Kwabena "Papa Sax" Mensah-Ofori obituary\n\n${paragraphs.join('\n\n')}`);
		const sentences = splitSentences(article);
		const facts = sentences.map((s) => extractFacts(s.text));
		expect(obituarySubject(article.title, sentences, facts)).toMatchObject({ surname: 'Mensah-Ofori', gender: 'male' });
	});

	it('asks of the subject by surname, though the father shares it', () => {
		const checks = checksOf('Kwabena "Papa Sax" Mensah-Ofori obituary', paragraphs, /Mensah-Ofori played to about/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks).toContain('');
	});

	it('refuses an opening "Known to ..." phrase that a cut dash aside left without its comma before the subject (R1)', () => {
		const withAside = [paragraphs[0], 'Known to fans from Kumasi to Camden simply as Papa Sax – "king of the horns", a name an Accra newspaper gave him in 1970 – he recorded more than 30 albums.', ...paragraphs.slice(2)];
		const checks = checksOf('Kwabena "Papa Sax" Mensah-Ofori obituary', withAside, /^Known to fans/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.filter((c) => c === '')).toEqual([]);
	});
});
