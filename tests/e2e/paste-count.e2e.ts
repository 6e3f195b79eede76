import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const paragraphs = [
	'The regional orchestra will play its last concert in the old Corn Exchange on Saturday before the hall closes for two years of repairs to its roof.',
	'Its conductor, Mira Hale, said the players would spend the coming seasons in a school hall and a converted tram depot, and that ticket prices would not rise.',
	'The repairs are expected to cost £6.8 million, of which the city council has promised half; the rest is to be raised from a public appeal launched last month.'
];
const menu = Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">Section ${i} news and features</a></li>`).join('');
const page = `<!doctype html><html><head><title>Orchestra leaves the Corn Exchange</title></head><body><nav><ul>${menu}</ul></nav><main><article><h1>Orchestra to leave the Corn Exchange for two years</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main><footer><ul>${menu}</ul></footer></body></html>`;

// a fresh user saw a pasted page counted as 1,867 words, where the article the quiz was made from had 976
describe("the paste box's count of a pasted web page", () => {
	it('gives the words of the article the next step shows, apart from the whole page the limit counts', async () => {
		const tab = await (await browser().newContext({ baseURL })).newPage();
		tab.setDefaultTimeout(15_000);
		await tab.goto('/new', { waitUntil: 'networkidle' });
		await tab.getByLabel(/^Article text/).fill(page);
		await tab.locator('#paste-words', { hasText: 'on the pasted page' }).waitFor();
		const counted = tab.locator('#paste-article', { hasText: 'which the quiz is made from' });
		await counted.waitFor();
		const words = (await counted.textContent())?.match(/([\d,]+) words\.$/)?.[1];
		await tab.getByRole('button', { name: 'Read the article' }).click();
		await tab.getByRole('heading', { name: 'Check the article' }).waitFor();
		expect(await tab.locator('#body-words').textContent()).toBe(`${words} of at most 20,000 words`);
		await tab.close();
	});
});

// a fresh user's paste under the limit was refused: its headline, byline and date lines had been counted
describe('a paste over the limit only by its headline, byline and date lines', () => {
	it('is counted as newsquiz reads it, under the box and by the server, and taken', async () => {
		const sentence = 'The crews said the road was open to all cars. ';
		const text = `Mountain pass reopens after snow\n\nBy Halvard Steen, The Valley Post\n\nPublished 9 January 2026\n\n${sentence.repeat(2_000)}`;
		const tab = await (await browser().newContext({ baseURL })).newPage();
		tab.setDefaultTimeout(15_000);
		await tab.goto('/new', { waitUntil: 'networkidle' });
		await tab.getByLabel(/^Article text/).fill(text);
		expect(await tab.locator('#paste-words').textContent()).toBe('20,015 words pasted, every line counted');
		await expect
			.poll(() => tab.locator('#paste-article').textContent(), { timeout: 15_000 })
			.toBe('The article as newsquiz reads it, without its headline, byline and date lines, which the quiz is made from: 20,000 words.');
		await tab.getByRole('button', { name: 'Read the article' }).click();
		await tab.getByRole('heading', { name: 'Check the article' }).waitFor();
		expect(await tab.locator('#body-words').textContent()).toBe('20,000 of at most 20,000 words');
		expect(await tab.getByLabel('Byline (optional)').inputValue()).toBe('Halvard Steen, The Valley Post');
		await tab.close();
	});
});

// a fresh user saw the pasted article's word count twice when it was refused: under the box and in the refusal
describe('a refused paste', () => {
	it('shows its word count once, under the box, and the refusal says what to do', async () => {
		const tab = await (await browser().newContext({ baseURL })).newPage();
		tab.setDefaultTimeout(15_000);
		await tab.goto('/new', { waitUntil: 'networkidle' });
		await tab.getByLabel(/^Article text/).fill('The council met on Tuesday to discuss the new road through the old market square.');
		await tab.getByRole('button', { name: 'Read the article' }).click();
		const refusal = tab.getByRole('alert');
		await refusal.waitFor();
		expect(await refusal.textContent()).toBe('The article is too short; newsquiz needs at least 50 words to write questions from. Add the rest of the article.');
		// a fresh user read "39 of at most 20,000 words" and learnt it was too short only from the refusal
		expect(await tab.locator('#paste-words').textContent()).toBe('15 of at most 20,000 words: too short, newsquiz needs at least 50');
		expect((await tab.locator('main').innerText()).match(/\b15\b/g)).toHaveLength(1);
		await tab.close();
	});
});

// the article box counted a "By ..." line as words of the article, though the quiz never reads it
describe("the article box's word count", () => {
	it('counts the words the quiz is made from, not a byline line among the paragraphs', async () => {
		const story = [
			'Lantern festival returns to the riverside after three quiet years',
			'Organisers in Wexmoor expect 20,000 visitors at the lantern festival this weekend, the first since the riverside path was rebuilt.',
			'Volunteers have folded more than 4,000 paper lanterns in the old boathouse since October, organiser Petra Lindqvist said.',
			'The lanterns will be floated at dusk on Saturday from the new jetty below the mill.',
			'Food stalls open at noon on both days, and the town band plays from six.',
			'By Rowan Achebe',
			'The festival was last held in the spring of 2022, when floods closed the path after a single evening.'
		];
		const tab = await (await browser().newContext({ baseURL })).newPage();
		tab.setDefaultTimeout(15_000);
		await tab.goto('/new', { waitUntil: 'networkidle' });
		await tab.getByLabel(/^Article text/).fill(story.join('\n\n'));
		await tab.getByRole('button', { name: 'Read the article' }).click();
		await tab.getByRole('heading', { name: 'Check the article' }).waitFor();
		const body = tab.getByLabel(/^Article text: paragraphs/);
		// the byline is six lines down, past where the paste's reading looks for one: it stays in the box
		expect(await body.inputValue()).toContain('By Rowan Achebe');
		const read = story.slice(1).filter((line) => !line.startsWith('By ')).join(' ').split(/\s+/).length;
		expect(await tab.locator('#body-words').textContent()).toBe(`${read} of at most 20,000 words`);
		await body.press('End');
		await body.pressSequentially('\n\nBy Ines Moreau');
		await expect.poll(() => tab.locator('#body-words').textContent()).toBe(`${read} of at most 20,000 words`);
		await tab.close();
	});
});
