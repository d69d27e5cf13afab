/**
 * Keeps the address bar and the explorer's view in step: the view's part of the query string
 * (see view-url.ts), leaving the host page's own parameters (an embed's theme) as they are.
 * Typing replaces the history entry once it pauses; every other change adds one; an embed
 * always replaces, since its entries would fill the history of the page around it.
 */
import { untrack } from 'svelte';
import { viewFromParams, viewToParams, type View } from './view-url';

/** A navigation per keystroke costs the typist a frame or more: the address follows a pause. */
export const URL_AFTER_TYPING_MS = 350;

export interface AddressOptions {
	/** URL parameters that belong to the page around the explorer; kept as they are. */
	hostParams: readonly string[];
	/** Every change replaces the history entry (the embed). */
	replaceAlways: boolean;
	/** The address now. */
	currentUrl: () => URL;
	/** Goes to `href` (`?query` or a path), keeping focus and scroll; resolves once it has arrived. */
	navigate: (href: string, replace: boolean) => Promise<unknown>;
	/** Shows the view an address holds (back, forward, a link): the page's, which owns the view. */
	applyView: (view: View) => void;
}

/** The views differ at most in the text of the query being typed. */
function sameExceptQuery(a: View, b: View): boolean {
	return (
		a.article === b.article &&
		a.version === b.version &&
		a.codes === b.codes &&
		a.corpus?.fingerprint === b.corpus?.fingerprint &&
		a.from === b.from &&
		a.to === b.to &&
		a.share === b.share &&
		a.countries.join() === b.countries.join() &&
		a.filed.join('\n') === b.filed.join('\n') &&
		a.bylines.join('\n') === b.bylines.join('\n') &&
		a.agencies.join('\n') === b.agencies.join('\n') &&
		a.tab === b.tab &&
		a.queries.length === b.queries.length &&
		a.queries.every((q, i) => i === a.tab || q === b.queries[i])
	);
}

export class AddressSync {
	/** The view part of the address our own latest navigation asked for, until it arrives. */
	private requested: string | null = null;
	private lastView: View | null = null;
	private timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private ex: { readonly view: View },
		private options: AddressOptions
	) {}

	/** The URL's query string without the host's parameters: the part that is the view. */
	viewQuery(url: URL): string {
		const params = new URLSearchParams(url.searchParams);
		for (const name of this.options.hostParams) params.delete(name);
		return params.toString();
	}

	/**
	 * URL → view: on first load, on back/forward, and as our own navigations arrive. Our own
	 * navigation arriving after the view has moved on (a search cleared while the address was
	 * catching up with the typing) must not bring the old view back: the address catches up.
	 */
	addressChanged(url: URL): void {
		const qs = this.viewQuery(url);
		const shown = viewToParams(this.ex.view).toString();
		if (qs === this.requested) {
			this.requested = null;
			if (qs !== shown) this.show(shown, true);
			return;
		}
		if (qs !== shown) this.options.applyView(viewFromParams(url.searchParams));
	}

	/** View → URL. A newer view replaces an address still waiting for the typing to pause, even one already shown. */
	viewChanged(view: View): void {
		const onlyQuery = this.lastView !== null && sameExceptQuery(this.lastView, view);
		this.lastView = view;
		clearTimeout(this.timer);
		const wanted = viewToParams(view).toString();
		if (wanted === this.viewQuery(this.options.currentUrl())) return;
		const go = () => this.show(wanted, this.options.replaceAlways || onlyQuery);
		if (onlyQuery) this.timer = setTimeout(go, URL_AFTER_TYPING_MS);
		else go();
	}

	/** Puts the view's query string `wanted` in the address bar, with the host's own parameters. */
	private show(wanted: string, replace: boolean): void {
		const url = this.options.currentUrl();
		const params = new URLSearchParams(wanted);
		for (const name of this.options.hostParams) for (const value of url.searchParams.getAll(name)) params.append(name, value);
		const qs = params.toString();
		this.requested = wanted;
		// A navigation overtaken by the next one fails: the address follows the newer.
		this.options
			.navigate(qs ? `?${qs}` : url.pathname, replace)
			.catch(() => {})
			.finally(() => {
				if (this.requested === wanted) this.requested = null;
			});
	}

	destroy(): void {
		clearTimeout(this.timer);
	}
}

/**
 * An AddressSync run by the calling component's effects (call it while the component is set
 * up). The address is read tracked and the view untracked, and the other way round, so
 * neither direction runs as an echo of the other.
 */
export function syncAddress(ex: { readonly view: View }, options: AddressOptions): AddressSync {
	const sync = new AddressSync(ex, options);
	$effect(() => {
		const url = options.currentUrl();
		untrack(() => sync.addressChanged(url));
	});
	$effect(() => {
		const view = $state.snapshot(ex.view) as View;
		untrack(() => sync.viewChanged(view));
	});
	$effect(() => () => sync.destroy());
	return sync;
}
