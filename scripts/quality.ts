/**
 * `npm run quality [-- <dir>]`: runs the generator over every article in a folder (default
 * ARTICLES_DIR, else ../shared/articles) and prints, per article, its words, items by type,
 * candidates rejected by each QUALITY.md check and the time taken; writes each quiz as
 * readable text to quality-out/<article>.txt for a person to judge item by item, headed by the
 * headline as a player reads it while playing (`maskedHeadline`). Each file is
 * read as /new reads an upload (`readArticleFile`, `articleForQuiz`): a byline stays out of the
 * headline, and `.html` files go through the project's HTML extraction, which also reads their
 * publication date; a manifest.json beside the articles ({ file, date }) supplies the others.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../src/lib/quiz/errors';
import { CHECKS, generateWithReport, type GenerationReport } from '../src/lib/quiz/generate';
import { maskedHeadline } from '../src/lib/quiz/masked-headline';
import { ESTIMATE } from '../src/lib/quiz/scoring';
import type { Article, Item } from '../src/lib/quiz/types';
import { ArticleInputError } from '../src/lib/server/errors';
import { articleForQuiz, readArticleFile } from '../src/lib/server/article-input';

const dir = resolve(process.argv[2] ?? process.env.ARTICLES_DIR ?? '../shared/articles');
if (!existsSync(dir)) {
	process.stderr.write(`quality: no article folder at ${dir}; pass one: npm run quality -- <dir>\n`);
	process.exit(1);
}
const outDir = 'quality-out';
mkdirSync(outDir, { recursive: true });

const dates = new Map<string, string>();
if (existsSync(join(dir, 'manifest.json'))) {
	for (const entry of JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; date: string | null }[]) {
		if (entry.date && /^\d{4}-\d{2}-\d{2}$/.test(entry.date)) dates.set(entry.file, entry.date);
	}
}

function render(item: Item, n: number): string {
	const lines = [`${n}. [${item.type} / ${item.factType} / difficulty ${item.difficulty}] ${item.id}`, `   ${item.stem}`];
	if (item.answerMode === 'estimate' && item.numeric) {
		// "_____ million hectares": the player types 3.7 in the stem's terms, so the range is shown in them too (the
		// holdout85 reader took "3.7 million" against a range of 1000000–14000000 for a doubled unit)
		const { value, unit, scale = 1, min, max } = item.numeric;
		const typed = scale !== 1 ? `, typed in the blank's terms as ${value / scale}, slider ${min / scale}–${max / scale}, × ${scale}` : `, slider ${min}–${max}`;
		lines.push(`   answer: ${item.options[item.key]} (value ${value}${unit ? ` ${unit}` : ''}${typed})`);
		// the slider's extent is no accepted band (holdout142's readers graded it as one): say how a guess is scored
		lines.push(`   scored by closeness: full points within ${ESTIMATE.fullWithin * 100}% of ${value / scale}, none from ${ESTIMATE.noneFrom * 100}% off`);
	} else if (item.answerMode === 'typed') {
		lines.push(`   typed answer: ${item.options[item.key]} (accepted: ${(item.accepted ?? []).join(' / ')})`);
	} else {
		item.options.forEach((o, i) => lines.push(`   ${i === item.key ? '*' : ' '} ${String.fromCharCode(65 + i)}. ${o}`));
	}
	if (item.type === 'which-first') lines.push(`   (note for reviewers, not shown to players: each option's date is the key's, marked in its source sentence)`);
	const s = item.source;
	const marked = (text: string, span: { start: number; end: number }) => `${text.slice(0, span.start)}[[${text.slice(span.start, span.end)}]]${text.slice(span.end)}`;
	const speaker = s.speaker && `   speaker named in (sentence ${s.speaker.sentence}): ${marked(s.speaker.text, s.speaker.span)}`;
	if (speaker && s.speaker!.sentence < s.sentence) lines.push(speaker);
	lines.push(`   source (sentence ${s.sentence}, paragraph ${s.paragraph}): ${marked(s.text, s.keySpan)}`);
	if (speaker && s.speaker!.sentence > s.sentence) lines.push(speaker);
	return lines.join('\n');
}

/**
 * Every sentence of the quiz that no item asks, with its typed facts, the candidates written from
 * it and the check each failed, or that none was written, or that one passed and was not
 * picked: where the yield is lost.
 */
function unasked(report: GenerationReport): string[] {
	const asked = new Set(report.quiz.items.map((i) => i.source.sentence));
	return report.quiz.sentences
		.filter((s) => !asked.has(s.index))
		.map((s) => {
			const tried = report.rejections.filter((r) => r.sentence === s.index).map((r) => `   ${r.check} ${r.type}: ${r.stem}`);
			const facts = report.facts[s.index].map((f) => `${f.type} "${f.text}"`).join(', ');
			const fate = report.passedIn.includes(s.index) ? '   (a candidate passed, not picked)' : tried.length ? '' : '   (no candidate written)';
			return [`[${s.index}] ${s.text}`, `   facts: ${facts || 'none'}`, ...tried, ...(fate ? [fate] : [])].join('\n');
		});
}

const header = ['article', 'words', 'items', 'mcq', 'tf', 'cloze', 'num', 'who', 'first', ...CHECKS.map((c) => `x${c}`), 'ms'];
process.stdout.write(`${header.join('\t')}\n`);
const totals = { items: 0, words: 0, ms: 0 };
for (const file of readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort()) {
	let article: Article;
	try {
		// read as /new reads an upload (a byline under the headline, a dateline, a web page's text), so the report
		// judges the quiz a user would get: the parser alone took "By ..." into the headline
		article = articleForQuiz(readArticleFile(readFileSync(join(dir, file))));
	} catch (e) {
		if (e instanceof InputError || e instanceof ArticleInputError) {
			process.stdout.write(`${file}\trefused (${e.code}): ${e.message}\n`);
			continue;
		}
		throw e;
	}
	const published = dates.get(file) ?? article.published;
	if (published) article = { ...article, published };
	const started = performance.now();
	const report = generateWithReport(article, { seed: 1 });
	const ms = performance.now() - started;
	const words = article.paragraphs.join(' ').split(/\s+/).length;
	const byType = (t: string) => report.quiz.items.filter((i) => i.type === t).length;
	const row = [
		file.replace(/\.(txt|html)$/, ''),
		words,
		report.quiz.items.length,
		byType('mcq'),
		byType('true-false'),
		byType('cloze'),
		byType('numeric'),
		byType('who-said'),
		byType('which-first'),
		...CHECKS.map((c) => report.rejected[c]),
		ms.toFixed(0)
	];
	process.stdout.write(`${row.join('\t')}\n`);
	totals.items += report.quiz.items.length;
	totals.words += words;
	totals.ms += ms;
	// the player reads the headline with the keys it prints blanked until the last answer (play, class game,
	// homework): a reader of this file judging "the key is in the title" judges what no player sees
	const masked = maskedHeadline(report.quiz);
	const text = [
		masked === article.title ? `# ${article.title}` : `# ${masked}\n(the headline as players read it until the last answer; then: ${article.title})`,
		`${words} words; ${report.candidates} candidates, ${report.passed} passed every check, ${report.quiz.items.length} items; rejected: ${CHECKS.map((c) => `${c} ${report.rejected[c]}`).join(', ')}`,
		'',
		...report.quiz.items.map((item, i) => render(item, i + 1)),
		'## Rejected candidates, by the sentences that gave no item',
		unasked(report).join('\n\n')
	].join('\n\n');
	writeFileSync(join(outDir, file.replace(/\.(txt|html)$/, '.txt')), `${text}\n`);
}
process.stdout.write(`total: ${totals.items} items from ${totals.words} words in ${totals.ms.toFixed(0)} ms; quizzes written to ${outDir}/\n`);
