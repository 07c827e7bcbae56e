/**
 * Focus after a change of content that is not a change of route (the router already moves
 * focus to the new page's <h1>): a new challenge, the next rules screen, a page whose content
 * arrived after loading.
 */
export function focusHeading(): void {
  const heading = document.querySelector<HTMLElement>("main h1");
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}

/** Focus the heading only when focus was lost (the button pressed is gone, nothing focused). */
export function focusHeadingIfLost(): void {
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected || active.id === "main") {
    focusHeading();
  }
}
