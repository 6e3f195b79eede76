import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { personBodies } from '../../src/lib/quiz/person-bodies';
import { onlyAsComparison } from '../../src/lib/quiz/person-options';
import { speaksOfOwnPlay } from '../../src/lib/quiz/speakers';
import { itemsOf } from './report';

const bodies = (sentences: string[]) => [...personBodies(sentences, sentences.map((t) => extractFacts(t)))];

describe('w8: people a reader rules out at once as who said a quote (R8)', () => {
	it('reads a firm its analysts work at, or a kind of firm written before it, as no person', () => {
		expect(bodies(['Analysts at the broker Fenwick Dalby said the bid was "one more data point".'])).toEqual(['Fenwick Dalby']);
		expect(bodies(['The broker Fenwick Dalby said in a note that the shares were cheap.'])).toEqual(['Fenwick Dalby']);
		expect(bodies(['Strategists at Morgan Stanley said rates would fall.'])).toEqual(['Morgan Stanley']);
		expect(bodies(['Workers from Jane Harlow’s farm joined the protest.', 'Jane Harlow said she was proud.'])).toEqual([]);
		expect(bodies(['The critic Jacques Perrin wrote that she painted light.'])).toEqual([]);
	});

	it('reads a person named only as whom someone is likened to as no player in the story', () => {
		const likened = ['Critics likened her to Otto Brandl for his patience and to Lena Vasquez for her colour, which she shrugged off.'];
		expect(onlyAsComparison(likened, 'Brandl')).toBe(true);
		expect(onlyAsComparison(likened, 'Vasquez')).toBe(true);
		expect(onlyAsComparison(['His early work was painted in the manner of Paul Klee.'], 'Klee')).toBe(true);
		expect(onlyAsComparison(['She was influenced by the Japanese printmaker Hokusai.'], 'Hokusai')).toBe(true);
		expect(onlyAsComparison(['Fans compared the winger to George Best.', 'Best said he was flattered.'], 'Best')).toBe(false);
		expect(onlyAsComparison(['The new manager, John Smith, compared the result with last season.'], 'Smith')).toBe(false);
		expect(onlyAsComparison(['Compared with last year, profits fell, and Anna Kell blamed costs.'], 'Kell')).toBe(false);
	});

	it('reads a player’s words about his own play', () => {
		expect(speaksOfOwnPlay("I don't think I'll ever score a better one")).toBe(true);
		expect(speaksOfOwnPlay('It was my first goal for the club')).toBe(true);
		expect(speaksOfOwnPlay('I just curled it and hoped')).toBe(true);
		expect(speaksOfOwnPlay('My goal is to win the league')).toBe(false);
		expect(speaksOfOwnPlay('I struck a deal with the bank')).toBe(false);
		expect(speaksOfOwnPlay('The players gave everything and I am proud of them')).toBe(false);
		expect(speaksOfOwnPlay('We will score goals next season')).toBe(false);
	});

	it('offers neither a broker nor a painter of comparisons as a speaker', () => {
		const items = itemsOf('Painter Ilse Varga, who made grey seas glow, dies at 91', [
			'Ilse Varga, the Hungarian-born painter whose grey seascapes won her a devoted following, died on Friday at her home in Brighton. She was 91.',
			'Critics likened her to Otto Brandl for his patience and to Lena Vasquez for her colour, comparisons she shrugged off.',
			'"She never once told a student what to paint," said Dr Miriam Holt, a curator at the Seaview Gallery who organised her last show in 2021.',
			'Her dealer, Peter Clune, said sales had doubled since 2015. "Collectors queued around the block," Mr Clune said.',
			'Her neighbour, Agnes Ruddock, said Varga swam in the sea every morning until she was 88. "She was fearless," Ms Ruddock said.',
			'Analysts at the auction house broker Fenwick Dalby said her prices would rise. Varga was known in Brighton as a stern but kind presence.',
			'Varga leaves a nephew, Tamas Varga, who said the family would keep the studio open.'
		]);
		const people = items.filter((i) => i.type === 'who-said' || i.type === 'mcq').flatMap((i) => i.options);
		expect(people.filter((o) => /Brandl|Vasquez|Fenwick|Dalby/.test(o))).toEqual([]);
		expect(items.filter((i) => i.type === 'mcq' && /^Who\b/.test(i.stem) && /Varga/.test(i.options[i.key]))).toEqual([]);
	});

	it('never offers managers or a chairman as who said a player’s words about his own goal', () => {
		const items = itemsOf('Dunmore Athletic 2 Eastvale 1: Pryor strike wins the cup', [
			'Dunmore Athletic won the county cup on Saturday after a 2-1 victory over Eastvale at Brook Park in front of 6,400 fans.',
			'Eastvale manager Kevin Ostrow said his side had been the better team for an hour. "We had chances and did not take them," Ostrow said.',
			'Danny Pryor, who had not scored all season, curled a shot into the top corner from 30 yards on 71 minutes.',
			'"I don\'t think I\'ll ever score a better one, and the lads will not let me forget it," Pryor said.',
			'Dunmore manager Alan Creswell said the win was for the supporters. "They deserve days like this," Creswell said.',
			'Dunmore chairman Rajiv Mistry said the club would use the prize money to fix the stand roof. "It leaks every winter," Mistry said.',
			'Striker Leon Faulk, who scored the opener, said the dressing room was "absolute chaos".'
		]);
		const wrong = items.filter((i) => i.type === 'who-said' && i.stem.includes('score a better one')).flatMap((i) => i.options.filter((_, k) => k !== i.key));
		expect(wrong.filter((o) => /Ostrow|Creswell|Mistry/.test(o))).toEqual([]);
	});
});
