import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { answerByKeyboard, keyText, maskedTitle, seedPath, seedQuiz, verdict } from './play';

const baseURL = inject('baseURL');
const browser = useBrowser();
/** The seed headline as shown before the quiz is over: it prints the key of an item ("... in Russia for talks ..."). */
const masked = maskedTitle(seedQuiz);
/** The key the seed headline prints, which no screen before the last answer may show. */
const printedKey = 'Russia';

describe('the seed quiz, played by keyboard', () => {
	it('lists the seed quiz on the home page by its headline with the printed key blanked, linking to its play page', async () => {
		expect(seedQuiz.title).toContain(` ${printedKey} `);
		const page = await browser().newPage();
		await page.goto(baseURL, { waitUntil: 'networkidle' });
		// exact: the card's "Play without a timer" link names the quiz too, for screen readers
		const link = page.getByRole('link', { name: masked.text, exact: true });
		expect(await link.getAttribute('href')).toBe(`/play/${seedQuiz.id}`);
		expect(await page.locator('body').innerText()).not.toContain(printedKey);
		await page.close();
	});

	// the headline often states the fact an item asks, so it is not on screen while one is open (h40),
	// and before the last answer the keys it prints are blanked (u50c: "... in _____ for talks ...")
	it('shows the headline blanked on the start screen and after an answer, never while an item is open', async () => {
		const page = await browser().newPage();
		await page.goto(baseURL + seedPath('relaxed'), { waitUntil: 'networkidle' });
		const h1 = page.getByRole('heading', { level: 1 });
		expect(await h1.textContent()).toBe(masked.text);
		expect(await page.title()).toBe(`${masked.tab} · newsquiz`);
		expect(await page.locator('body').innerText()).not.toContain(printedKey);
		expect(await page.title()).not.toContain(printedKey);
		await page.getByRole('button', { name: /Start/ }).waitFor();
		await page.keyboard.press('Enter');
		await page.getByText(`Question 1 of ${seedQuiz.items.length}`).waitFor();
		expect(await h1.count()).toBe(1);
		expect(await h1.textContent()).toMatch(new RegExp(`^Question 1 of ${seedQuiz.items.length}\\b`));
		expect(await page.title()).toBe(`Question 1 of ${seedQuiz.items.length} · newsquiz`);
		expect(await page.getByText(masked.text).count()).toBe(0);
		await answerByKeyboard(page, seedQuiz.items[0], true);
		await page.locator('#verdict').waitFor();
		expect(await h1.textContent()).toBe(masked.text);
		expect(await page.title()).toBe(`${masked.tab} · newsquiz`);
		await page.close();
	});

	it('counts exactly the right answers and explains every item with its source sentence', async () => {
		const page = await browser().newPage();
		await page.goto(baseURL + seedPath('relaxed'), { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: /Start/ }).waitFor();
		await page.keyboard.press('Enter');

		// Right on even positions, wrong on odd ones: 5 right of 9.
		const plan = seedQuiz.items.map((_, index) => index % 2 === 0);
		for (const [index, item] of seedQuiz.items.entries()) {
			await page.getByText(`Question ${index + 1} of ${seedQuiz.items.length}`).waitFor();
			await answerByKeyboard(page, item, plan[index]);
			await page.locator('#verdict').waitFor();
			expect(await verdict(page)).toMatch(plan[index] ? /^✓ Right/ : /^(✗ Wrong|≈ Close)/);
			expect(await page.getByRole('status').textContent()).toMatch(plan[index] ? /^Right\./ : /^(Wrong|Close)\./);
			expect(await page.locator('.feedback blockquote').textContent()).toContain(item.source.text);
			const { start, end } = item.source.keySpan;
			expect(await page.locator('.feedback blockquote mark').textContent()).toBe(item.source.text.slice(start, end));
			// the whole headline once the last item is answered, and not before
			const last = index === seedQuiz.items.length - 1;
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(last ? seedQuiz.title : masked.text);
			await page.keyboard.press('Enter');
		}

		await page.getByRole('heading', { name: 'Results' }).waitFor();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(seedQuiz.title);
		expect(await page.title()).toBe(`${seedQuiz.title} · newsquiz`);
		const right = plan.filter(Boolean).length;
		expect(await page.getByTestId('right-count').textContent()).toBe(`${right} of ${seedQuiz.items.length}`);
		const reviews = page.getByRole('article');
		expect(await reviews.count()).toBe(seedQuiz.items.length);
		for (const [index, item] of seedQuiz.items.entries()) {
			const review = reviews.nth(index);
			expect(await review.locator('blockquote').textContent()).toContain(item.source.text);
			expect(await review.locator('.verdict').textContent()).toMatch(plan[index] ? /Right/ : /Wrong|Close/);
			if (!plan[index]) {
				expect(await review.getByText('Right answer').locator('xpath=following-sibling::dd').textContent()).toBe(
					keyText(item)
				);
			}
		}
		// The article marks each sentence asked once; a sentence counts right when all its items were.
		const sentences = new Map<number, boolean>();
		seedQuiz.items.forEach((item, index) =>
			sentences.set(item.source.sentence, (sentences.get(item.source.sentence) ?? true) && plan[index])
		);
		expect(await page.locator('.article mark').count()).toBe(sentences.size);
		expect(await page.locator('.article mark.right').count()).toBe([...sentences.values()].filter(Boolean).length);
		await page.close();
	});

	it('answers an unknown quiz with a 404 page that leads home', async () => {
		const page = await browser().newPage();
		const response = await page.goto(`${baseURL}/play/no-such-quiz`);
		expect(response?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Not found');
		expect(await page.getByRole('link', { name: 'Go to the quizzes' }).getAttribute('href')).toBe('/');
		await page.close();
	});
});
