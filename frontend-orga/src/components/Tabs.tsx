import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";

export interface Tab<K extends string> {
  key: K;
  label: string;
}

/**
 * WAI-ARIA tabs: one tab stop, arrow keys / Home / End move between tabs (and select them),
 * the panel is labelled by its tab.
 */
export function Tabs<K extends string>({
  id,
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  id: string;
  label: string;
  tabs: Tab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  children: ComponentChildren;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]!;
    onSelect(tab.key);
    list.current?.querySelector<HTMLElement>(`#${id}-tab-${tab.key}`)?.focus();
  };
  const current = tabs.findIndex((tab) => tab.key === selected);
  return (
    <>
      <div
        class="tabs"
        role="tablist"
        aria-label={label}
        ref={list}
        onKeyDown={(event) => {
          if (event.key === "ArrowRight") move(current + 1);
          else if (event.key === "ArrowLeft") move(current - 1);
          else if (event.key === "Home") move(0);
          else if (event.key === "End") move(tabs.length - 1);
          else return;
          event.preventDefault();
        }}
      >
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            class="tabs__tab"
            aria-selected={tab.key === selected ? "true" : "false"}
            aria-controls={`${id}-panel`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div class="tabs__panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`}>
        {children}
      </div>
    </>
  );
}
