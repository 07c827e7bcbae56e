/**
 * History-API navigation shared by the pages: the current location (base path stripped),
 * navigate(), <Link> and <Redirect>, under the app's base path (`configure()`). The route table
 * and its guards are each app's own (its router.tsx).
 */
import type { ComponentChildren, JSX } from "preact";
import { useEffect } from "preact/hooks";
import { settings } from "./settings";
import { createStore } from "./store";

export interface Location {
  /** Path inside the app, always starting with "/" (the base is stripped). */
  path: string;
  query: URLSearchParams;
}

function readLocation(): Location {
  const base = settings().basePath;
  let path = window.location.pathname;
  if (base && (path === base || path.startsWith(`${base}/`))) path = path.slice(base.length);
  return { path: path || "/", query: new URLSearchParams(window.location.search) };
}

/** The app's home until `configure()` reads the URL. */
export const locationStore = createStore<Location>({ path: "/", query: new URLSearchParams() });

window.addEventListener("popstate", () => locationStore.set(readLocation()));

/** The URL of an app path, base included: for href attributes. */
export function href(path: string): string {
  return `${settings().basePath}${path}`;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = href(path);
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  locationStore.set(readLocation());
}

/** Re-reads window.location (start-up: `configure()`, tests). */
export function syncLocation(): void {
  locationStore.set(readLocation());
}

/** Only same-app paths are followed after log-in: never "//evil.example". */
export function safeRedirect(target: string | null, fallback = "/"): string {
  return target && target.startsWith("/") && !target.startsWith("//") ? target : fallback;
}

/** Keeps the "come back here after log-in" target when moving between log-in and sign-up. */
export function withRedirect(path: string, query: URLSearchParams): string {
  const target = query.get("redirect");
  return target ? `${path}?redirect=${encodeURIComponent(target)}` : path;
}

type LinkProps = Omit<JSX.HTMLAttributes<HTMLAnchorElement>, "href"> & {
  href: string;
  children: ComponentChildren;
};

export function Link({ href: to, onClick, ...rest }: LinkProps) {
  return (
    <a
      {...rest}
      href={href(to)}
      onClick={(event) => {
        onClick?.(event);
        if (
          event.defaultPrevented ||
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        ) {
          return;
        }
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}

export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

export interface PageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

