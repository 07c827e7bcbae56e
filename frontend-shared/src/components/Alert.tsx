import type { ComponentChildren } from "preact";

/** A message announced by screen readers as soon as it appears. */
export function Alert({
  kind = "error",
  children,
}: {
  kind?: "error" | "success" | "info";
  children: ComponentChildren;
}) {
  return (
    <div class={`alert alert--${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
