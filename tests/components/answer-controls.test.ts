import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import EstimateAnswer from '$lib/components/EstimateAnswer.svelte';
import Options from '$lib/components/Options.svelte';
import TypedAnswer from '$lib/components/TypedAnswer.svelte';

describe('Options', () => {
	it('offers each option as a button named by its text and reports the shown index picked', async () => {
		const onanswer = vi.fn();
		render(Options, { options: ['Minsk', 'Sochi', 'Moscow', 'Kyiv'], shortcuts: ['1', '2', '3', '4'], onanswer });
		const buttons = screen.getAllByRole('button');
		expect(buttons.map((b) => b.textContent?.trim())).toEqual(['1 Minsk', '2 Sochi', '3 Moscow', '4 Kyiv']);
		await fireEvent.click(screen.getByRole('button', { name: 'Sochi' }));
		expect(onanswer).toHaveBeenCalledWith(1);
	});

	it('names each option’s key shortcut for assistive technology', () => {
		render(Options, { options: ['True', 'False'], shortcuts: ['T', 'F'], onanswer: () => {} });
		expect(screen.getByRole('button', { name: 'False' }).getAttribute('aria-keyshortcuts')).toBe('F');
	});
});

describe('TypedAnswer', () => {
	it('refuses an empty answer with a message while keeping focus in the box', async () => {
		const onanswer = vi.fn();
		render(TypedAnswer, { describedBy: 'stem', onanswer });
		const box = screen.getByRole('textbox', { name: 'Your answer' });
		box.focus();
		await fireEvent.input(box, { target: { value: '   ' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(onanswer).not.toHaveBeenCalled();
		expect(screen.getByText(/Type a word or name first/)).toBeTruthy();
		expect(box.getAttribute('aria-invalid')).toBe('true');
	});

	it('announces a refusal as an alert tied to the box, afresh on each Check', async () => {
		render(TypedAnswer, { describedBy: 'stem', onanswer: vi.fn() });
		const box = screen.getByRole('textbox', { name: 'Your answer' });
		box.focus();
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		const first = screen.getByRole('alert');
		expect(first.textContent).toBe('Type a word or name first, then press Enter.');
		expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(first.id);
		// The same words again are only read out when the alert is put in anew.
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(screen.getByRole('alert')).not.toBe(first);
		expect(document.activeElement).toBe(box);
	});

	it('hands over the typed answer trimmed', async () => {
		const onanswer = vi.fn();
		render(TypedAnswer, { describedBy: 'stem', onanswer });
		const box = screen.getByRole('textbox', { name: 'Your answer' }) as HTMLInputElement;
		await fireEvent.input(box, { target: { value: ' Sochi ' } });
		await fireEvent.submit(box.form!);
		expect(onanswer).toHaveBeenCalledWith('Sochi');
	});
});

describe('EstimateAnswer', () => {
	const numeric = { min: 0, max: 1000, unit: 'people' };

	it('shows the unit in the label, starts empty and asks for a number before checking', async () => {
		const onanswer = vi.fn();
		render(EstimateAnswer, { describedBy: 'stem', numeric, onanswer });
		const box = screen.getByRole('textbox', { name: 'Your estimate (people)' }) as HTMLInputElement;
		expect(box.value).toBe('');
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(onanswer).not.toHaveBeenCalled();
		expect(screen.getByText('Type a number or move the slider first.')).toBeTruthy();
	});

	it('refuses a number outside the bounds with a message naming them', async () => {
		const onanswer = vi.fn();
		render(EstimateAnswer, { describedBy: 'stem', numeric, onanswer });
		await fireEvent.input(screen.getByRole('textbox'), { target: { value: '5000' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(onanswer).not.toHaveBeenCalled();
		const alert = screen.getByRole('alert');
		expect(alert.textContent).toBe('Enter a number from 0 to 1,000.');
		expect(screen.getByRole('textbox').getAttribute('aria-describedby')).toBe(`stem ${alert.id}`);
	});

	it('gives the slider its value as the stem states it, with unit and scale', async () => {
		render(EstimateAnswer, {
			describedBy: 'stem',
			numeric: { min: 300_000_000, max: 1_300_000_000, unit: 'GBP', scale: 1_000_000 },
			onanswer: vi.fn()
		});
		const slider = screen.getByRole('slider');
		expect(slider.getAttribute('aria-valuetext')).toBe('£800 million');
		await fireEvent.input(screen.getByRole('textbox'), { target: { value: '772.6' } });
		expect(slider.getAttribute('aria-valuetext')).toBe('£772.6 million');
		await fireEvent.input(screen.getByRole('textbox'), { target: { value: '5000' } });
		expect(slider.getAttribute('aria-valuetext')).toBe('£1,300 million');
	});

	it('gives a percentage slider its value with the percent sign', async () => {
		render(EstimateAnswer, { describedBy: 'stem', numeric: { min: 0, max: 100, unit: 'percent' }, onanswer: vi.fn() });
		await fireEvent.input(screen.getByRole('slider'), { target: { value: '65' } });
		expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('65%');
	});

	it('takes the estimate in the stem’s terms and hands it over in the key’s units', async () => {
		const onanswer = vi.fn();
		render(EstimateAnswer, {
			describedBy: 'stem',
			numeric: { min: 0, max: 2_400_000_000, unit: 'GBP', scale: 1_000_000 },
			onanswer
		});
		const box = screen.getByRole('textbox', { name: 'Your estimate (£ million)' });
		await fireEvent.input(box, { target: { value: '772.6' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(onanswer).toHaveBeenCalledWith(772_600_000);
	});

	it('hands over the number set with the slider', async () => {
		const onanswer = vi.fn();
		render(EstimateAnswer, { describedBy: 'stem', numeric, onanswer });
		await fireEvent.input(screen.getByRole('slider'), { target: { value: '770' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(onanswer).toHaveBeenCalledWith(770);
	});

	it('reads a decimal comma as a decimal point, a comma before three digits as thousands', async () => {
		const onanswer = vi.fn();
		render(EstimateAnswer, { describedBy: 'stem', numeric: { min: 3, max: 4000 }, onanswer });
		const box = screen.getByRole('textbox', { name: 'Your estimate' });
		await fireEvent.input(box, { target: { value: '7,3' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(onanswer).toHaveBeenLastCalledWith(7.3);
		await fireEvent.input(box, { target: { value: '3,750' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
		expect(onanswer).toHaveBeenLastCalledWith(3750);
	});

	it('refuses text that is not one number and says how to write it', async () => {
		const onanswer = vi.fn();
		render(EstimateAnswer, { describedBy: 'stem', numeric: { min: 3, max: 40 }, onanswer });
		for (const typed of ['7.3.2', '4,5,6']) {
			await fireEvent.input(screen.getByRole('textbox'), { target: { value: typed } });
			await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
			expect(screen.getByRole('alert').textContent).toBe('Type one number, with a point or a comma before its decimals: 12.4 or 12,4.');
		}
		expect(onanswer).not.toHaveBeenCalled();
	});
});
